# Tests that text written to a file object that is never closed is visible to os.stat and to a new open().
import os

name = "_tmp_open_unclosed_flush.txt"
open(name, "w").write("hello world\n")
print(os.stat(name).st_size, os.path.getsize(name))
open(name, "a").write("more\n")
print(open(name).read().splitlines())
os.remove(name)
print(os.path.exists(name))
