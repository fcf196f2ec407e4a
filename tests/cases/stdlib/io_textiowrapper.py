# Tests io.TextIOWrapper over binary streams that are not files: io.BytesIO, a Python
# BufferedIOBase subclass (like an HTTP response) and io.BufferedReader over a RawIOBase subclass.
import io
import os
import tempfile

raw = io.BytesIO("caf\xe9\nline two\r\nthird".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.buffer is raw, t.readable(), t.writable(), t.seekable())
print(repr(t.readline()), repr(t.readline()), repr(t.read()), repr(t.read()))
print(t.newlines)
t.seek(0)
print([line for line in t])
print(t.closed, raw.closed)
t.close()
print(t.closed, raw.closed)

t = io.TextIOWrapper(io.BytesIO(b"a\rb\r\nc"), newline="")
print([t.readline() for _ in range(4)])
t = io.TextIOWrapper(io.BytesIO(b"x\ny"), encoding="ascii", newline="\n")
print(t.readlines())
t = io.TextIOWrapper(io.BytesIO(b"\xffok"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"\xffok"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as err:
    print("UnicodeDecodeError", err)

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="utf-8", newline="\r\n")
print(w.write("one\ntwo \u20ac\n"), out.getvalue())
w.flush()
print(out.getvalue())
w.writelines(["a", "b\n"])
detached = w.detach()
print(detached is out, out.getvalue())
for op in [lambda: w.write("x"), lambda: w.read(), lambda: w.buffer, lambda: w.closed, lambda: w.detach()]:
    try:
        print(op())
    except ValueError as err:
        print("ValueError", err)

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="latin-1", line_buffering=True)
w.write("no newline")
print(out.getvalue())
w.write(" \xe9\n")
print(out.getvalue())
w.reconfigure(line_buffering=False)
w.write("later")
print(out.getvalue(), w.line_buffering)
w.flush()
print(out.getvalue())
try:
    w.write("\u20ac")
except UnicodeEncodeError as err:
    print("UnicodeEncodeError", err)
w2 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
w2.write("now")
print(w2.buffer.getvalue(), w2.write_through)


class Response(io.BufferedIOBase):
    """A minimal HTTP-response-like stream: read() hands out chunks of a body."""

    def __init__(self, body):
        self.body = body
        self.reads = 0

    def readable(self):
        return True

    def read(self, n=-1):
        self.reads += 1
        if n is None or n < 0:
            n = len(self.body)
        out, self.body = self.body[:n], self.body[n:]
        return out

    def read1(self, n=-1):
        return self.read(min(n, 5) if n and n > 0 else 5)


resp = Response("h\xe9llo\nw\xf6rld\n".encode("utf-8"))
text = io.TextIOWrapper(resp, encoding="utf-8")
print(list(text), resp.reads > 1)
print(text.seekable(), text.writable())
try:
    text.tell()
except (io.UnsupportedOperation, OSError) as err:
    print(type(err).__name__, err)
text.close()
print(resp.closed)
try:
    io.TextIOWrapper(Response(b"x"), encoding="no-such-codec")
except LookupError as err:
    print("LookupError", err)
for bad in [lambda: io.TextIOWrapper(io.BytesIO(), encoding=5), lambda: io.TextIOWrapper(io.BytesIO(), newline="x"),
            lambda: io.TextIOWrapper(io.BytesIO(), errors=3)]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


rawsrc = Raw(b"line 1\nline 2\nrest")
buffered = io.BufferedReader(rawsrc)
print(buffered.raw is rawsrc, buffered.readable(), buffered.peek(1)[:4], buffered.read(2), buffered.readline())
print(buffered.read1(3), list(buffered), buffered.read())
buffered.close()
print(buffered.closed, rawsrc.closed)
wrapped = io.TextIOWrapper(io.BufferedReader(Raw(b"abc\ndef\n"), buffer_size=2), encoding="ascii")
print(wrapped.readlines())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.txt")
    with open(path, "wb") as f:
        f.write(b"from a file\nsecond\n")
    with open(path, "rb") as f:
        tf = io.TextIOWrapper(f, encoding="utf-8")
        print(tf.readline(), tf.buffer is f, tf.name == path, tf.tell())
        print(tf.read())
        tf.close()
        print(f.closed)
    with open(path, "rb", buffering=0) as f:
        br = io.BufferedReader(f)
        print(br.read(4), br.raw is f)
