# Tests re flags, compiled patterns, lookarounds, non-greedy matching, verbose mode, backreferences and errors.
import re
print(re.findall(r"^\w+", "one two\nthree four", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"hello", "Hello HELLO", re.I))
pat = re.compile(r"""
    (?P<key>[a-z_]+)   # key
    \s*=\s*
    (?P<value>\d+)     # numeric value
""", re.VERBOSE)
print([m.groupdict() for m in pat.finditer("alpha = 1, beta=22, Gamma=3")], pat.flags & re.VERBOSE != 0)
print(re.findall(r"<.+?>", "<a><b>"), re.findall(r"<.+>", "<a><b>"), re.findall(r"\d+(?=px)", "10px 20em 30px"))
print(re.findall(r"(?<!\$)\b\d+", "$100 200 $300 400"), re.findall(r"(\w)\1", "aabbcd eef"), re.sub(r"(?i)cat", "dog", "Cat cAT"))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.search(r"(?:ab)+", "xababab").group())
print(pat.search("  x=5").start(), pat.match("  x=5"), re.compile(r"\d").sub("_", "a1b2"), pat.groupindex["value"])
for bad in [r"(unclosed", r"*bad", r"[a-"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e.pos)
print(re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"[^\W\d_]+", "ab1_cd é"), re.fullmatch(r"[\w.]+@\w+\.\w{2,}", "a.b@c.io") is not None)
