# Tests binary file mode, seek/tell, unicode text round-trip, and open() errors.
import os
path = "_tmp_open_binary_and_errors.bin"
with open(path, "wb") as f:
    f.write(bytes(range(10)))
    f.write("é".encode("utf-8"))
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:4], data[-2:])
    f.seek(3)
    print(f.read(2), f.tell())
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo wörld ☃\n")
with open(path, encoding="utf-8") as f:
    text = f.read()
print(text, end="")
print(len(text), os.path.getsize(path))
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open(path, "q")
except ValueError as e:
    print(type(e).__name__, e)
