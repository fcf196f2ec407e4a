# Tests deterministic parts of sys: argv, version_info comparison, modules, path type, stdout/stderr objects.
import sys
print(sys.argv, len(sys.argv))
print(sys.version_info >= (3, 13), sys.version_info[0], type(sys.version_info.minor).__name__)
print(type(sys.path).__name__, "sys" in sys.modules, sys.modules[__name__].__name__)
print(sys.maxsize > 2 ** 31, sys.getrecursionlimit())
n = sys.stdout.write("written via sys.stdout\n")
print("returned", n)
sys.stderr.write("to stderr\n")
print(sys.stdin is not None, hasattr(sys.stdout, "flush"), sys.stdout.flush())
print(isinstance(sys.float_info.max, float), sys.int_info.bits_per_digit in (15, 30) or "other")
print(sys.byteorder in ("little", "big"), sys.executable != "" or "empty", type(sys.platform).__name__)
