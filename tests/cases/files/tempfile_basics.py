# tempfile: temporary files and folders are created where gettempdir() says and cleaned up.
import os
import tempfile

d = tempfile.gettempdir()
print(os.path.isdir(d), os.path.isabs(d), tempfile.gettempprefix(), tempfile.gettempdir() == d)

fd, path = tempfile.mkstemp(suffix=".txt", prefix="case_")
print(isinstance(fd, int), os.path.basename(path).startswith("case_"), path.endswith(".txt"), os.path.dirname(path) == d)
print(os.write(fd, b"hello"), oct(os.stat(path).st_mode & 0o777))
os.close(fd)
with open(path) as f:
    print(f.read())
os.remove(path)
print(os.path.exists(path))

dpath = tempfile.mkdtemp(prefix="dir_")
print(os.path.isdir(dpath), os.path.basename(dpath).startswith("dir_"), oct(os.stat(dpath).st_mode & 0o777))
fd, inner = tempfile.mkstemp(dir=dpath)
os.close(fd)
print(os.path.dirname(inner) == dpath, os.listdir(dpath) == [os.path.basename(inner)])
os.remove(inner)
os.rmdir(dpath)

with tempfile.TemporaryDirectory(suffix="_td") as name:
    print(os.path.isdir(name), name.endswith("_td"))
    with open(os.path.join(name, "f.txt"), "w") as f:
        f.write("x")
    os.makedirs(os.path.join(name, "sub", "deeper"))
print(os.path.exists(name))
td = tempfile.TemporaryDirectory()
print(repr(td) == f"<TemporaryDirectory {td.name!r}>")
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
with tempfile.TemporaryDirectory(delete=False) as kept:
    pass
print(os.path.isdir(kept))
os.rmdir(kept)

with tempfile.NamedTemporaryFile("w+", suffix=".log") as f:
    print(f.name.endswith(".log"), os.path.exists(f.name), f.mode if hasattr(f, "mode") else None)
    f.write("named\n")
    f.flush()
    with open(f.name) as again:
        print(again.read(), end="")
    f.seek(0)
    print(f.read(), end="")
print(os.path.exists(f.name))

f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"kept")
f.close()
with open(f.name, "rb") as g:
    print(g.read())
os.unlink(f.name)

f = tempfile.NamedTemporaryFile(delete_on_close=False)
f.write(b"abc")
f.close()
print(os.path.exists(f.name))
f.__exit__(None, None, None)
print(os.path.exists(f.name))

with tempfile.TemporaryFile() as f:
    f.write(b"anonymous data")
    f.seek(0)
    print(f.read(), isinstance(f.name, int))
with tempfile.TemporaryFile("w+") as f:
    f.write("text mode")
    f.seek(0)
    print(f.read())
with tempfile.SpooledTemporaryFile() as f:
    f.write(b"spooled")
    f.seek(0)
    print(f.read())

try:
    tempfile.mkstemp(prefix=b"x", suffix="y")
except TypeError as e:
    print("TypeError:", e)
try:
    tempfile.mkdtemp(dir="/no/such/dir")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno)
