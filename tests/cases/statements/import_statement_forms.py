# Tests import forms: import, import as, from-import, from-import as, dotted imports.
import math
import math as m
from math import sqrt, floor as fl
import os.path
from os import path as osp
print(math.pi == m.pi, sqrt(16), fl(2.7))
print(os.path.basename("/a/b/c.txt"), osp.splitext("x.tar.gz"))
print(m is math, osp is os.path)
def local_import():
    import string
    return string.digits
print(local_import())
print("string" in dir())
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, e.args[0].split(" (")[0])
