# Tests IndentationError: expected an indented block after a for statement.
items = [1, 2]
for item in items:
print(item)
