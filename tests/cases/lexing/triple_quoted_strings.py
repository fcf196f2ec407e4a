# Tests triple-quoted strings, embedded quotes, newlines and line continuation.
text = """first line
  second "quoted" line
third 'single' line"""
print(text)
print(len(text.splitlines()))
other = '''It's "fine" here'''
print(other)
joined = """a\
b\
c"""
print(joined)
empty = """"""
print(repr(empty))
edge = """ends with quote\""""
print(edge)
def doc():
    """Docstring
    spanning lines."""
print(doc.__doc__)
print(repr('''
leading newline'''))
