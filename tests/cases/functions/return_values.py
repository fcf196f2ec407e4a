# Tests implicit None returns, multiple return values as tuples, and early returns.
def nothing():
    pass
def bare():
    return
def several():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), bare(), several(), type(several()).__name__)
a, b, c = several()
print(a, b, c)
print([early(n) for n in [0, 5, 10, 50]])
def returns_func():
    return returns_func
print(returns_func()()() is returns_func)
def conditional(x):
    if x > 0:
        return "positive"
print(conditional(1), conditional(-1))
