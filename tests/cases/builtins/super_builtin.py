# Tests super() forms: zero-arg, two-arg, super of classmethods and calling overridden __repr__.
class Base:
    def __init__(self):
        self.log = ["Base"]
    def __repr__(self):
        return "Base-repr"
    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def __repr__(self):
        return "Mid(" + super().__repr__() + ")"
class Leaf(Mid):
    def __init__(self):
        super(Mid, self).__init__()
        self.log.append("Leaf")
    @classmethod
    def make(cls):
        return "Leaf:" + super().make()
leaf = Leaf()
print(leaf.log, repr(leaf), Leaf.make())
print(super(Leaf, leaf).__repr__(), super(Mid, leaf).__repr__())
try:
    super(Leaf, 5)
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
