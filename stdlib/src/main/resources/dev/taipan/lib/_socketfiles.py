"""The file objects socket.makefile() returns: SocketIO (raw), a buffered binary file and a text file.

CPython builds them from io.BufferedReader/BufferedWriter/BufferedRWPair/TextIOWrapper over
SocketIO; Taipan's io types wrap only real files, so these do the same work for sockets, on io's
base classes (which give them readlines, writelines, iteration, isatty and the with statement).
"""

import io
from _socket import timeout

_DEFAULT_BUFFER_SIZE = 8192


def _read_into(data, b):
    """b[:len(data)] = data; the length, or None when data is None (nothing was ready)."""
    if data is None:
        return None
    b[:len(data)] = data
    return len(data)


def _line_length(buffered, more, newline, size):
    """How long the first line of buffered() is (at most size when size >= 0): more() adds data to
    it until it holds a whole line, and returns something false at the end of the stream."""
    if size is None:
        size = -1
    while True:
        buf = buffered()
        i = buf.find(newline)
        if i >= 0 and (size < 0 or i < size):
            return i + 1
        if 0 <= size <= len(buf):
            return size
        if not more():
            buf = buffered()
            return len(buf) if size < 0 else min(size, len(buf))


class SocketIO(io.RawIOBase):
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
            raise io.UnsupportedOperation("File or stream is not readable.")
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
        return _read_into(self.recv(len(b)), b)

    def write(self, b):
        self._check_closed()
        if not self._writing:
            raise io.UnsupportedOperation("File or stream is not writable.")
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

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._sock._decref_socketios()
        self._sock = None


class _Layer:
    """What the buffered and the text file pass down to the file under them (self._under)."""

    @property
    def closed(self):
        return self._under.closed

    @property
    def name(self):
        return self._under.name

    def readable(self):
        return self._under.readable()

    def writable(self):
        return self._under.writable()

    def fileno(self):
        return self._under.fileno()


class _BufferedSocketFile(_Layer, io.BufferedIOBase):
    """makefile()'s binary file: buffered reads (read, read1, readline, readinto, peek, iteration) and writes."""

    _under = property(lambda self: self.raw)

    def __init__(self, raw, reading, writing, size):
        self.raw = raw
        self._reading = reading
        self._writing = writing
        self._size = size
        self._rbuf = b''
        self._wbuf = []
        self._wlen = 0

    @property
    def mode(self):
        return self.raw.mode

    def _check(self, reading):
        if self.raw.closed:
            raise ValueError("I/O operation on closed file." if reading else "write to closed file")
        if reading and not self._reading:
            raise io.UnsupportedOperation("read")
        if not reading and not self._writing:
            raise io.UnsupportedOperation("write")

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
        return _read_into(self.read(len(b)), b)

    def readinto1(self, b):
        return _read_into(self.read1(len(b)), b)

    def readline(self, size=-1):
        self._check(True)
        i = _line_length(lambda: self._rbuf, self._fill, b'\n', size)
        out, self._rbuf = self._rbuf[:i], self._rbuf[i:]
        return out

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

    def __repr__(self):
        kind = 'BufferedRWPair' if self._reading and self._writing else 'BufferedReader' if self._reading else 'BufferedWriter'
        return f"<_io.{kind} name={self.name!r}>"


class _TextSocketFile(_Layer, io.TextIOBase):
    """makefile()'s text file: decodes reads (universal newlines by default) and encodes writes."""

    _under = property(lambda self: self.buffer)
    # instance attributes here (io.TextIOBase's are read-only properties)
    encoding = errors = None

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

    def _more(self, data):
        """Decodes data read from the buffer onto what is decoded (b'': the end, the last of it); data."""
        self._decoded += self._decode(data, not data)
        return data

    def read(self, size=-1):
        if size is None or size < 0:
            text = self._decoded + self._decode(self.buffer.read(), True)
            self._decoded = ''
            return text
        while len(self._decoded) < size:
            if not self._more(self.buffer.read1(max(size, 1))):
                break
        out, self._decoded = self._decoded[:size], self._decoded[size:]
        return out

    def readline(self, size=-1):
        i = _line_length(lambda: self._decoded, lambda: self._more(self.buffer.readline()), '\n', size)
        out, self._decoded = self._decoded[:i], self._decoded[i:]
        return out

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"
