# Tests simple generator functions: lazy execution, next(), StopIteration and exhaustion.
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("finished")
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value)
print(list(g), next(g, "exhausted"))
print(list(countdown(2)))
def empty():
    return
    yield
print(list(empty()))
