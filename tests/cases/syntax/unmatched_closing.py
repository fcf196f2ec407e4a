# Tests SyntaxError "unmatched ']'" for a stray closing bracket.
x = 10
y = x + 1]
