"""HTTP/1.1 client: HTTPConnection sends requests over a socket, HTTPResponse reads replies.

A connection goes Idle -> Request-started (putrequest) -> Request-sent (endheaders) and
back to Idle when getresponse() has read the status line and headers; a second request
must wait until the previous response has been read (CannotSendRequest /
ResponseNotReady otherwise). Bodies may come with Content-Length, chunked transfer
encoding, or end when the server closes the connection.

Taipan has no ssl module yet, so there is no HTTPSConnection (as in a CPython built
without ssl).
"""

import email.message
import email.parser
import errno
import http
import io
import re
import socket
from urllib.parse import urlsplit

__all__ = ["HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

# Connection states.
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

# The status codes as module constants (http.client.NOT_FOUND == 404) and their phrases.
globals().update(http.HTTPStatus.__members__)
responses = {v: v.phrase for v in http.HTTPStatus.__members__.values()}

_MAXLINE = 65536        # longest status, header or chunk-size line
_MAXHEADERS = 100

_is_legal_header_name = re.compile(rb'[^:\s][^:\r\n]*').fullmatch
_is_illegal_header_value = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])').search
_contains_disallowed_url_pchar_re = re.compile('[\x00-\x20\x7f]')
_contains_disallowed_method_pchar_re = re.compile('[\x00-\x1f]')

# Methods that send Content-Length: 0 when they have no body.
_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}


def _encode(data, name='data'):
    """data.encode('latin-1'), with an error message that suggests UTF-8."""
    try:
        return data.encode("latin-1")
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(
            err.encoding, err.object, err.start, err.end,
            "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') "
            "if you want to send it encoded in UTF-8." %
            (name.title(), data[err.start:err.end], name)) from None


def _strip_ipv6_iface(host):
    """b'[fe80::1%eth0' -> b'[fe80::1]': the zone of an IPv6 address is not sent."""
    host, percent, _ = host.partition(b"%")
    if percent:
        host += b']'
    return host


class HTTPMessage(email.message.Message):
    """The headers of an HTTP request or response."""

    def getallmatchingheaders(self, name):
        """The header lines whose name is name (case-insensitive)."""
        name = name.lower() + ':'
        n = len(name)
        found = []
        hit = False
        for line in self.keys():
            if line[:n].lower() == name:
                hit = True
            elif not line[:1].isspace():
                hit = False
            if hit:
                found.append(line)
        return found


def _read_headers(fp):
    """The raw header lines up to and including the blank line (or EOF)."""
    headers = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        headers.append(line)
        if len(headers) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            return headers


def _parse_header_lines(header_lines, _class=HTTPMessage):
    text = b''.join(header_lines).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(text)


def parse_headers(fp, _class=HTTPMessage):
    """Reads RFC 2822 headers from a binary file and returns them as an HTTPMessage."""
    return _parse_header_lines(_read_headers(fp), _class)


class HTTPResponse(io.BufferedIOBase):
    """The response to one request: status, reason, headers, and a readable body.

    A binary file (read, readline, iteration over lines, with-statement; io.BufferedIOBase
    gives closed, readlines, the with-statement and iteration); the connection is released
    once the body has been read to its end."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN         # 10 or 11
        self.status = _UNKNOWN          # e.g. 200
        self.reason = _UNKNOWN          # e.g. 'OK'
        self.chunked = _UNKNOWN         # transfer-encoding: chunked?
        self.chunk_left = _UNKNOWN      # bytes left in the current chunk
        self.length = _UNKNOWN          # bytes left in the body (None: until EOF)
        self.will_close = _UNKNOWN      # does the connection close after this response?

    # ---- status line and headers --------------------------------------------------------------

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if not line:
            # The server closed the connection without answering (e.g. a stale keep-alive).
            raise RemoteDisconnected("Remote end closed connection without response")
        parts = line.split(None, 2)
        if len(parts) == 3:
            version, status, reason = parts
        elif len(parts) == 2:
            (version, status), reason = parts, ""
        else:
            version = ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
        except ValueError:
            raise BadStatusLine(line) from None
        if not 100 <= status <= 999:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        """Reads the status line and headers (skipping '100 Continue' responses)."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != CONTINUE:
                break
            skipped = _read_headers(self.fp)
            if self.debuglevel > 0:
                print("headers:", skipped)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)

        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print("header:", name + ":", value)

        encoding = self.headers.get("transfer-encoding")
        self.chunked = bool(encoding and encoding.lower() == "chunked")
        self.chunk_left = None
        self.will_close = self._check_close()

        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status == NO_CONTENT or status == NOT_MODIFIED or 100 <= status < 200
                or self._method == "HEAD"):
            self.length = 0
        # Without a length or chunks, only the end of the connection ends the body.
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get("connection")
        if self.version == 11:
            return bool(conn and "close" in conn.lower())
        # HTTP/1.0 closes unless the server says keep-alive.
        if self.headers.get("keep-alive"):
            return False
        if conn and "keep-alive" in conn.lower():
            return False
        pconn = self.headers.get("proxy-connection")
        if pconn and "keep-alive" in pconn.lower():
            return False
        return True

    # ---- the file interface -----------------------------------------------------------------

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        """True once the body has been read to its end (or the response closed)."""
        return self.fp is None

    def read(self, amt=None):
        """The rest of the body, or at most amt bytes of it."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            try:
                data = self._safe_read(self.length)
            except IncompleteRead:
                self._close_conn()
                raise
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        """Reads into the bytearray b; returns the number of bytes read."""
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def read1(self, n=-1):
        if n is None or n < 0:
            n = 8192
        return self.read(n)

    def readline(self, limit=-1):
        """One line of the body (up to and including b'\\n'), at most limit bytes."""
        if self.fp is None or self._method == "HEAD":
            return b""
        if limit is None:
            limit = -1
        if self.chunked:
            return self._readline_chunked(limit)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def fileno(self):
        return self.fp.fileno()

    # ---- chunked transfer encoding ----------------------------------------------------------

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        line = line.partition(b";")[0]          # drop chunk extensions
        try:
            return int(line, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_and_discard_trailer(self):
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("trailer line")
            if line in (b'\r\n', b'\n', b''):
                return

    def _get_chunk_left(self):
        """Bytes left in the current chunk, reading the next chunk's size when the current
        one is used up; None at the end of the body."""
        chunk_left = self.chunk_left
        if not chunk_left:
            if chunk_left is not None:
                self._safe_read(2)              # the CRLF after a chunk's data
            try:
                chunk_left = self._read_next_chunk_size()
            except ValueError:
                raise IncompleteRead(b'') from None
            if chunk_left == 0:
                self._read_and_discard_trailer()
                self._close_conn()
                chunk_left = None
            self.chunk_left = chunk_left
        return chunk_left

    def _read_chunked(self, amt=None):
        parts = []
        try:
            while (chunk_left := self._get_chunk_left()) is not None:
                if amt is not None and amt <= chunk_left:
                    parts.append(self._safe_read(amt))
                    self.chunk_left = chunk_left - amt
                    break
                parts.append(self._safe_read(chunk_left))
                if amt is not None:
                    amt -= chunk_left
                self.chunk_left = 0
            return b''.join(parts)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(parts)) from exc

    def _readline_chunked(self, limit):
        # As CPython's IOBase.readline over peek(): each step reads up to the end of the
        # line in the current chunk, at most limit bytes per step (so a line that crosses
        # a chunk boundary may come back longer than limit, exactly as in CPython).
        parts = []
        total = 0
        while limit < 0 or total < limit:
            chunk_left = self._get_chunk_left()
            if chunk_left is None:
                break
            n = chunk_left if limit < 0 else min(chunk_left, limit)
            line = self.fp.readline(n)
            if not line:
                raise IncompleteRead(b''.join(parts))
            self.chunk_left = chunk_left - len(line)
            parts.append(line)
            total += len(line)
            if line.endswith(b'\n'):
                break
        return b''.join(parts)

    def _safe_read(self, amt):
        """Exactly amt bytes, or IncompleteRead when the connection ends first."""
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    # ---- header access ----------------------------------------------------------------------

    def getheader(self, name, default=None):
        """The value of header name; several values are joined with ', '."""
        if self.headers is None:
            raise ResponseNotReady()
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, '__iter__'):
            return headers
        return ', '.join(headers)

    def getheaders(self):
        """The headers as a list of (name, value) pairs."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


class HTTPConnection:
    """One HTTP/1.1 connection to host:port, opened on the first request."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'

    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    @staticmethod
    def _is_textIO(stream):
        import io
        return isinstance(stream, (io.StringIO, io.TextIOWrapper))

    @staticmethod
    def _get_content_length(body, method):
        """The Content-Length for body, or None when it cannot be known in advance."""
        if body is None:
            return 0 if method.upper() in _METHODS_EXPECTING_BODY else None
        if hasattr(body, 'read'):
            return None
        if isinstance(body, (bytes, bytearray)):
            return len(body)
        if isinstance(body, str):
            return len(body)
        return None

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self._response = None
        self._state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        self._raw_proxy_headers = None
        self.host, self.port = self._get_hostport(host, port)
        self._validate_host(self.host)
        self._create_connection = socket.create_connection

    def set_tunnel(self, host, port=None, headers=None):
        """Makes the connection a tunnel through the proxy host given to __init__ (HTTP
        CONNECT) to host:port."""
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = dict(headers) if headers else {}
        if not any(name.lower() == "host" for name in self._tunnel_headers):
            self._tunnel_headers["Host"] = "%s:%d" % (self._tunnel_host, self._tunnel_port)

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')         # an IPv6 address is written [...]
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":      # 'host:' means the default port
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:]) from None
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def _wrap_ipv6(self, ip):
        if b':' in ip and ip[0] != b'['[0]:
            return b"[" + ip + b"]"
        return ip

    def _tunnel(self):
        lines = [b"CONNECT %s:%d %s\r\n" % (self._wrap_ipv6(self._tunnel_host.encode("ascii")),
                                            self._tunnel_port,
                                            self._http_vsn_str.encode("ascii"))]
        for name, value in self._tunnel_headers.items():
            lines.append(f"{name}: {value}\r\n".encode("latin-1"))
        lines.append(b"\r\n")
        self.send(b"".join(lines))
        response = self.response_class(self.sock, method=self._method)
        try:
            version, code, message = response._read_status()
            self._raw_proxy_headers = _read_headers(response.fp)
            if code != 200:
                self.close()
                raise OSError(f"Tunnel connection failed: {code} {message.strip()}")
        finally:
            response.close()

    def get_proxy_response_headers(self):
        if self._raw_proxy_headers is None:
            return None
        return _parse_header_lines(self._raw_proxy_headers)

    def connect(self):
        """Opens the socket to host:port."""
        self.sock = self._create_connection((self.host, self.port), self.timeout,
                                            self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as e:
            if e.errno != errno.ENOPROTOOPT:
                raise
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        """Closes the socket and the pending response, if any."""
        self._state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self._response
            if response:
                self._response = None
                response.close()

    def send(self, data):
        """Sends data: bytes, a file-like object with read(), or an iterable of bytes."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            encode = self._is_textIO(data)
            while block := data.read(self.blocksize):
                if encode:
                    block = block.encode("iso-8859-1")
                self.sock.sendall(block)
            return
        if isinstance(data, (bytes, bytearray)):
            self.sock.sendall(data)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if hasattr(data, '__iter__'):
                for d in data:
                    self.sock.sendall(d)
            else:
                raise TypeError("data should be a bytes-like object "
                                "or an iterable, got %r" % type(data)) from None

    def _output(self, s):
        """Adds a line (without its CRLF) to the request being built."""
        self._buffer.append(s)

    def _read_readable(self, readable):
        encode = self._is_textIO(readable)
        while block := readable.read(self.blocksize):
            if encode:
                block = block.encode("iso-8859-1")
            yield block

    def _send_output(self, message_body=None, encode_chunked=False):
        """Sends the buffered request line and headers, then the body."""
        self._buffer.extend((b"", b""))
        msg = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            chunks = self._read_readable(message_body)
        elif isinstance(message_body, (bytes, bytearray)):
            chunks = (message_body,)
        else:
            try:
                chunks = iter(message_body)
            except TypeError:
                raise TypeError("message_body should be a bytes-like object or an "
                                "iterable, got %r" % type(message_body)) from None
        for chunk in chunks:
            if not chunk:
                if self.debuglevel > 0:
                    print('Zero length chunk ignored')
                continue
            if encode_chunked and self._http_vsn == 11:
                chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
            self.send(chunk)
        if encode_chunked and self._http_vsn == 11:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Starts a request: the request line, plus Host and Accept-Encoding unless
        skipped."""
        if self._response and self._response.isclosed():
            self._response = None
        if self._state == _CS_IDLE:
            self._state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self._state)
        self._validate_method(method)
        self._method = method
        url = url or '/'
        self._validate_path(url)
        self._output(self._encode_request('%s %s %s' % (method, url, self._http_vsn_str)))
        if self._http_vsn != 11:
            return
        if not skip_host:
            netloc = ''
            if url.startswith('http'):
                netloc = urlsplit(url)[1]
            if netloc:
                self.putheader('Host', _strip_ipv6_iface(netloc.encode("ascii")))
            else:
                host, port = ((self._tunnel_host, self._tunnel_port) if self._tunnel_host
                              else (self.host, self.port))
                host_enc = self._wrap_ipv6(host.encode("ascii"))
                if ":" in host:
                    host_enc = _strip_ipv6_iface(host_enc)
                if port == self.default_port:
                    self.putheader('Host', host_enc)
                else:
                    self.putheader('Host', "%s:%s" % (host_enc.decode("ascii"), port))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _encode_request(self, request):
        return request.encode('ascii')

    def _validate_method(self, method):
        match = _contains_disallowed_method_pchar_re.search(method)
        if match:
            raise ValueError(f"method can't contain control characters. {method!r} "
                             f"(found at least {match.group()!r})")

    def _validate_path(self, url):
        match = _contains_disallowed_url_pchar_re.search(url)
        if match:
            raise InvalidURL(f"URL can't contain control characters. {url!r} "
                             f"(found at least {match.group()!r})")

    def _validate_host(self, host):
        match = _contains_disallowed_url_pchar_re.search(host)
        if match:
            raise InvalidURL(f"URL can't contain control characters. {host!r} "
                             f"(found at least {match.group()!r})")

    def putheader(self, header, *values):
        """Adds a header line: putheader('Accept', 'text/html')."""
        if self._state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _is_legal_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))
        values = list(values)
        for i, value in enumerate(values):
            if hasattr(value, 'encode'):
                values[i] = value.encode('latin-1')
            elif isinstance(value, int):
                values[i] = str(value).encode('ascii')
            if _is_illegal_header_value(values[i]):
                raise ValueError('Invalid header value %r' % (values[i],))
        self._output(header + b': ' + b'\r\n\t'.join(values))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Ends the headers and sends the request (and message_body, if given)."""
        if self._state == _CS_REQ_STARTED:
            self._state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Sends a complete request: method, url, optional body and headers dict."""
        self._send_request(method, url, body, headers, encode_chunked)

    def _send_request(self, method, url, body, headers, encode_chunked):
        header_names = frozenset(k.lower() for k in headers)
        skips = {}
        if 'host' in header_names:
            skips['skip_host'] = 1
        if 'accept-encoding' in header_names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if 'content-length' not in header_names:
            if 'transfer-encoding' not in header_names:
                encode_chunked = False
                content_length = self._get_content_length(body, method)
                if content_length is None:
                    if body is not None:
                        if self.debuglevel > 0:
                            print('Unable to determine size of %r' % body)
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    self.putheader('Content-Length', str(content_length))
        else:
            encode_chunked = False
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """Reads the response's status line and headers; returns the HTTPResponse."""
        if self._response and self._response.isclosed():
            self._response = None
        if self._state != _CS_REQ_SENT or self._response:
            raise ResponseNotReady(self._state)
        if self.debuglevel > 0:
            response = self.response_class(self.sock, self.debuglevel, method=self._method)
        else:
            response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self._state = _CS_IDLE
            if response.will_close:
                self.close()            # the response keeps its own file to read from
            else:
                self._response = response
            return response
        except:
            response.close()
            raise


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    """The body ended early: partial holds what was read, expected how much was missing."""

    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = ', %i more expected' % self.expected if self.expected is not None else ''
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    def __str__(self):
        return repr(self)


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection before sending a status line."""

    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


# for backwards compatibility
error = HTTPException
