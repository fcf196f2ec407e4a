# Tests SyntaxError 'invalid syntax. Perhaps you forgot a comma?' in a list display.
values = [1, 2 3, 4]
print(values)
