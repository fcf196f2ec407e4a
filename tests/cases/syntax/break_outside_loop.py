# Tests SyntaxError "'break' outside loop" inside an if block at module level.
x = 2
if x > 1:
    break
