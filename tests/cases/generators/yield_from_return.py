# Tests yield from delegation, collecting the subgenerator's return value, and nesting.
def inner(n):
    for i in range(n):
        yield i
    return f"inner done with {n}"
def outer():
    result = yield from inner(3)
    print("inner returned:", result)
    result2 = yield from inner(1)
    return [result, result2]
g = outer()
print(list(g))
def wrapper():
    final = yield from outer()
    print("outer returned:", final)
    yield "last"
print(list(wrapper()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * 10 for x in range(2)))))
def gen_return():
    yield 1
    return "value"
g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
