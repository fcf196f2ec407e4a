# Tests splitlines on all line boundary characters versus split('\n').
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(len(s.split("\n")), s.splitlines(keepends=True)[:4])
print("trailing\n\n".splitlines(), "trailing\n\n".split("\n"))
print("\n".join(["x", "y"]).splitlines(), "no newline".splitlines())
print(b"a\nb\r\nc\x0bd".splitlines())
