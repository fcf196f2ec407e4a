# Tests strip/lstrip/rstrip with chars, center/ljust/rjust with fill, zfill and expandtabs.
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "www.example.com".lstrip("cmowz."), "mississippi".rstrip("ip"))
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(2) + "]")
print("[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5) + "]", "[" + "long".ljust(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef".expandtabs(4), "x\ty".expandtabs(0), repr("\t".expandtabs(2)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
