# Tests formatting of bools, None, lists and nested containers via format/str.format/f-strings.
vals = [True, False, None, [1, 2], (3,), {"a": 1}, 7, -7.25]
for v in vals:
    print(f"[{v!s:>10}] [{str(v):<10}] [{'{}'.format(v)}]")
print(f"{True:>6}|{True:d}|{False:05}|{True:.1f}")
try:
    format(None, ">5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], "d")
except TypeError as e:
    print(type(e).__name__, e)
