# getmembers (with predicates), getmro, getdoc (inherited docstrings) and cleandoc.
import inspect


class Base:
    """Base class.

        Indented more.
    Back again.
    """

    kind = "base"

    def greet(self):
        """Say hello."""

    def shared(self):
        """Documented in Base."""


class Derived(Base):
    count = 3

    def shared(self):
        pass

    def own(self):
        pass


print([name for name, _ in inspect.getmembers(Derived, inspect.isfunction)])
print([(n, type(v).__name__) for n, v in inspect.getmembers(Derived) if not n.startswith("__")])
d = Derived()
d.extra = 1
print([n for n, _ in inspect.getmembers(d, inspect.ismethod) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(d) if not n.startswith("_")])
print(inspect.getmro(Derived))
print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Derived)))
print(repr(inspect.getdoc(Derived.shared)), repr(inspect.getdoc(d.shared)), repr(inspect.getdoc(Derived.own)))
print(repr(inspect.getdoc(d)), repr(inspect.getdoc(Derived)) == repr(inspect.getdoc(Base)))
print(repr(inspect.cleandoc("""
    First line.
      second, indented
    third
    """)))
print(repr(inspect.cleandoc("  one\n\ttab\n  two\n\n")))
