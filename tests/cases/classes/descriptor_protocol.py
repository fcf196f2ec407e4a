# Tests custom descriptors with __get__/__set__/__set_name__, data vs non-data precedence.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Host:
    attr = NonData()
h = Host()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
p.__dict__["age"] = "shadow?"
print(p.age)
