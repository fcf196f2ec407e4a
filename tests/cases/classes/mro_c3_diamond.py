# Tests C3 method resolution order for diamond and more complex multiple inheritance graphs.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return " ".join(c.__name__ for c in cls.__mro__)
for cls in (K1, K2, K3, Z):
    print(cls.__name__, ":", names(cls))
class Base:
    def who(self): return "Base"
class Left(Base):
    def who(self): return "Left"
class Right(Base):
    def who(self): return "Right"
class Child(Left, Right): pass
class Child2(Right, Left): pass
print(Child().who(), Child2().who(), names(Child))
print([c.__name__ for c in Child.mro()])
