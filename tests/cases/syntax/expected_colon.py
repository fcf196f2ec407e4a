# Tests SyntaxError "expected ':'" for an if statement missing its colon.
x = 3
if x > 1
    print("big")
