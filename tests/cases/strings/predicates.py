# Tests str predicate methods on ASCII, Unicode digits, whitespace and edge cases.
samples = ["abc", "ABC", "Abc Def", "abc123", "123", "12.5", "", " \t\n", "²", "٣", "½", "_id", "2x", "Hello World", "hello World", "\x00", "é"]
methods = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print("sample".ljust(14), " ".join(m[2:6] for m in methods))
for s in samples:
    flags = " ".join(("T" if getattr(s, m)() else "-").ljust(4) for m in methods)
    print(repr(s).ljust(14), flags)
