# Tests that **kwargs and *args are fresh objects per call and mutating them does not leak.
def collect(*args, **kwargs):
    kwargs["seen"] = True
    return args, kwargs
base = {"a": 1}
args, kw = collect(**base)
print(base, kw, kw is base)
lst = [1, 2]
args, kw = collect(*lst)
print(args, args is lst, type(args).__name__)
def mutate(**kw):
    kw.pop("x", None)
    return kw
opts = {"x": 1, "y": 2}
print(mutate(**opts), opts)
def keys_order(**kw):
    return list(kw)
print(keys_order(c=1, **{"a": 2}, b=3))
