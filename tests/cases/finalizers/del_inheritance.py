# __del__ is found along the MRO: inherited, overridden (calling super().__del__()), from a
# mixin, on a class with __slots__, and set on the class after it was made.
import gc


class Base:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Base.__del__", self.name)


class Child(Base):
    pass


class Override(Base):
    def __del__(self):
        print("Override.__del__", self.name)
        super().__del__()


class Closer:
    def __del__(self):
        print("Closer.__del__", type(self).__name__)


class Plain:
    pass


class WithMixin(Plain, Closer):
    pass


class Slotted:
    __slots__ = ("x",)

    def __del__(self):
        print("Slotted.__del__", self.x)


def make(factory, *args):
    obj = factory(*args)
    obj = None
    gc.collect()


make(Child, "child")
make(Override, "override")
make(WithMixin)
s = Slotted()
s.x = 42
s = None
gc.collect()


class Later:
    pass


def later_del(self):
    print("Later.__del__")


Later.__del__ = later_del
make(Later)
del Later.__del__
make(Later)
print("end")
