# Tests tracebacks inside functions made only of guard returns (if ...: return ...) and a final return.
def f(x):
    if x < 0:
        return -1
    if x == 0:
        return 1 // x
    return x
print(f(-5), f(3))
f(0)
