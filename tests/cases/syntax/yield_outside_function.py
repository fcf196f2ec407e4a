# Tests SyntaxError "'yield' outside function" at module level.
values = [1, 2]
yield values
