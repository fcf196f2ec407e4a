"""The socket module: CPython's socket API over Taipan's native _socket (java.nio channels).

Each socket has a small fd number from the interpreter's table (fileno()), so select,
selectors and the asyncio loop can watch it. makefile() returns this module's own buffered
and text file objects, which behave as CPython's io.BufferedReader/Writer/TextIOWrapper do
for the methods networking code uses.
"""

import _socket
from _socket import *

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind", "MsgFlag",
           "AddressInfo", "socketpair", "SocketIO"]
__all__.extend(n for n in dir(_socket) if not n.startswith('_'))

_GLOBAL_DEFAULT_TIMEOUT = object()
EBADF = 9
EAGAIN = 11
EWOULDBLOCK = 11
_DEFAULT_BUFFER_SIZE = 8192


# ---- the enum types of the constants --------------------------------------------------------

class _IntConstant(int):
    """A named int constant (what CPython makes with IntEnum/IntFlag; Taipan has no enum metaclass, so
    the classes are not iterable)."""

    _member_list_ = ()
    _member_map_ = {}
    _value2member_map_ = {}

    def __new__(cls, value):
        member = cls._value2member_map_.get(value)
        if member is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        return member

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {int(self)}>"

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    def __reduce_ex__(self, proto):
        return type(self), (int(self),)


def _constants(name, prefix, exclude=()):
    cls = type(name, (_IntConstant,), {
        '__module__': __name__, '__qualname__': name,
        '_member_list_': [], '_member_map_': {}, '_value2member_map_': {}})
    g = globals()
    for attr in dir(_socket):
        if attr.startswith(prefix) and attr not in exclude and isinstance(getattr(_socket, attr), int):
            value = getattr(_socket, attr)
            member = int.__new__(cls, value)
            member._name_ = attr
            cls._member_list_.append(member)
            cls._member_map_[attr] = member
            cls._value2member_map_.setdefault(value, member)
            type.__setattr__(cls, attr, member)
            g[attr] = member
    return cls


AddressFamily = _constants('AddressFamily', 'AF_')
SocketKind = _constants('SocketKind', 'SOCK_')
MsgFlag = _constants('MsgFlag', 'MSG_')
AddressInfo = _constants('AddressInfo', 'AI_')


def _intenum_converter(value, enum_klass):
    """The enum member for value, or value itself when it has none."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


# ---- the socket type ------------------------------------------------------------------------

class _GiveupOnSendfile(Exception):
    pass


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
        if offset:
            file.seek(offset)
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


# ---- files on sockets -----------------------------------------------------------------------

class SocketIO:
    """The raw file under makefile(): reads and writes go straight to the socket."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def recv(self, n):
        """Up to n bytes (b'' at end of stream; None when a non-blocking socket has none)."""
        self._check_closed()
        if not self._reading:
            raise _UnsupportedOperation("File or stream is not readable.")
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv(n)
        except timeout:
            self._timeout_occurred = True
            raise
        except BlockingIOError:
            return None

    def read(self, n=-1):
        if n is None or n < 0:
            chunks = []
            while True:
                data = self.recv(_DEFAULT_BUFFER_SIZE)
                if not data:
                    break
                chunks.append(data)
            return b''.join(chunks)
        return self.recv(n)

    def readinto(self, b):
        data = self.recv(len(b))
        if data is None:
            return None
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_closed()
        if not self._writing:
            raise _UnsupportedOperation("File or stream is not writable.")
        try:
            return self._sock.send(b)
        except BlockingIOError:
            return None

    def readable(self):
        self._check_closed()
        return self._reading

    def writable(self):
        self._check_closed()
        return self._writing

    def seekable(self):
        self._check_closed()
        return False

    def fileno(self):
        self._check_closed()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def flush(self):
        self._check_closed()

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._sock._decref_socketios()
        self._sock = None

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()


def _UnsupportedOperation(msg):
    import io
    return io.UnsupportedOperation(msg)


class _BufferedSocketFile:
    """makefile()'s binary file: buffered reads (read, read1, readline, readinto, peek, iteration) and writes."""

    def __init__(self, raw, reading, writing, size):
        self.raw = raw
        self._reading = reading
        self._writing = writing
        self._size = size
        self._rbuf = b''
        self._wbuf = []
        self._wlen = 0

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def _check(self, reading):
        if self.raw.closed:
            raise ValueError("I/O operation on closed file." if reading else "write to closed file")
        if reading and not self._reading:
            raise _UnsupportedOperation("read")
        if not reading and not self._writing:
            raise _UnsupportedOperation("write")

    def _fill(self):
        data = self.raw.recv(max(self._size, 1))
        if data:
            self._rbuf += data
        return data

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            chunks = [self._rbuf]
            self._rbuf = b''
            while True:
                data = self.raw.recv(max(self._size, 1))
                if not data:
                    if data is None and len(chunks) == 1 and not chunks[0]:
                        return None
                    break
                chunks.append(data)
            return b''.join(chunks)
        while len(self._rbuf) < size:
            data = self._fill()
            if not data:
                break
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def read1(self, size=-1):
        self._check(True)
        if not self._rbuf:
            self._fill()
        if size is None or size < 0:
            size = len(self._rbuf)
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def peek(self, size=0):
        self._check(True)
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def readinto(self, b):
        data = self.read(len(b))
        if data is None:
            return None
        b[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        data = self.read1(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check(True)
        if size is None:
            size = -1
        while True:
            i = self._rbuf.find(b'\n')
            if i >= 0 and (size < 0 or i < size):
                i += 1
                break
            if 0 <= size <= len(self._rbuf):
                i = size
                break
            if not self._fill():
                i = len(self._rbuf) if size < 0 else min(size, len(self._rbuf))
                break
        out, self._rbuf = self._rbuf[:i], self._rbuf[i:]
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check(True)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check(False)
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        self._wbuf.append(data)
        self._wlen += len(data)
        if self._wlen >= self._size:
            self.flush()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.raw.closed:
            if self._wbuf:
                raise ValueError("flush on closed file")
            return
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf = []
            self._wlen = 0
            self.raw._sock.sendall(data)

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return False

    def isatty(self):
        return False

    def fileno(self):
        return self.raw.fileno()

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    def close(self):
        if self.raw.closed:
            return
        try:
            if self._writing:
                self.flush()
        finally:
            self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        kind = 'BufferedRWPair' if self._reading and self._writing else 'BufferedReader' if self._reading else 'BufferedWriter'
        return f"<_io.{kind} name={self.name!r}>"


class _TextSocketFile:
    """makefile()'s text file: decodes reads (universal newlines by default) and encodes writes."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        self.buffer = buffer
        self.encoding = encoding if encoding is not None else 'utf-8'
        self.errors = errors if errors is not None else 'strict'
        self._newline = newline
        self._pending = b''
        self._decoded = ''
        self.mode = 'r'

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def newlines(self):
        return None

    def _decode(self, data, final):
        data = self._pending + data
        self._pending = b''
        while True:
            try:
                text = data.decode(self.encoding, self.errors)
                break
            except UnicodeDecodeError as e:
                if final or e.end < len(data) or e.reason not in ('unexpected end of data',):
                    raise
                self._pending = data[e.start:] + self._pending
                data = data[:e.start]
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def read(self, size=-1):
        if size is None or size < 0:
            text = self._decoded + self._decode(self.buffer.read(), True)
            self._decoded = ''
            return text
        while len(self._decoded) < size:
            data = self.buffer.read1(max(size, 1))
            if not data:
                self._decoded += self._decode(b'', True)
                break
            self._decoded += self._decode(data, False)
        out, self._decoded = self._decoded[:size], self._decoded[size:]
        return out

    def readline(self, size=-1):
        if size is None:
            size = -1
        while True:
            i = self._decoded.find('\n')
            if i >= 0 and (size < 0 or i < size):
                i += 1
                break
            if 0 <= size <= len(self._decoded):
                i = size
                break
            data = self.buffer.readline()
            if not data:
                self._decoded += self._decode(b'', True)
                i = len(self._decoded) if size < 0 else min(size, len(self._decoded))
                break
            self._decoded += self._decode(data, False)
        out, self._decoded = self._decoded[:i], self._decoded[i:]
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def isatty(self):
        return False

    def fileno(self):
        return self.buffer.fileno()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"


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
