# Tests code point handling: combining characters, surrogate-free astral chars and length/index semantics.
s = "e\u0301"
print(len(s), [hex(ord(c)) for c in s], s == "é", s.upper())
smile = "a😀b"
print(len(smile), smile[1], smile[1] == "\U0001F600", smile.index("b"), smile[::-1])
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "ﬁ".upper(), len("ﬁ".upper()))
print("İ".lower(), len("İ".lower()), "ς".upper(), "Σ".lower())
print(sorted(["b", "A", "á", "a", "B"]))
print(max("😀abc"), min("😀abc"), ord(max("😀abc")))
