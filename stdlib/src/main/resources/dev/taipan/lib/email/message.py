"""email.message.Message: an ordered list of headers plus a payload (compat32 behaviour).

Header names are matched case-insensitively; a name may occur more than once. This is the
subset HTTP uses (http.client.HTTPMessage is a Message): the mapping methods, get_all,
add_header/replace_header, content-type parameters and as_string. Payloads are plain
strings (no MIME multipart, no transfer decoding) and long headers are never folded.
"""

import re

from email import utils

__all__ = ['Message']

SEMISPACE = '; '
_NEWLINE = re.compile(r'\r\n|\r|\n')

# Characters that force quoting of a parameter value.
_TSPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _split_param(value):
    """'text/html; charset=x' -> ('text/html', 'charset=x'); no ';' gives (value, None)."""
    a, sep, b = str(value).partition(';')
    if not sep:
        return a.strip(), None
    return a.strip(), b.strip()


def _format_param(param, value=None, quote=True):
    """'name="value"' (quoted when asked or needed), or just 'name' without a value."""
    if value is None or len(value) == 0:
        return param
    if quote or _TSPECIALS.search(value):
        return f'{param}="{utils.quote(value)}"'
    return f'{param}={value}'


def _parse_params(s):
    """Splits 'type; a=1; b="x;y"' at the semicolons outside quotes; names are lowercased."""
    result = []
    rest = str(s)
    while True:
        end = rest.find(';')
        # A ';' inside an open quoted string does not end the parameter.
        while end > 0 and (rest.count('"', 0, end) - rest.count('\\"', 0, end)) % 2:
            end = rest.find(';', end + 1)
        if end < 0:
            end = len(rest)
        field = rest[:end]
        if '=' in field:
            name, _, value = field.partition('=')
            field = name.strip().lower() + '=' + value.strip()
        result.append(field.strip())
        if end >= len(rest):
            return result
        rest = rest[end + 1:]


class Message:
    """A message: headers (name, value) in order, and a payload."""

    def __init__(self, policy=None):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The message as text: 'Name: value' lines, a blank line, then the payload."""
        lines = []
        if unixfrom and self._unixfrom:
            lines.append(self._unixfrom + '\n')
        for name, value in self._headers:
            lines.append(f'{name}: ' + '\n'.join(_NEWLINE.split(str(value))) + '\n')
        lines.append('\n')
        if isinstance(self._payload, str):
            lines.append('\n'.join(_NEWLINE.split(self._payload)))
        return ''.join(lines)

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string(unixfrom).encode('ascii', 'surrogateescape')

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def get_payload(self, i=None, decode=False):
        """The payload (a str here); with decode, its bytes."""
        if i is not None:
            if not isinstance(self._payload, list):
                raise TypeError(f'Expected list, got {type(self._payload)}')
            return self._payload[i]
        if decode and isinstance(self._payload, str):
            return self._payload.encode('ascii', 'surrogateescape')
        return self._payload

    def set_payload(self, payload, charset=None):
        self._payload = payload
        if charset is not None:
            self._charset = charset

    def get_charset(self):
        return self._charset

    # ---- the mapping interface (partial; names are case-insensitive) -------------------------

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        """The value of the first header called name, or None when there is none."""
        return self.get(name)

    def __setitem__(self, name, value):
        """Adds a header (an existing one of the same name is kept: delete it first)."""
        self._headers.append((name, value))

    def __delitem__(self, name):
        """Deletes every header called name (no error when there is none)."""
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for name, value in self._headers:
            yield name

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return [(k, v) for k, v in self._headers]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """Every value of the headers called name, in order; failobj when there is none."""
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values or failobj

    def add_header(self, _name, _value, **_params):
        """Adds a header with parameters: add_header('Content-Disposition', 'attachment',
        filename='a.txt') gives 'attachment; filename="a.txt"' (underscores become dashes)."""
        parts = []
        for k, v in _params.items():
            k = k.replace('_', '-')
            parts.append(k if v is None else _format_param(k, v))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replaces the value of the first header called _name (KeyError when none)."""
        lname = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = (k, _value)
                return
        raise KeyError(lname)

    # ---- content type and parameters ------------------------------------------------------

    def get_content_type(self):
        """'maintype/subtype' in lower case, from Content-Type (default text/plain)."""
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _split_param(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for p in _parse_params(value):
            name, has_eq, val = p.partition('=')
            params.append((name.strip(), val.strip() if has_eq else ''))
        return params

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """The header's parameters as (name, value) pairs, the first being (type, '')."""
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, utils.unquote(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """The value of one parameter of the header (failobj when absent)."""
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return utils.unquote(v) if unquote else v
        return failobj

    def get_filename(self, failobj=None):
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return filename.strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return boundary.rstrip()

    def get_content_charset(self, failobj=None):
        """The charset parameter of Content-Type in lower case (failobj when absent)."""
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if not charset.isascii():
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [self.get_content_charset(failobj)]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _split_param(value)[0].lower()
