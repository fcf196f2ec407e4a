# Tests SyntaxError for an f-string replacement field with no expression.
name = "x"
print(f"value: {}")
