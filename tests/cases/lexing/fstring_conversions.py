# Tests !r, !s and !a conversions in f-strings, combined with format specs.
s = "café\n"
print(f"{s!r}")
print(f"{s!a}")
print(f"{s!s}", end="|\n")
print(f"{'x'!r:>6}|")
class P:
    def __str__(self):
        return "str-P"
    def __repr__(self):
        return "repr-P"
p = P()
print(f"{p} {p!s} {p!r} {p!a}")
print(f"{[p, 'q']}")
print(f"{b'bytes'!s} {1.5!r}")
