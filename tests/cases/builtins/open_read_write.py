# Tests open() for writing, appending, reading whole files, lines, iteration, and modes.
import os
path = "_tmp_open_read_write.txt"
with open(path, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("third")
print("wrote", n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    print("appended", f.write("\nfourth\n"))
with open(path) as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
with open(path, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
f = open(path, "r")
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "w") as f:
    print("lines", file=f)
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read().splitlines())
os.remove(path)
print(os.path.exists(path))
