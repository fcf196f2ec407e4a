# Tests 3.12+ inlined comprehensions: no <listcomp> frame in tracebacks or qualnames; generator expressions keep theirs.
def make():
    fns = [lambda: x for x in range(2)]
    gen = (lambda: y for y in range(1))
    return fns[0].__qualname__, next(gen).__qualname__, {k: (lambda: k) for k in "a"}["a"].__qualname__


print(*make())


def invert(values):
    return [1 / v for v in values]


print(invert([1, 2, 4]))
print(invert([1, 0]))
