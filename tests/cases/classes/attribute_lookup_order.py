# Tests attribute lookup order: data descriptors, instance dict, class attrs, then __getattr__.
class DataDesc:
    def __get__(self, obj, t=None):
        return "data descriptor"
    def __set__(self, obj, v):
        print("DataDesc.__set__", v)
class NonDataDesc:
    def __get__(self, obj, t=None):
        return "non-data descriptor"
class Base:
    inherited = "from base class"
class Thing(Base):
    d = DataDesc()
    n = NonDataDesc()
    plain = "class attr"
    def __getattr__(self, name):
        return f"__getattr__({name})"
t = Thing()
t.__dict__.update(d="inst d", n="inst n", plain="inst plain")
print(t.d, "|", t.n, "|", t.plain, "|", t.inherited, "|", t.missing)
t.d = "assign"
print(t.__dict__["d"])
del t.__dict__["plain"]
print(t.plain)
def method(self):
    return "method"
Thing.m = method
print(t.m(), type(t.m).__name__, type(Thing.m).__name__)
t.m = lambda: "instance function"
print(t.m())
