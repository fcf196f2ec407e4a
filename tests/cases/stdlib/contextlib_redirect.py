# Tests contextlib.redirect_stdout into a custom writer object and nested redirects.
import sys
from contextlib import redirect_stdout, redirect_stderr
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def text(self):
        return "".join(self.parts)
cap = Capture()
with redirect_stdout(cap):
    print("hidden line 1")
    print("hidden", 2, sep="-")
print("captured:", repr(cap.text()))
outer, inner = Capture(), Capture()
with redirect_stdout(outer):
    print("outer")
    with redirect_stdout(inner):
        print("inner")
    print("outer again")
print(repr(outer.text()), repr(inner.text()))
err = Capture()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr captured:", repr(err.text()), sys.stdout is sys.__stdout__)
