# Tests SyntaxError "'continue' not properly in loop" inside a function without a loop.
def f(x):
    if x:
        continue
    return x
