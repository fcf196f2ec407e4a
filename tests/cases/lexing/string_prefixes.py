# Tests string prefixes r, b, rb, br, f, rf, u in various case combinations.
print(r"a\nb", R"c\td")
print(b"bytes", B"more")
print(rb"\x00raw", Rb"\d", bR"\w", BR"\s")
n = 5
print(f"n={n}", F"n+1={n + 1}")
print(rf"\n{n}", fr"{n}\t", Rf"{n}\\")
print(u"unicode", U"prefix")
print(type(b""), type(r""), type(f""))
print(len(r"\n"), len("\n"), len(b"\n"), len(rb"\n"))
