# Tests isinstance/issubclass with inheritance, tuples of types, builtins and bool/int relation.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(isinstance(3, (int, float)), isinstance(3.0, int), isinstance("s", str))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(int, object), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
print(isinstance(None, type(None)), isinstance([], (list, tuple)))
try:
    isinstance(b, "A")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
print(type(b) is B, type(b) == A, type(type(b)).__name__)
