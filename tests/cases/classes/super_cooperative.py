# Tests cooperative multiple inheritance where every __init__ and method calls super().
class Base:
    def __init__(self, **kw):
        print("Base init, leftover", kw)
    def hello(self):
        return ["Base"]
class A(Base):
    def __init__(self, a=None, **kw):
        print("A init", a)
        super().__init__(**kw)
    def hello(self):
        return ["A"] + super().hello()
class B(Base):
    def __init__(self, b=None, **kw):
        print("B init", b)
        super().__init__(**kw)
    def hello(self):
        return ["B"] + super().hello()
class C(A, B):
    def __init__(self, c=None, **kw):
        print("C init", c)
        super().__init__(**kw)
    def hello(self):
        return ["C"] + super().hello()
obj = C(a=1, b=2, c=3, extra=4)
print(obj.hello())
print(super(A, obj).hello(), super(C, obj).hello())
