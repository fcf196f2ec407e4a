# Tests comprehension scoping: loop variables don't leak, outer names are visible, walrus binds outside.
x = "outer"
result = [x for x in range(3)]
print(result, x)
n = 10
print([n + i for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
total = 0
values = [total := total + v for v in [1, 2, 3]]
print(values, total)
def f():
    data = [1, 2, 3]
    return [d * factor for d in data for factor in [10]]
print(f())
class C:
    base = 100
    items = [1, 2]
    doubled = [i * 2 for i in items]
    try:
        shifted = [base + i for i in items]
    except NameError as e:
        shifted = str(e)
print(C.doubled, C.shifted)
print([y for y in [y * 2 for y in range(3)]])
