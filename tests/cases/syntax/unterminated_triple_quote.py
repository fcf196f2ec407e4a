# Tests SyntaxError for an unterminated triple-quoted string running to the end of the file.
doc = """This docstring
never ends
x = 1
print(x)
