# Tests positional-only parameters (/) and their interaction with keywords and **kwargs.
def divide(a, b, /):
    return a / b
print(divide(10, 4))
try:
    divide(a=10, b=4)
except TypeError as e:
    print(type(e).__name__, e)
def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
def name_clash(name, /, **kwargs):
    return name, kwargs
print(name_clash("pos", name="kw"))
def with_default(a, b=5, /):
    return a + b
print(with_default(1), with_default(1, 2))
