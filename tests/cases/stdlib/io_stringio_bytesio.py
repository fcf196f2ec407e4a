# Tests io.StringIO and io.BytesIO: writing, reading, seeking, line iteration and redirect_stdout.
import io
from contextlib import redirect_stdout

buf = io.StringIO()
buf.write("first line\n")
print("second", "line", file=buf)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readline(), end="")
print([line.rstrip() for line in buf])
with io.StringIO("a\nb\nc") as s:
    print(s.readlines(), s.closed)
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError", e)
out = io.StringIO()
with redirect_stdout(out):
    print("captured", 42)
print(repr(out.getvalue()))
b = io.BytesIO(b"xyz")
b.seek(0, io.SEEK_END)
b.write(b"!!")
print(b.getvalue(), b.tell(), b.seek(1), b.read(2))
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
print(io.UnsupportedOperation.__mro__[1:3], io.open is open)
