# Tests repr() escaping of control characters, quotes, backslashes, and printable/non-printable Unicode.
samples = ["plain", "tab\t", "nl\n", "cr\r", "nul\x00", "esc\x1b", "del\x7f", "back\\slash", "'", '"', "'\"",
           "é", "日本", "\u200b", "\u00a0", "\u2028", "\ud800", "\U0001F600", "\x80", "\xff", "\ufeff", "a\u0301"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr(b"\t\n\r\x00\x7f\x80\xff'\"\\"))
print(repr(["'", '"', "\n"]), repr({"k\n": "v\t"}))
