# Tests case-changing str methods: upper, lower, title, capitalize, swapcase, casefold.
samples = ["hello world", "HELLO World", "they're bill's friends", "ß and ẞ", "123abc DEF", "", "mIxEd-CaSe_words"]
for s in samples:
    print(repr(s), "->", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
