# Tests TypeError for class hierarchies with no consistent MRO and duplicate bases.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(X, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class F(A, X): pass
print([c.__name__ for c in F.__mro__])
