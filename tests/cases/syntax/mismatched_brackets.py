# Tests SyntaxError for a closing parenthesis that does not match the opening bracket.
data = [1, 2, 3)
print(data)
