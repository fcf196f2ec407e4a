# Tests type.__subclasses__() order (creation order) and __bases__/__mro__ of a small hierarchy.
class Base:
    pass


class Zeta(Base):
    pass


class Alpha(Base):
    pass


class Mid(Zeta, Alpha):
    pass


print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Zeta.__subclasses__()])
print([c.__name__ for c in Mid.__mro__], Mid.__bases__)
print(len(int.__subclasses__()) > 0, bool in int.__subclasses__())
