# Tests object() instances: no attribute assignment, equality by identity, and object as a base class.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(o == o, o == object(), o != object(), isinstance(o, object), type(o).__name__)
print(object.__name__, object.__bases__, len(object.__mro__))
sentinel = object()
def get(d, key, default=sentinel):
    if key in d:
        return d[key]
    if default is sentinel:
        return "no default given"
    return default
print(get({}, "a"), get({}, "a", None), get({"a": 1}, "a"))
class C:
    pass
print(issubclass(C, object), C.__bases__ == (object,), str(object()).startswith("<object object"))
