"""Splitting URLs into parts and joining them again, percent-quoting, and query strings.

Follows CPython's urllib.parse (RFC 3986 with its historical quirks): the same results for
the same inputs, str or bytes (bytes in give bytes out; mixing them is a TypeError).
"""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes take part in relative joining, have a //netloc, and have ;params.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn',
                 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss',
               'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
               'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
# Kept for compatibility (unused, as in CPython).
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews',
                    'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp',
              'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https',
                 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# WHATWG: leading C0 controls and spaces are stripped; tabs and newlines removed anywhere.
_C0_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_REMOVED_CHARS = '\t\r\n'


# ---- str/bytes coercion ------------------------------------------------------------------------

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    """Returns the arguments as str plus a function that turns a result back into the input's
    type. An empty second argument (the scheme='' default) may be of either type."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args) + (_encode_result,)


# ---- result types ------------------------------------------------------------------------------

class _ResultMixinStr:
    """encode() of a str result gives the bytes result."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes:
    """decode() of a bytes result gives the str result."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixin:
    """username, password, hostname and port read from the netloc field (str or bytes)."""
    __slots__ = ()

    def _lit(self, s):
        return s if isinstance(self.netloc, str) else s.encode('ascii')

    @property
    def _userinfo(self):
        userinfo, have_info, _ = self.netloc.rpartition(self._lit('@'))
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(self._lit(':'))
        return username, (password if have_password else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition(self._lit('@'))[2]
        _, have_bracket, bracketed = hostinfo.partition(self._lit('['))
        if have_bracket:
            hostname, _, port = bracketed.partition(self._lit(']'))
            port = port.partition(self._lit(':'))[2]
        else:
            hostname, _, port = hostinfo.partition(self._lit(':'))
        return hostname, (port or None)

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # The zone of a scoped IPv6 address (after '%') keeps its case.
        host, percent, zone = hostname.partition(self._lit('%'))
        return host.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(f"Port could not be cast to integer value as {port!r}")
            if not 0 <= port <= 65535:
                raise ValueError("Port out of range 0-65535")
        return port


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitResultBase, _NetlocResultMixin, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixin, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixin, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixin, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _str_type, _bytes_type in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                               (ParseResult, ParseResultBytes)):
    _str_type._encoded_counterpart = _bytes_type
    _bytes_type._decoded_counterpart = _str_type
del _str_type, _bytes_type

ResultBase = _NetlocResultMixin


# ---- splitting ---------------------------------------------------------------------------------

def _split_netloc(url, start=0):
    """The authority part after '//' (up to the first '/', '?' or '#') and the rest."""
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if i >= 0:
            end = min(end, i)
    return url[start:end], url[end:]


def _split_params(path):
    """Splits ';params' off the last path segment."""
    if '/' in path:
        i = path.find(';', path.rfind('/'))
        if i < 0:
            return path, ''
    else:
        i = path.find(';')
    return path[:i], path[i + 1:]


def _is_ipv4(host):
    parts = host.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not (p.isascii() and p.isdigit()) or len(p) > 3 or (len(p) > 1 and p[0] == '0'):
            return False
        if int(p) > 255:
            return False
    return True


def _is_ipv6(host):
    host = host.partition('%')[0]
    if not host or not host.isascii():
        return False
    groups = 8
    parts = host.split(':')
    if parts and '.' in parts[-1]:
        if not _is_ipv4(parts[-1]):
            return False
        parts[-1:] = ['0', '0']
    if '::' in host:
        if host.count('::') > 1:
            return False
        head, tail = ':'.join(parts).split('::')
        head = head.split(':') if head else []
        tail = tail.split(':') if tail else []
        if len(head) + len(tail) > groups - 1:
            return False
        parts = head + tail
    elif len(parts) != groups:
        return False
    for p in parts:
        if not 1 <= len(p) <= 4 or any(c not in '0123456789abcdefABCDEF' for c in p):
            return False
    return True


def _check_bracketed_host(host):
    if host.startswith('v'):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def urlsplit(url, scheme='', allow_fragments=True):
    """Splits a URL into 5 parts: <scheme>://<netloc>/<path>?<query>#<fragment>.

    Returns a SplitResult (SplitResultBytes for bytes input); scheme is the default scheme
    for URLs without one. Percent escapes are not decoded."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for c in _REMOVED_CHARS:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:i]):
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    result = SplitResult(scheme, netloc, url, query, fragment)
    return result if coerce is _noop else result.encode('ascii')


def urlparse(url, scheme='', allow_fragments=True):
    """Splits a URL into 6 parts: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>.

    Like urlsplit, plus the ;params of the last path segment."""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    else:
        params = ''
    result = ParseResult(scheme, netloc, path, params, query, fragment)
    return result if coerce is _noop else result.encode('ascii')


def urlunsplit(components):
    """Joins the 5 parts of urlsplit into a URL (possibly normalised: an empty query's '?'
    is dropped)."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc:
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + netloc + url
    elif url[:2] == '//':
        url = '//' + url
    elif scheme and scheme in uses_netloc and (not url or url[:1] == '/'):
        url = '//' + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return coerce(url)


def urlunparse(components):
    """Joins the 6 parts of urlparse into a URL."""
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = f"{url};{params}"
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolves url against base (RFC 3986 section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        return coerce(urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment)))

    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_dir = bpath.split('/')
        if base_dir[-1] != '':
            del base_dir[-1]            # the last segment is a file name, not a folder
        segments = base_dir + path.split('/')
        # Empty segments in the middle would make '//' when joined again.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')             # a trailing '.' or '..' names a folder
    return coerce(urlunparse((scheme, netloc, '/'.join(resolved) or '/', params, query,
                              fragment)))


def urldefrag(url):
    """Splits off the #fragment: DefragResult(url without fragment, fragment)."""
    url, coerce = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag, defrag = '', url
    result = DefragResult(defrag, frag)
    return result if coerce is _noop else result.encode('ascii')


# ---- percent-decoding --------------------------------------------------------------------------

_HEXDIGITS = frozenset(b'0123456789ABCDEFabcdef')


def _unquote_bytes(data):
    pieces = data.split(b'%')
    if len(pieces) == 1:
        return data
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        if len(piece) >= 2 and piece[0] in _HEXDIGITS and piece[1] in _HEXDIGITS:
            out.append(int(piece[:2], 16))
            out += piece[2:]
        else:
            out += b'%'
            out += piece
    return bytes(out)


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split                    # not a string: AttributeError, as CPython
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    return bytes(_unquote_bytes(string))


_ASCII_RUN = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replaces %xx escapes by the characters they encode (decoded with encoding/errors).

    unquote('abc%20def') -> 'abc def'."""
    if isinstance(string, bytes):
        return _unquote_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Only ASCII runs can hold escapes; the other characters pass through unchanged.
    parts = _ASCII_RUN.split(string)
    for i in range(1, len(parts), 2):
        parts[i] = _unquote_bytes(parts[i].encode('ascii')).decode(encoding, errors)
    return ''.join(parts)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), and '+' becomes a space (HTML form values).

    unquote_plus('%7e/abc+def') -> '~/abc def'"""
    return unquote(string.replace('+', ' '), encoding, errors)


# ---- percent-encoding --------------------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)
_quoters = {}


def _quoter(safe):
    """A table from byte value to its quoted form, for one set of safe bytes (cached)."""
    table = _quoters.get(safe)
    if table is None:
        ok = _ALWAYS_SAFE.union(safe)
        table = [chr(b) if b in ok else f'%{b:02X}' for b in range(256)]
        if len(_quoters) > 20:
            _quoters.clear()
        _quoters[safe] = table
    return table


def quote_from_bytes(bs, safe='/'):
    """Like quote(), for bytes; always returns an ASCII str.

    quote_from_bytes(b'abc def\\x3f') -> 'abc%20def%3F'"""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _quoter(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encodes every character except letters, digits, '_.-~' and those in safe.

    quote('abc def') -> 'abc%20def'. A str is first encoded (utf-8, strict by default)."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but spaces become '+' and '/' is not safe by default (HTML forms)."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encodes a mapping or a sequence of pairs as 'k1=v1&k2=v2'.

    With doseq, a value that is a sequence gives one k=v pair per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def q(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    pairs = []
    for k, v in query:
        k = q(k)
        if not doseq or isinstance(v, (str, bytes)):
            pairs.append(k + '=' + q(v))
            continue
        try:
            len(v)
        except TypeError:
            pairs.append(k + '=' + q(v))
        else:
            for elt in v:
                pairs.append(k + '=' + q(elt))
    return '&'.join(pairs)


# ---- query strings -----------------------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """Parses a query string into a list of (name, value) pairs, in order."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, str):
        if not isinstance(separator, str):
            separator = str(separator, 'ascii')
        eq = '='

        def unq(s):
            return unquote_plus(s, encoding=encoding, errors=errors)
    else:
        if not qs:
            return []
        if not isinstance(qs, (bytes, bytearray)):      # what memoryview() accepts
            raise TypeError(f"memoryview: a bytes-like object is required, not "
                            f"'{type(qs).__name__}'")
        qs = bytes(qs)
        if isinstance(separator, str):
            separator = bytes(separator, 'ascii')
        eq = b'='

        def unq(s):
            return unquote_to_bytes(s.replace(b'+', b' '))
    if not qs:
        return []
    if max_num_fields is not None and max_num_fields < 1 + qs.count(separator):
        raise ValueError('Max number of fields exceeded')
    result = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition(eq)
        if not has_eq and strict_parsing:
            raise ValueError(f"bad query field: {field!r}")
        if value or keep_blank_values:
            result.append((unq(name), unq(value)))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """Parses a query string into a dict from each name to the list of its values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        result.setdefault(name, []).append(value)
    return result


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'; other strings unchanged."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring'); (None, url) without a scheme."""
    m = re.match('([^/:]+):(.*)', url, re.DOTALL)
    if m:
        scheme, data = m.groups()
        return scheme.lower(), data
    return None, url


def _splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path')."""
    m = re.match('//([^/#?]*)(.*)', url, re.DOTALL)
    if m:
        host, path = m.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host, path
    return None, url


def _splittag(url):
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def _to_bytes(url):
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url
