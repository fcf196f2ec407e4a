import textwrap
s = "The quick brown fox jumps over the lazy dog. Supercalifragilisticexpialidocious is long; well-known co-operation e-mail -- dashes."
for w in (10, 20, 35):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent='> ', subsequent_indent='  '))
print(textwrap.wrap(s, 12, break_long_words=False))
print(textwrap.wrap(s, 12, break_on_hyphens=False))
print(textwrap.shorten(s, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(textwrap.wrap(s, 25, max_lines=2))
print(repr(textwrap.dedent("""\
    def f():
        return 1
  \t
    x
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  x\n   y")))
print(repr(textwrap.indent("a\n\nb\n", "+ ")), repr(textwrap.indent("a\nb", "-", lambda l: True)))
print(textwrap.wrap("a\tb  c\nd", 5), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(textwrap.fill("Mr. Smith went. He saw it! Ok", 15, fix_sentence_endings=True))
print(textwrap.wrap("aaa-bbb-ccc-ddd-eee", 8), textwrap.wrap("a--b---c", 3))
try: textwrap.wrap("x", 0)
except ValueError as e: print(e)
print(textwrap.wrap("1234567890-abc", 6))
