# Tests io.IOBase, io.RawIOBase, io.BufferedIOBase and io.TextIOBase as base classes of Python
# streams: the default methods they supply, and isinstance() of the built-in file objects.
import io
import os
import tempfile


class Lines(io.IOBase):
    """Only read(1)-style access through peek-less read: IOBase builds readline on read()."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def read(self, n=-1):
        chunk = self.data[self.pos:self.pos + 1 if n == 1 else len(self.data)]
        self.pos += len(chunk)
        return chunk


s = Lines(b"one\ntwo\nthree")
print(s.readline(), s.readline(2), s.readline(-1), s.readline(), s.readline())
s = Lines(b"a\nb\nc\n")
print(list(s), s.closed)
s = Lines(b"a\nbb\nccc\n")
print(s.readlines(), Lines(b"a\nbb\nccc\n").readlines(2), Lines(b"x\ny").readlines(0))
print(s.readable(), io.IOBase.writable(s), s.seekable(), s.isatty())
print(s.flush(), s.closed)
with Lines(b"x\n") as w:
    print(next(w), w.closed)
print(w.closed)
w.close()
for op in [lambda: w.readline(), lambda: iter(w), lambda: w.flush(), lambda: w.__enter__(),
           lambda: w.isatty(), lambda: w.readable(), lambda: w.fileno(), lambda: w.seek(0), lambda: w.tell(),
           lambda: w.truncate()]:
    try:
        print(op())
    except (ValueError, io.UnsupportedOperation, OSError) as err:
        print(type(err).__name__, err)
x = io.IOBase()
for op in [x.fileno, lambda: x.seek(0), x.tell, x.truncate, lambda: x.read(1) if hasattr(x, "read") else "no read"]:
    try:
        print(op())
    except (io.UnsupportedOperation, OSError, AttributeError) as err:
        print(type(err).__name__, err)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))


class Peeky(io.IOBase):
    """With peek(), readline reads whole lines at a time."""

    def __init__(self, data):
        self.data = data
        self.calls = 0

    def peek(self, n=0):
        return self.data[:16]

    def read(self, n=-1):
        self.calls += 1
        out, self.data = self.data[:n], self.data[n:]
        return out


p = Peeky(b"first line\nsecond\n")
print(p.readline(), p.calls, p.readline(), p.readline())


class Sink(io.IOBase):
    def __init__(self):
        self.parts = []
        self.flushed = 0

    def writable(self):
        return True

    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

    def flush(self):
        self.flushed += 1
        super().flush()


k = Sink()
k.writelines([b"a", bytearray(b"b"), memoryview(b"c")])
print(k.parts, k.flushed)
k.close()
print(k.closed, k.flushed)
k.close()
print(k.flushed)
try:
    k.writelines([b"x"])
except ValueError as err:
    print("ValueError", err)


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


r = Raw(b"abcdefgh")
print(r.read(2), r.read(5), r.read(), r.read())
r = Raw(b"abcdefgh")
print(r.readall(), Raw(b"xyz\nuvw").readline(), list(Raw(b"l1\nl2\n")))
try:
    io.RawIOBase().read(1)
except NotImplementedError as err:
    print("NotImplementedError", err)
print(io.RawIOBase().write.__name__)


class Buffered(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.data)
        out, self.data = self.data[:n], self.data[n:]
        return out


bb = Buffered(b"0123456789")
target = bytearray(4)
print(bb.readinto(target), bytes(target), bb.readinto(memoryview(target)[:2]), bytes(target), bb.read())
for op in [lambda: bb.read1(3), lambda: bb.readinto1(target)]:
    try:
        op()
    except io.UnsupportedOperation as err:
        print("UnsupportedOperation", err)
for name in ["detach", "write"]:
    try:
        getattr(io.BufferedIOBase(), name)(b"x") if name == "write" else io.BufferedIOBase().detach()
    except io.UnsupportedOperation as err:
        print("UnsupportedOperation", err)
try:
    io.BufferedIOBase().read()
except io.UnsupportedOperation as err:
    print("UnsupportedOperation", err)


class Text(io.TextIOBase):
    def __init__(self, text):
        self.text = text

    def readable(self):
        return True

    def read(self, n=-1):
        out, self.text = self.text[:1], self.text[1:]
        return out


t = Text("ab\ncd")
print(t.encoding, t.errors, t.newlines, t.read(), t.read())
for op in [lambda: io.TextIOBase().read(), lambda: io.TextIOBase().write("x"), lambda: io.TextIOBase().readline(),
           lambda: io.TextIOBase().detach()]:
    try:
        op()
    except io.UnsupportedOperation as err:
        print("UnsupportedOperation", err)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.txt")
    with open(path, "w") as f:
        print(isinstance(f, io.IOBase), isinstance(f, io.TextIOBase), isinstance(f, io.TextIOWrapper),
              isinstance(f, io.BufferedIOBase), isinstance(f.buffer, io.BufferedIOBase),
              isinstance(f.buffer, io.BufferedWriter))
    with open(path, "rb") as f:
        print(isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase), isinstance(f, io.RawIOBase),
              isinstance(f, io.BufferedReader), isinstance(f.raw, io.RawIOBase), isinstance(f.raw, io.FileIO))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.BufferedIOBase))
print(issubclass(io.RawIOBase, io.IOBase), issubclass(io.TextIOBase, io.IOBase), issubclass(io.FileIO, io.RawIOBase),
      issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.TextIOWrapper, io.TextIOBase))
print(io.IOBase.__name__, io.RawIOBase.__name__, io.BufferedIOBase.__name__, io.TextIOBase.__name__)
