"""Parsing text into email.message.Message objects (headers; the rest is a str payload)."""

import re

from email import errors
from email.message import Message

__all__ = ['Parser', 'HeaderParser']

_HEADER_LINE = re.compile(r'(From |[\041-\071\073-\176]*:|[\t ])')
_NEWLINE = re.compile(r'\r\n|\r|\n')
_LINE_END = re.compile(r'(\r\n|\r|\n)\Z')


def _lines(text):
    """The lines of text, each keeping its line ending."""
    parts = _NEWLINE.split(text)
    ends = _NEWLINE.findall(text)
    lines = [p + e for p, e in zip(parts, ends)]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _header_value(lines):
    """compat32: the value is the first line's text after the colon (leading blanks
    stripped) joined with the continuation lines, without the final line ending."""
    name, value = lines[0].split(':', 1)
    value = value.lstrip(' \t') + ''.join(lines[1:])
    return name, value.rstrip('\r\n')


class Parser:
    """Parses a message: a block of 'Name: value' headers, a blank line, the body."""

    def __init__(self, _class=None, *, policy=None):
        self._class = Message if _class is None else _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        msg = self._class() if self.policy is None else self._class(policy=self.policy)
        lines = _lines(text)
        i = 0
        while i < len(lines):
            line = lines[i]
            if not _HEADER_LINE.match(line):
                if _NEWLINE.match(line):
                    i += 1                  # the blank line that ends the headers
                else:
                    msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
                break
            i += 1
        body_start = self._parse_headers(msg, lines[:i])
        if body_start is not None:
            i = body_start
        msg.set_payload(''.join(lines[i:]))
        return msg

    def _parse_headers(self, msg, lines):
        """Stores the headers of lines in msg; returns where the body starts when a
        'From ' line ends the block early, else None."""
        current = []
        for lineno, line in enumerate(lines):
            if line[0] in ' \t':
                if not current:
                    msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
                else:
                    current.append(line)
                continue
            if current:
                msg.set_raw(*_header_value(current))
                current = []
            if _NEWLINE.fullmatch(line):
                continue
            if line.startswith('From '):
                if lineno == 0:
                    msg.set_unixfrom(_LINE_END.sub('', line))
                    continue
                if lineno == len(lines) - 1:
                    return lineno
                msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            if line.find(':') == 0:
                msg.defects.append(errors.InvalidHeaderDefect("Missing header name."))
                continue
            current = [line]
        if current:
            msg.set_raw(*_header_value(current))
        return None


class HeaderParser(Parser):
    """A Parser that reads only the headers (the rest is kept as the payload)."""

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)
