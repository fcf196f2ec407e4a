"""HTTP servers: HTTPServer / ThreadingHTTPServer with request handler classes.

BaseHTTPRequestHandler parses a request (self.command, self.path, self.request_version,
self.headers; the body is read from self.rfile) and calls do_<COMMAND>(); the method
answers with send_response(), send_header(), end_headers() and writes the body to
self.wfile. SimpleHTTPRequestHandler serves the files of a directory (GET and HEAD).
Every response is logged to stderr by log_message() in CPython's format:
127.0.0.1 - - [25/Nov/2025 21:00:00] "GET / HTTP/1.1" 200 -

Not in Taipan: CGIHTTPRequestHandler (deprecated in CPython) and HTTPS servers.
"""

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
           "SimpleHTTPRequestHandler"]

import email.utils
import http.client
import io
import itertools
import os
import re
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus

DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"


def _escape(s):
    """html.escape(s, quote=False)."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class HTTPServer(socketserver.TCPServer):
    """A TCPServer that remembers its host name and port (server_name, server_port)."""

    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        getfqdn = getattr(socket, 'getfqdn', None)
        self.server_name = getfqdn(host) if getfqdn else host
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    """An HTTPServer that handles each connection in its own (daemon) thread."""

    daemon_threads = True


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Parses HTTP requests and dispatches each to do_<COMMAND>() (e.g. do_GET).

    After parsing: command, path, request_version, requestline, headers (an
    http.client.HTTPMessage), rfile positioned at the body, wfile for the response.
    protocol_version 'HTTP/1.1' enables persistent connections (then every response
    needs a Content-Length)."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    # The version assumed until the request line has been parsed (malformed requests).
    default_request_version = "HTTP/0.9"

    def parse_request(self):
        """Parses self.raw_requestline and the headers. Returns False (after sending an
        error response when one is due) if the request cannot be served."""
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = requestline
        words = requestline.split()
        if len(words) == 0:
            return False

        if len(words) >= 3:
            version = words[-1]
            try:
                if not version.startswith('HTTP/'):
                    raise ValueError
                base_version_number = version.split('/', 1)[1]
                version_number = base_version_number.split(".")
                # RFC 2145 3.1: exactly one dot; major and minor are separate integers.
                if len(version_number) != 2:
                    raise ValueError
                if any(not part.isdigit() for part in version_number):
                    raise ValueError("non digit in http version")
                if any(len(part) > 10 for part in version_number):
                    raise ValueError("unreasonable length http version")
                version_number = int(version_number[0]), int(version_number[1])
            except (ValueError, IndexError):
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % version)
                return False
            if version_number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if version_number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % base_version_number)
                return False
            self.request_version = version

        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request syntax (%r)" % requestline)
            return False
        command, path = words[:2]
        if len(words) == 2:
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command, self.path = command, path
        # '//path' would read as a network location in urlsplit: reduce to one slash.
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')

        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long",
                            str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers",
                            str(err))
            return False

        conntype = self.headers.get('Connection', "")
        if conntype.lower() == 'close':
            self.close_connection = True
        elif conntype.lower() == 'keep-alive' and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        expect = self.headers.get('Expect', "")
        if (expect.lower() == "100-continue" and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        """Answers 'Expect: 100-continue' with 100 Continue; override to refuse."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Reads and handles one request."""
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ''
                self.request_version = ''
                self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            mname = 'do_' + self.command
            if not hasattr(self, mname):
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            getattr(self, mname)()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = True

    def handle(self):
        """Handles requests until the connection is to be closed."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Sends and logs an error response with an HTML body explaining it."""
        try:
            shortmsg, longmsg = self.responses[code]
        except KeyError:
            shortmsg, longmsg = '???', '???'
        if message is None:
            message = shortmsg
        if explain is None:
            explain = longmsg
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')

        # No body for 1xx, 204, 205 and 304.
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            content = self.error_message_format % {
                'code': code,
                'message': _escape(message),
                'explain': _escape(explain),
            }
            body = content.encode('UTF-8', 'replace')
            self.send_header("Content-Type", self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD' and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Logs the request, then queues the status line plus Server and Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_response_only(self, code, message=None):
        """Queues the status line only."""
        if self.request_version != 'HTTP/0.9':
            if message is None:
                message = self.responses[code][0] if code in self.responses else ''
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(
                ("%s %d %s\r\n" % (self.protocol_version, code, message)).encode('latin-1',
                                                                                'strict'))

    def send_header(self, keyword, value):
        """Queues a header line (a Connection header also decides close_connection)."""
        if self.request_version != 'HTTP/0.9':
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(
                ("%s: %s\r\n" % (keyword, value)).encode('latin-1', 'strict'))
        if keyword.lower() == 'connection':
            if value.lower() == 'close':
                self.close_connection = True
            elif value.lower() == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        """Ends the headers and sends the queued status line and headers."""
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, '_headers_buffer'):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code='-', size='-'):
        """Logs an accepted request (called by send_response)."""
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        """Logs an error (through log_message)."""
        self.log_message(format, *args)

    # Control characters in logged text are written as \xNN escapes.
    _control_char_table = str.maketrans(
        {c: fr'\x{c:02x}' for c in itertools.chain(range(0x20), range(0x7f, 0xa0))})
    _control_char_table[ord('\\')] = r'\\'

    def log_message(self, format, *args):
        """Writes 'client - - [date] message' to stderr; override to log elsewhere."""
        message = format % args
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(),
                                               self.log_date_time_string(),
                                               message.translate(self._control_char_table)))

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        """The time for a Date header, e.g. 'Sun, 06 Nov 1994 08:49:37 GMT'."""
        if timestamp is None:
            timestamp = time.time()
        return email.utils.formatdate(timestamp, usegmt=True)

    def log_date_time_string(self):
        """The local time for a log line, e.g. '25/Nov/2025 21:00:00'."""
        year, month, day, hh, mm, ss, x, y, z = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (day, self.monthname[month], year, hh, mm, ss)

    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    def address_string(self):
        return self.client_address[0]

    protocol_version = "HTTP/1.0"
    MessageClass = http.client.HTTPMessage
    responses = {v: (v.phrase, v.description) for v in HTTPStatus.__members__.values()}


_MIME_TYPES = {
    '.html': 'text/html', '.htm': 'text/html', '.txt': 'text/plain', '.css': 'text/css',
    '.csv': 'text/csv', '.js': 'text/javascript', '.mjs': 'text/javascript',
    '.json': 'application/json', '.xml': 'text/xml', '.py': 'text/x-python',
    '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
    '.svg': 'image/svg+xml', '.ico': 'image/vnd.microsoft.icon', '.webp': 'image/webp',
    '.pdf': 'application/pdf', '.zip': 'application/zip', '.tar': 'application/x-tar',
    '.wasm': 'application/wasm', '.md': 'text/markdown', '.mp3': 'audio/mpeg',
    '.mp4': 'video/mp4', '.woff': 'font/woff', '.woff2': 'font/woff2',
}

_HTTP_DATE = re.compile(r'\s*(?:\w{3},\s*)?(\d{1,2})\s+(\w{3})\s+(\d{4})\s+'
                        r'(\d{2}):(\d{2}):(\d{2})\s*(?:GMT|UTC|\+0000|-0000)?\s*$')


def _parse_http_date(value):
    """Seconds since the epoch of an RFC 1123 date ('Sun, 06 Nov 1994 08:49:37 GMT'), or
    None when value is not one."""
    m = _HTTP_DATE.match(value)
    if not m:
        return None
    day, mon, year, hh, mm, ss = m.groups()
    try:
        month = BaseHTTPRequestHandler.monthname.index(mon.title())
    except ValueError:
        return None
    year, day = int(year), int(day)
    # Days since 1970-01-01 (proleptic Gregorian calendar).
    y = year - (month <= 2)
    era_days = 365 * y + y // 4 - y // 100 + y // 400
    month_days = (153 * ((month + 9) % 12) + 2) // 5
    days = era_days + month_days + day - 719469
    return days * 86400 + int(hh) * 3600 + int(mm) * 60 + int(ss)


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves the files under directory (default: the current directory) for GET and HEAD,
    with directory listings where there is no index.html."""

    server_version = "SimpleHTTP/" + __version__
    index_pages = ("index.html", "index.htm")
    extensions_map = _encodings_map_default = {
        '.gz': 'application/gzip',
        '.Z': 'application/octet-stream',
        '.bz2': 'application/x-bzip2',
        '.xz': 'application/x-xz',
    }

    def __init__(self, *args, directory=None, **kwargs):
        if directory is None:
            directory = os.getcwd()
        self.directory = os.fspath(directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        f = self.send_head()
        if f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()

    def do_HEAD(self):
        f = self.send_head()
        if f:
            f.close()

    def send_head(self):
        """Sends the status and headers for GET/HEAD; returns the open file to send (the
        caller closes it), or None when the response is complete."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith('/'):
                # A folder without its trailing slash: redirect, as browsers expect.
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                new_url = urllib.parse.urlunsplit((parts[0], parts[1], parts[2] + '/',
                                                   parts[3], parts[4]))
                self.send_header("Location", new_url)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for index in self.index_pages:
                index = os.path.join(path, index)
                if os.path.isfile(index):
                    path = index
                    break
            else:
                return self.list_directory(path)
        ctype = self.guess_type(path)
        # A trailing slash means a folder: a file of that name does not match.
        if path.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            f = open(path, 'rb')
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            fs = os.stat(path)
            if "If-Modified-Since" in self.headers and "If-None-Match" not in self.headers:
                ims = _parse_http_date(self.headers["If-Modified-Since"])
                if ims is not None and int(fs.st_mtime) <= ims:
                    self.send_response(HTTPStatus.NOT_MODIFIED)
                    self.end_headers()
                    f.close()
                    return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(fs.st_size))
            self.send_header("Last-Modified", self.date_time_string(fs.st_mtime))
            self.end_headers()
            return f
        except:
            f.close()
            raise

    def list_directory(self, path):
        """Sends the headers of an HTML listing of path; returns the listing as a file."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        names.sort(key=lambda a: a.lower())
        try:
            displaypath = urllib.parse.unquote(self.path, errors='surrogatepass')
        except UnicodeDecodeError:
            displaypath = urllib.parse.unquote(self.path)
        displaypath = _escape(displaypath)
        enc = sys.getfilesystemencoding()
        title = f'Directory listing for {displaypath}'
        r = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>', f'<meta charset="{enc}">',
             f'<title>{title}</title>\n</head>', f'<body>\n<h1>{title}</h1>', '<hr>\n<ul>']
        for name in names:
            fullname = os.path.join(path, name)
            displayname = linkname = name
            if os.path.isdir(fullname):
                displayname = linkname = name + "/"
            if os.path.islink(fullname):
                displayname = name + "@"
            r.append('<li><a href="%s">%s</a></li>'
                     % (urllib.parse.quote(linkname, errors='surrogatepass'),
                        _escape(displayname)))
        r.append('</ul>\n<hr>\n</body>\n</html>\n')
        encoded = '\n'.join(r).encode(enc, 'surrogateescape')
        f = io.BytesIO(encoded)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % enc)
        self.send_header("Content-Length", str(len(encoded)))
        self.end_headers()
        return f

    def translate_path(self, path):
        """The file for a URL path under self.directory ('..' and the like are dropped)."""
        path = path.split('?', 1)[0]
        path = path.split('#', 1)[0]
        trailing_slash = path.rstrip().endswith('/')
        try:
            path = urllib.parse.unquote(path, errors='surrogatepass')
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        words = filter(None, os.path.normpath(path).split('/'))
        path = self.directory
        for word in words:
            if os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            path = os.path.join(path, word)
        if trailing_slash:
            path += '/'
        return path

    def copyfile(self, source, outputfile):
        """Copies the whole of source (a binary file) to outputfile."""
        while buf := source.read(64 * 1024):
            outputfile.write(buf)

    def guess_type(self, path):
        """The MIME type for path by its extension (application/octet-stream if unknown)."""
        base, ext = os.path.splitext(path)
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        ext = ext.lower()
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        return _MIME_TYPES.get(ext, 'application/octet-stream')


def _get_best_family(*address):
    infos = socket.getaddrinfo(*address, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, type, proto, canonname, sockaddr = next(iter(infos))
    return family, sockaddr


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer,
         protocol="HTTP/1.0", port=8000, bind=None):
    """Serves HTTP on port (8000) until Ctrl-C."""
    ServerClass.address_family, addr = _get_best_family(bind, port)
    HandlerClass.protocol_version = protocol
    with ServerClass(addr, HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        url_host = f'[{host}]' if ':' in host else host
        print(f"Serving HTTP on {host} port {port} (http://{url_host}:{port}/) ...")
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print("\nKeyboard interrupt received, exiting.")
            sys.exit(0)


def _main(argv):
    """python -m http.server [-b ADDRESS] [-d DIRECTORY] [-p VERSION] [port]"""
    bind, directory, protocol, port = None, os.getcwd(), "HTTP/1.0", 8000
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in ('-b', '--bind') and args:
            bind = args.pop(0)
        elif arg in ('-d', '--directory') and args:
            directory = args.pop(0)
        elif arg in ('-p', '--protocol') and args:
            protocol = args.pop(0)
        elif arg.isdigit():
            port = int(arg)
        else:
            print(f"usage: python -m http.server [-b ADDRESS] [-d DIRECTORY] "
                  f"[-p VERSION] [port]\nerror: unrecognized argument: {arg}", file=sys.stderr)
            sys.exit(2)

    class DirectoryServer(ThreadingHTTPServer):
        def finish_request(self, request, client_address):
            self.RequestHandlerClass(request, client_address, self, directory=directory)

    test(HandlerClass=SimpleHTTPRequestHandler, ServerClass=DirectoryServer, port=port,
         bind=bind, protocol=protocol)


if __name__ == '__main__':
    _main(sys.argv[1:])
