"""Support for regular expressions (RE), on Taipan's Java _re module (java.util.regex underneath)."""

import _re
from _re import Pattern, Match, PatternError, error, escape

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
    "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
    "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

__version__ = "2.2.1"


class RegexFlag(int):
    """The flags of re: an int whose repr names its members (re.IGNORECASE|re.MULTILINE)."""

    _names = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
              ('DOTALL', 16), ('VERBOSE', 64), ('DEBUG', 128))

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        parts = []
        for name, bit in RegexFlag._names:
            if value & bit:
                parts.append('re.' + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return '|'.join(parts)

    __str__ = __repr__

    @property
    def name(self):
        value = int(self)
        for name, bit in RegexFlag._names:
            if value == bit:
                return name
        return None

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None."""
    return _re.compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None."""
    return _re.compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None."""
    return _re.compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern."""
    return _re.compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number of substitutions made)."""
    return _re.compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list of substrings."""
    return _re.compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _re.compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _re.compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _re.compile(pattern, flags)


def purge():
    """Clear the regular expression caches."""
    _re.purge()
