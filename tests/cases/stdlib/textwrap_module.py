# Tests textwrap.wrap, fill, dedent, indent and shorten.
import textwrap
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs."
print(textwrap.wrap(text, width=20))
print(textwrap.fill(text, width=30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
block = """
    def hello():
        print("hi")
    """
print(repr(textwrap.dedent(block)))
print(textwrap.indent("line one\n\nline three", "> "))
print(textwrap.indent("a\nb", "+ ", predicate=lambda l: l.startswith("b")))
print(textwrap.shorten(text, width=40), "|", textwrap.shorten("short", width=10), "|", textwrap.shorten(text, 30, placeholder=" [...]"))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
