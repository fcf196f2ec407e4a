# Tests strings with non-ASCII characters: length, indexing, ord/chr, case mapping.
s = "Ωmega ü ß ǅ 🐍"
print(s, len(s))
print([ord(c) for c in s[:3]])
print(s.upper(), s.lower())
print("straße".upper(), "ǅ".lower(), "ǆ".title())
print(chr(0x1F40D), "\U0001F40D" == "🐍")
print(s[-1], s[::-1][0])
print("naïve".encode("utf-8"))
print(b"na\xc3\xafve".decode("utf-8"))
print(ascii(s))
