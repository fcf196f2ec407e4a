"""json.decoder: JSONDecoder and JSONDecodeError."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

JSONDecodeError = _json.JSONDecodeError


class JSONDecoder(object):
    """Simple JSON decoder, as CPython's json.JSONDecoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _hooks(self):
        return (self.object_hook, self.object_pairs_hook,
                None if self.parse_float is float else self.parse_float,
                None if self.parse_int is int else self.parse_int,
                self.parse_constant, self.strict)

    def decode(self, s):
        """Return the Python representation of s (a str holding one JSON document)."""
        return _json.decode(s, *self._hooks())

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx]: returns (value, index where it ended)."""
        return _json.raw_decode(s, idx, *self._hooks())
