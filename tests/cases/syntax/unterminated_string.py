# Tests SyntaxError for an unterminated single-quoted string literal.
name = "taipan
print(name)
