# Tests SyntaxError "'return' outside function" at module level inside a loop.
for i in range(3):
    if i == 1:
        return i
