"""The io module: the runtime's file types and I/O base classes, plus in-memory StringIO and BytesIO."""

from _io import (DEFAULT_BUFFER_SIZE, BufferedRandom, BufferedReader, BufferedWriter, FileIO,
                 TextIOWrapper, UnsupportedOperation, open, _IOBase, _RawIOBase, _BufferedIOBase,
                 _TextIOBase)

# CPython's are ABCs over the _io classes that the file types are registered with; Taipan has no
# ABC registration, so they are the _io classes themselves (which the file types derive from).
IOBase = _IOBase
RawIOBase = _RawIOBase
BufferedIOBase = _BufferedIOBase
TextIOBase = _TextIOBase

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def text_encoding(encoding, stacklevel=2):
    """The encoding a text file opened with encoding gets: encoding itself, or "utf-8" for None
    (Taipan's open() always defaults to UTF-8, as CPython's UTF-8 mode does)."""
    if encoding is None:
        return "utf-8"
    return encoding


class _Memory:
    """The shared behaviour of StringIO and BytesIO: a growable buffer with a position."""

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self._closed = False

    _closed_message = "I/O operation on closed file."

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        data = self._slice(self._pos, end)
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check()
        end = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._slice(self._pos, end)
        self._pos = max(self._pos, end)
        return data

    def _slice(self, start, end):
        return self._buf[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def write(self, data):
        self._check()
        if not isinstance(data, type(self._buf)):
            raise TypeError(self._type_error(data))
        n = len(data)
        if self._pos > len(self._buf):
            self._buf = self._buf + self._pad * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + data + self._buf[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_Memory, TextIOBase):
    """A text stream in memory."""

    _newline = "\n"
    _pad = "\0"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        super().__init__(initial_value)

    def getvalue(self):
        self._check()
        return self._buf

    def _type_error(self, data):
        return f"string argument expected, got '{type(data).__name__}'"

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_Memory, BufferedIOBase):
    """A binary stream in memory (a bytearray, so that getbuffer() views write through)."""

    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        if not isinstance(initial_bytes, (bytes, bytearray, memoryview)):
            raise TypeError(self._type_error(initial_bytes))
        super().__init__(bytearray(initial_bytes))

    def _slice(self, start, end):
        return bytes(self._buf[start:end])

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def _type_error(self, data):
        return f"a bytes-like object is required, not '{type(data).__name__}'"

    def write(self, data):
        self._check()
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(self._type_error(data))
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf += bytes(pos - len(self._buf))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        del self._buf[size:]
        return size

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"
