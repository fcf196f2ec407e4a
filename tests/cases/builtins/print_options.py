# Tests print(): multiple args, sep, end, file=sys.stderr, flush, and printing non-strings.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=" <end>\n")
print()
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print("no newline", end="")
print(" -- continued")
print("to stderr", 42, file=sys.stderr)
print("flushed", flush=True)
print(*"xyz", sep="-")
print("", end="")
print("sep None", "end None", sep=None, end=None)
print("error line 2", file=sys.stderr, end="!\n")
sys.stdout.write("direct write\n")
sys.stderr.write("direct stderr\n")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
