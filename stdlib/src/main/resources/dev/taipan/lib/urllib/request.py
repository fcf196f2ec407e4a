"""Opening URLs: urlopen(url or Request) over HTTP/1.1, plus file: URLs.

As in CPython, an OpenerDirector passes each request through handlers: <proto>_request
methods prepare it, <proto>_open methods open it, <proto>_response methods post-process
the response, and http_error_<code> methods handle error statuses (redirects are followed,
other 4xx/5xx raise HTTPError). build_opener() adds custom handlers; install_opener()
makes an opener the one urlopen uses.

Taipan has no TLS yet: https URLs raise URLError. ftp: and data: URLs are not supported
either (URLError 'unknown url type').
"""

import http.client
import os
import re
import socket
import string
import sys

from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urljoin, unwrap, quote, unquote,
                          _splittype, _splithost, _splittag, urlunparse)
from urllib.response import addinfourl

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
    'HTTPRedirectHandler', 'ProxyHandler', 'HTTPHandler', 'FileHandler', 'UnknownHandler',
    'HTTPErrorProcessor', 'AbstractHTTPHandler',
    'urlopen', 'install_opener', 'build_opener', 'pathname2url', 'url2pathname',
    'getproxies', 'urlretrieve', 'urlcleanup',
]

__version__ = '%d.%d' % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, context=None):
    """Opens url (a str or a Request) and returns the response.

    For HTTP the response is an http.client.HTTPResponse with url, status, headers,
    read() and the with-statement; a 4xx/5xx status raises HTTPError and a connection
    failure URLError. data, when given (bytes, an iterable of bytes or a file), is sent
    as the body of a POST."""
    global _opener
    if context is not None:
        raise URLError('Taipan has no TLS support yet (urlopen context=)')
    if _opener is None:
        _opener = opener = build_opener()
    else:
        opener = _opener
    return opener.open(url, data, timeout)


def install_opener(opener):
    """Makes opener the one urlopen() uses."""
    global _opener
    _opener = opener


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copies the resource at url into filename (a temporary file when None).

    Returns (filename, headers). reporthook(block_number, block_size, total_size) is
    called as blocks arrive."""
    url_type, path = _splittype(url)
    with urlopen(url, data) as fp:
        headers = fp.info()
        if url_type == "file" and not filename:
            return os.path.normpath(url2pathname(path)), headers
        if filename:
            tfp = open(filename, 'wb')
        else:
            import tempfile
            tfp = tempfile.NamedTemporaryFile(delete=False)
            filename = tfp.name
            _url_tempfiles.append(filename)
        with tfp:
            result = filename, headers
            bs = 1024 * 8
            size = -1
            read = 0
            blocknum = 0
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            if reporthook:
                reporthook(blocknum, bs, size)
            while block := fp.read(bs):
                read += len(block)
                tfp.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, bs, size)
    if size >= 0 and read < size:
        raise ContentTooShortError(
            "retrieval incomplete: got only %i out of %i bytes" % (read, size), result)
    return result


_url_tempfiles = []


def urlcleanup():
    """Removes the temporary files urlretrieve made and forgets the installed opener."""
    global _opener
    for path in _url_tempfiles:
        try:
            os.unlink(path)
        except OSError:
            pass
    del _url_tempfiles[:]
    _opener = None


_cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request's host, lower case and without port (RFC 2965 request-host)."""
    host = urlparse(request.full_url)[1]
    if host == "":
        host = request.get_header("Host", "")
    return _cut_port_re.sub("", host, 1).lower()


class Request:
    """A URL request: full_url, data (the body), headers, and method.

    Header names are stored capitalized ('Content-type'); get_method() is method when
    given, else POST with data and GET without."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return f'{self._full_url}#{self.fragment}'
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            # A Content-length computed for the old data is wrong now.
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        if self.type == 'https' and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        """A header that is not sent again when the request is redirected."""
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        return list({**self.unredirected_hdrs, **self.headers}.items())


class OpenerDirector:
    """Opens requests by calling the methods of its handlers in handler_order."""

    def __init__(self):
        self.addheaders = [('User-agent', "Python-urllib/%s" % __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def add_handler(self, handler):
        """Registers every <proto>_open/_request/_response/_error_<code> method of handler."""
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        added = False
        for meth in dir(handler):
            if meth in ("redirect_request", "do_open", "proxy_open"):
                continue
            protocol, _, condition = meth.partition("_")
            if condition.startswith("error"):
                kind = condition.partition("_")[2]
                try:
                    kind = int(kind)
                except ValueError:
                    pass
                table = self.handle_error.setdefault(protocol, {})
            elif condition == "open":
                kind, table = protocol, self.handle_open
            elif condition == "response":
                kind, table = protocol, self.process_response
            elif condition == "request":
                kind, table = protocol, self.process_request
            else:
                continue
            _insort(table.setdefault(kind, []), handler)
            added = True
        if added:
            _insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        """The first non-None result of meth_name over the handlers for kind."""
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        protocol = req.type
        meth_name = protocol + "_request"
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, meth_name)(req)
        response = self._open(req, data)
        meth_name = protocol + "_response"
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, meth_name)(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, 'default', 'default_open', req)
        if result:
            return result
        protocol = req.type
        result = self._call_chain(self.handle_open, protocol, protocol + '_open', req)
        if result:
            return result
        return self._call_chain(self.handle_open, 'unknown', 'unknown_open', req)

    def error(self, proto, *args):
        """Calls the error handlers: http_error_<code>, then http_error_default."""
        if proto in ('http', 'https'):
            table = self.handle_error['http']
            code = args[2]
            result = self._call_chain(table, code, 'http_error_%s' % code, *args)
            if result:
                return result
            return self._call_chain(table, 'default', 'http_error_default', *args)
        return self._call_chain(self.handle_error, proto, proto + '_error', *args)


def _insort(handlers, handler):
    """Inserts handler after the handlers that do not sort after it (bisect.insort)."""
    i = len(handlers)
    while i > 0 and handler < handlers[i - 1]:
        i -= 1
    handlers.insert(i, handler)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers plus handlers (classes or instances);
    a given handler replaces the default handler it is a subclass of."""
    opener = OpenerDirector()
    default_classes = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                       HTTPRedirectHandler, FileHandler, HTTPErrorProcessor]
    skip = set()
    for klass in default_classes:
        for check in handlers:
            if isinstance(check, type):
                if issubclass(check, klass):
                    skip.add(klass)
            elif isinstance(check, klass):
                skip.add(klass)
    for klass in default_classes:
        if klass not in skip:
            opener.add_handler(klass())
    for h in handlers:
        if isinstance(h, type):
            h = h()
        opener.add_handler(h)
    return opener


class BaseHandler:
    """The base of handlers; handler_order sets their order (smaller first)."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Passes responses whose status is not 2xx to the error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not 200 <= code < 300:
            response = self.parent.error('http', request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """Raises HTTPError for the error statuses no other handler took."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 redirects (for GET and HEAD; 301-303 after a POST
    too, which becomes a GET), at most max_redirections in all."""

    max_repeats = 4
    max_redirections = 10

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to send to newurl, or HTTPError when this redirect is not followed."""
        m = req.get_method()
        if (not (code in (301, 302, 303, 307, 308) and m in ("GET", "HEAD")
                 or code in (301, 302, 303) and m == "POST")):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(' ', '%20')
        content_headers = ("content-length", "content-type")
        newheaders = {k: v for k, v in req.headers.items() if k.lower() not in content_headers}
        return Request(newurl, method="HEAD" if m == "HEAD" else "GET", headers=newheaders,
                       origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return None
        urlparts = urlparse(newurl)
        if urlparts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code,
                            "%s - Redirection to url '%s' is not allowed" % (msg, newurl),
                            headers, fp)
        if not urlparts.path and urlparts.netloc:
            urlparts = list(urlparts)
            urlparts[2] = "/"
        newurl = urlunparse(urlparts)
        # Headers were decoded as ISO-8859-1: percent-encode non-ASCII bytes and spaces.
        newurl = quote(newurl, encoding="iso-8859-1", safe=string.punctuation)
        newurl = urljoin(req.full_url, newurl)

        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None
        # Loop detection: the URLs visited so far travel with the requests.
        if hasattr(req, 'redirect_dict'):
            visited = new.redirect_dict = req.redirect_dict
            if visited.get(newurl, 0) >= self.max_repeats or len(visited) >= self.max_redirections:
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    inf_msg = ("The HTTP server returned a redirect error that would "
               "lead to an infinite loop.\n"
               "The last 30x error message was:\n")


def _splitport(host):
    """'host:port' -> ('host', 'port'); ('host', None) without a numeric port."""
    m = re.fullmatch('(.*):([0-9]*)', host, re.DOTALL)
    if m:
        host, port = m.groups()
        if port:
            return host, port
    return host, None


def _parse_proxy(proxy):
    """(scheme, user, password, host:port) of a proxy URL or bare authority."""
    scheme, r_scheme = _splittype(proxy)
    if not r_scheme.startswith("/"):
        scheme = None
        authority = proxy
    else:
        if not r_scheme.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        if '@' in r_scheme:
            end = r_scheme.find("/", r_scheme.find('@'))
        else:
            end = r_scheme.find("/", 2)
        authority = r_scheme[2:end] if end != -1 else r_scheme[2:]
    userinfo, delim, hostport = authority.rpartition('@')
    if delim:
        user, has_pw, password = userinfo.partition(':')
        password = password if has_pw else None
    else:
        user = password = None
        hostport = authority
    return scheme, user, password, hostport


def getproxies_environment():
    """{scheme: proxy URL} from the <scheme>_proxy environment variables (lower case wins)."""
    proxies = {}
    environment = []
    for name in os.environ:
        if len(name) > 5 and name[-6] == "_" and name[-5:].lower() == "proxy":
            value = os.environ[name]
            proxy_name = name[:-6].lower()
            environment.append((name, value, proxy_name))
            if value:
                proxies[proxy_name] = value
    # A CGI script must ignore HTTP_PROXY: a client can set it with a Proxy: header.
    if 'REQUEST_METHOD' in os.environ:
        proxies.pop('http', None)
    for name, value, proxy_name in environment:
        if name[-6:] == '_proxy':
            if value:
                proxies[proxy_name] = value
            else:
                proxies.pop(proxy_name, None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """True when no_proxy says host is reached directly ('*' or a matching suffix)."""
    if proxies is None:
        proxies = getproxies_environment()
    try:
        no_proxy = proxies['no']
    except KeyError:
        return False
    if no_proxy == '*':
        return True
    host = host.lower()
    hostonly, port = _splitport(host)
    for name in no_proxy.split(','):
        name = name.strip().lstrip('.').lower()
        if name:
            if hostonly == name or host == name:
                return True
            name = '.' + name
            if hostonly.endswith(name) or host.endswith(name):
                return True
    return False


getproxies = getproxies_environment


def proxy_bypass(host):
    return proxy_bypass_environment(host)


class ProxyHandler(BaseHandler):
    """Sends requests through the proxies given (default: from the environment)."""

    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        assert hasattr(proxies, 'keys'), "proxies must be a mapping"
        self.proxies = proxies
        for type, url in proxies.items():
            type = type.lower()
            setattr(self, '%s_open' % type,
                    lambda r, proxy=url, type=type, meth=self.proxy_open: meth(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        orig_type = req.type
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        if proxy_type is None:
            proxy_type = orig_type
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            user_pass = '%s:%s' % (unquote(user), unquote(password))
            req.add_header('Proxy-authorization', 'Basic ' + _b64encode(user_pass.encode()))
        req.set_proxy(unquote(hostport), proxy_type)
        if orig_type == proxy_type or orig_type == 'https':
            return None
        return self.parent.open(req, timeout=req.timeout)


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _b64encode(data):
    """Base64 of data as ASCII text (Taipan has no base64 module yet)."""
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\0' * (3 - len(chunk)), 'big')
        quad = [_B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out += bytes(quad[:len(chunk) + 1]) + b'=' * (3 - len(chunk))
    return out.decode('ascii')


class AbstractHTTPHandler(BaseHandler):
    """Sends a Request with http.client and returns its HTTPResponse."""

    def __init__(self, debuglevel=None):
        self._debuglevel = (debuglevel if debuglevel is not None
                            else http.client.HTTPConnection.debuglevel)

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return http.client.HTTPConnection._get_content_length(request.data,
                                                              request.get_method())

    def do_request_(self, request):
        """Adds Host, Content-type/-length for a body, and the opener's headers."""
        host = request.host
        if not host:
            raise URLError('no host given')
        if request.data is not None:
            data = request.data
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, "
                                "or a file object. It cannot be of type str.")
            if not request.has_header('Content-type'):
                request.add_unredirected_header('Content-type',
                                                'application/x-www-form-urlencoded')
            if (not request.has_header('Content-length')
                    and not request.has_header('Transfer-encoding')):
                content_length = self._get_content_length(request)
                if content_length is not None:
                    request.add_unredirected_header('Content-length', str(content_length))
                else:
                    request.add_unredirected_header('Transfer-encoding', 'chunked')
        sel_host = host
        if request.has_proxy():
            scheme, sel = _splittype(request.selector)
            sel_host, sel_path = _splithost(sel)
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', sel_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Sends req over a new http_class connection; returns the response."""
        host = req.host
        if not host:
            raise URLError('no host given')
        h = http_class(host, timeout=req.timeout, **http_conn_args)
        h.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        # One request per connection: the response is read until the server closes.
        headers["Connection"] = "close"
        headers = {name.title(): val for name, val in headers.items()}
        if req._tunnel_host:
            tunnel_headers = {}
            if "Proxy-Authorization" in headers:
                tunnel_headers["Proxy-Authorization"] = headers.pop("Proxy-Authorization")
            h.set_tunnel(req._tunnel_host, headers=tunnel_headers)
        try:
            try:
                h.request(req.get_method(), req.selector, req.data, headers,
                          encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            r = h.getresponse()
        except:
            h.close()
            raise
        if h.sock:
            h.sock.close()
            h.sock = None
        r.url = req.get_full_url()
        r.msg = r.reason            # urllib's responses carry the reason in msg
        return r


class HTTPHandler(AbstractHTTPHandler):

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    """The last resort: raises URLError for URL types no handler opens."""

    def unknown_open(self, req):
        if req.type == 'https':
            raise URLError('unknown url type: https (Taipan has no TLS support yet)')
        raise URLError('unknown url type: %s' % req.type)


def url2pathname(pathname):
    """The file system path of the path part of a file: URL."""
    return unquote(pathname)


def pathname2url(pathname):
    """The path part of a file: URL for a file system path."""
    return quote(pathname)


_MIME_TYPES = {
    '.html': 'text/html', '.htm': 'text/html', '.txt': 'text/plain', '.css': 'text/css',
    '.csv': 'text/csv', '.js': 'text/javascript', '.json': 'application/json',
    '.xml': 'text/xml', '.py': 'text/x-python', '.png': 'image/png', '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.pdf': 'application/pdf',
    '.zip': 'application/zip', '.gz': 'application/gzip', '.tar': 'application/x-tar',
    '.wasm': 'application/wasm', '.md': 'text/markdown', '.ico': 'image/vnd.microsoft.icon',
}


def _guess_type(path):
    """The MIME type for a file name by its extension (a small table; None if unknown)."""
    base, dot, ext = path.rpartition('.')
    if not dot or '/' in ext:
        return None
    ext = '.' + ext
    return _MIME_TYPES.get(ext) or _MIME_TYPES.get(ext.lower())


class FileHandler(BaseHandler):
    """Opens file: URLs on the local host."""

    def file_open(self, req):
        url = req.selector
        if url[:2] == '//' and url[2:3] != '/' and req.host and req.host != 'localhost':
            if req.host not in self.get_names():
                raise URLError("file:// scheme is supported only on localhost")
        else:
            return self.open_local_file(req)

    names = None

    def get_names(self):
        if FileHandler.names is None:
            try:
                FileHandler.names = (socket.gethostbyname('localhost'),)
            except OSError:
                FileHandler.names = ('127.0.0.1',)
        return FileHandler.names

    def open_local_file(self, req):
        import email
        import email.utils
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            modified = email.utils.formatdate(stats.st_mtime, usegmt=True)
            mtype = _guess_type(filename)
            headers = email.message_from_string(
                'Content-type: %s\nContent-length: %d\nLast-modified: %s\n' %
                (mtype or 'text/plain', stats.st_size, modified))
            if host:
                host, port = _splitport(host)
            if not host or (not port and host in ('localhost',) + self.get_names()):
                origurl = 'file://' + host + filename if host else 'file://' + filename
                return addinfourl(open(localfile, 'rb'), headers, origurl)
        except OSError as exp:
            raise URLError(exp)
        raise URLError('file not on local host')


def parse_http_list(s):
    """Splits a comma-separated header value; commas inside quoted strings do not count."""
    res = []
    part = ''
    escape = quote = False
    for cur in s:
        if escape:
            part += cur
            escape = False
            continue
        if quote:
            if cur == '\\':
                escape = True
                continue
            if cur == '"':
                quote = False
            part += cur
            continue
        if cur == ',':
            res.append(part)
            part = ''
            continue
        if cur == '"':
            quote = True
        part += cur
    if part:
        res.append(part)
    return [p.strip() for p in res]


def parse_keqv_list(l):
    """Parses a list of key=value strings (values may be quoted)."""
    parsed = {}
    for elt in l:
        k, v = elt.split('=', 1)
        if v[0] == '"' and v[-1] == '"':
            v = v[1:-1]
        parsed[k] = v
    return parsed
