# Tests PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration("oops")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def leaky(it):
    while True:
        yield next(it)
try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__, e)
def fixed(it):
    for x in it:
        yield x
print(list(fixed(iter([1, 2]))))
def returns():
    yield 1
    return
print(list(returns()))
