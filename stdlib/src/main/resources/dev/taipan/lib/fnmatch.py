"""Shell-style pattern matching: fnmatch, fnmatchcase, filter and translate (to a regular expression)."""

import functools
import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = object()


def fnmatch(name, pat):
    """Tests name against pat after os.path.normcase (which changes nothing on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768)
def _compile(pat):
    if isinstance(pat, bytes):
        return re.compile(translate(str(pat, "ISO-8859-1")).encode("ISO-8859-1")).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names that match pat."""
    match = _compile(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Tests name against pat, case-sensitively."""
    return _compile(pat)(name) is not None


def _class(pat, i, n):
    """Translates the [...] starting at pat[i] (just after '['); returns (text, next index) or None."""
    j = i
    if j < n and pat[j] == "!":
        j += 1
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    if j >= n:
        return None
    stuff = pat[i:j]
    negate = stuff.startswith("!")
    if negate:
        stuff = stuff[1:]
    out = []
    k = 0
    while k < len(stuff):
        c = stuff[k]
        if k + 2 < len(stuff) and stuff[k + 1] == "-":
            lo, hi = c, stuff[k + 2]
            if lo <= hi:
                out.append(_class_char(lo) + "-" + _class_char(hi))
            k += 3
        else:
            out.append(_class_char(c))
            k += 1
    body = "".join(out)
    if not body:
        return ("(?!)" if not negate else "."), j + 1
    if negate:
        body = "^" + body
    elif body[0] in "^[":
        body = "\\" + body
    return "[" + body + "]", j + 1


def _class_char(c):
    if c in "\\-&~|":
        return "\\" + c
    return c


def translate(pat):
    """The regular expression (as a string) that matches what the shell pattern pat matches."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == "?":
            pieces.append(".")
        elif c == "[":
            cls = _class(pat, i, n)
            if cls is None:
                pieces.append("\\[")
            else:
                text, i = cls
                pieces.append(text)
        else:
            pieces.append(re.escape(c))
    out = []
    k = 0
    while k < len(pieces) and pieces[k] is not _STAR:
        out.append(pieces[k])
        k += 1
    while k < len(pieces):
        k += 1
        chunk = []
        while k < len(pieces) and pieces[k] is not _STAR:
            chunk.append(pieces[k])
            k += 1
        if k == len(pieces):
            out.append(".*")
            out.extend(chunk)
        else:
            out.append("(?>.*?" + "".join(chunk) + ")")
    return "(?s:" + "".join(out) + ")\\Z"
