"""The socket module: CPython's socket API over Taipan's native _socket (java.nio channels).

Each socket has a small fd number from the interpreter's table (fileno()), so select,
selectors and the asyncio loop can watch it. makefile() returns the buffered and text file
objects of _socketfiles, which behave as CPython's io.BufferedReader/Writer/TextIOWrapper do
for the methods networking code uses.
"""

import _socket
from _socket import *
from _enumlike import Constants
from _socketfiles import SocketIO, _BufferedSocketFile, _TextSocketFile

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind", "MsgFlag",
           "AddressInfo", "socketpair", "SocketIO"]
__all__.extend(n for n in dir(_socket) if not n.startswith('_'))

_GLOBAL_DEFAULT_TIMEOUT = object()
EBADF = 9
EAGAIN = 11
EWOULDBLOCK = 11
_DEFAULT_BUFFER_SIZE = 8192  # io.DEFAULT_BUFFER_SIZE


# ---- the enum types of the constants --------------------------------------------------------

class AddressFamily(Constants, int):
    """Address families (AF_*), as CPython's IntEnum of that name."""


class SocketKind(Constants, int):
    """Socket types (SOCK_*), as CPython's IntEnum of that name."""


class MsgFlag(Constants, int):
    """send/recv flags (MSG_*), as CPython's IntFlag of that name."""


class AddressInfo(Constants, int):
    """getaddrinfo flags (AI_*), as CPython's IntFlag of that name."""


def _convert(cls, prefix):
    """Makes the _socket constants named prefix* members of cls, here and in the module."""
    g = globals()
    for attr in sorted(dir(_socket)):
        value = getattr(_socket, attr)
        if attr.startswith(prefix) and isinstance(value, int):
            g[attr] = cls._add(attr, value)


_convert(AddressFamily, 'AF_')
_convert(SocketKind, 'SOCK_')
_convert(MsgFlag, 'MSG_')
_convert(AddressInfo, 'AI_')


def _intenum_converter(value, enum_klass):
    """The enum member for value, or value itself when it has none."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


# ---- the socket type ------------------------------------------------------------------------

class socket(_socket.socket):
    """A socket object: _socket.socket plus makefile(), accept(), context management and CPython's repr."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(), self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """A new socket object on a duplicate of this socket's fd."""
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """Wait for a connection: (new socket, address of the peer)."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading and/or writing this socket; it keeps the socket open until it is closed."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        rawmode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = _DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        buffer = _BufferedSocketFile(raw, reading, writing, buffering)
        if binary:
            return buffer
        text = _TextSocketFile(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """Send a file's contents (read in blocks and sent with sendall); returns the bytes sent."""
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError("count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError("count must be a positive integer (got {!r})".format(count))
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        file.seek(offset)  # as os.sendfile, which CPython uses here: offset counts from the start
        total = 0
        try:
            while True:
                size = min(count - total, 8192) if count else 8192
                if size <= 0:
                    break
                data = file.read(size)
                if not data:
                    break
                self.sendall(data)
                total += len(data)
            return total
        finally:
            if total > 0 and hasattr(file, 'seek'):
                file.seek(offset + total)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """Give up the fd without closing it; the socket object is closed afterwards."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """The address family (an AddressFamily member when it has one)."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """The socket type (a SocketKind member when it has one)."""
        return _intenum_converter(super().type, SocketKind)

    def get_inheritable(self):
        return False

    def set_inheritable(self, inheritable):
        if inheritable:
            raise NotImplementedError("inheritable sockets are not supported by Taipan")


def fromfd(fd, family, type, proto=0):
    """A socket object on a duplicate of fd."""
    nfd = dup(fd)
    return socket(family, type, proto, nfd)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected sockets (AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    a = socket(family, type, proto, a.detach())
    b = socket(family, type, proto, b.detach())
    return a, b


# ---- module functions -------------------------------------------------------------------------

def getfqdn(name=''):
    """A fully qualified domain name for name (the local host when empty)."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        pass
    else:
        aliases.insert(0, hostname)
        for name in aliases:
            if '.' in name:
                break
        else:
            name = hostname
    return name


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connect to (host, port), trying each address getaddrinfo gives; the connected socket."""
    host, port = address
    errors = []
    for af, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            errors.clear()
            return sock
        except error as exc:
            if not all_errors:
                errors.clear()
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        try:
            if not all_errors:
                raise errors[0]
            raise ExceptionGroup("create_connection failed", errors)
        finally:
            errors = []
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """Whether an AF_INET6 socket can also take IPv4 connections (Java's sockets are dual-stack)."""
    return has_ipv6


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening (SO_REUSEADDR set, as on POSIX)."""
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into a list of (family, type, proto, canonname, sockaddr)."""
    return [(_intenum_converter(af, AddressFamily), _intenum_converter(kind, SocketKind), proto, canonname, sa)
            for af, kind, proto, canonname, sa in _socket.getaddrinfo(host, port, family, type, proto, flags)]
