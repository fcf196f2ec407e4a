# Signature.bind / bind_partial, BoundArguments.args/kwargs/apply_defaults, and the binding errors.
import inspect


def func(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    pass


sig = inspect.signature(func)
ba = sig.bind(1, 20, 30, 40, 50, d=4, z=26)
print(ba)
print(ba.args, ba.kwargs)
print(ba.arguments)
ba = sig.bind(1, d=4)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
print(sig.bind_partial())
print(sig.bind_partial(1, e=6))
print(sig.bind(1, d=1) == sig.bind(1, d=1), sig.bind(1, d=1) == sig.bind(2, d=1))


def simple(x, y, *, z):
    pass


s = inspect.signature(simple)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {"z": 0}), ((1,), {"x": 1, "z": 0}),
                     ((1, 2), {"z": 0, "w": 1}), ((1, 2), {"z": 0})]:
    try:
        print(s.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)


def posonly(a, b, /):
    pass


try:
    inspect.signature(posonly).bind(1, b=2)
except TypeError as e:
    print("TypeError:", e)


def varkw(a, /, **kw):
    pass


print(inspect.signature(varkw).bind(1, a=2))
