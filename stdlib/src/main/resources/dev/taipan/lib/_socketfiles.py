"""The file objects socket.makefile() returns: SocketIO (raw), a buffered binary file and a text file.

CPython builds them from io.BufferedReader/BufferedWriter/BufferedRWPair/TextIOWrapper over
SocketIO; Taipan's io types wrap only real files, so these do the same work for sockets.
"""

from _socket import timeout

_DEFAULT_BUFFER_SIZE = 8192


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
