# Tests rich comparison methods, reflected comparisons, sorting user objects and default __ne__.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        print("lt", self, other) if False else None
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    __hash__ = None
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), min(vs), max(vs))
a, b = Version("2.0"), Version("2.0")
print(a == b, a != b, a is b, a == "2.0", a != "2.0")
print(Version("1.0") < Version("1.1"), Version("3.0") > Version("2.0"), Version("1.0") >= Version("1.0"))
class Loud:
    def __eq__(self, other):
        print("Loud.__eq__")
        return True
print(1 == Loud(), Loud() == 1, Loud() != 2)
try:
    Version("1.0") < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
try:
    object() < object()
except TypeError as e:
    print(type(e).__name__, e)
