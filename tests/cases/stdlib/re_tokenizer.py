# Tests a realistic regex-based tokenizer using named alternation groups and lastgroup.
import re
TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
""", re.VERBOSE)
def tokenize(src):
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        yield kind, m.group()
print(list(tokenize("x = 3.14 * (radius + 2)")))
try:
    list(tokenize("a = b $ c"))
except SyntaxError as e:
    print(type(e).__name__, e)
words = re.findall(r"[A-Za-z']+", "It's a dog's life, isn't it?")
print(words, len(words))
print(re.sub(r"(?P<first>\w+)@(?P<host>\w+)", r"\g<host> at \g<first>", "mail ann@home and bob@work"))
