# Tests descriptors written in Python that delegate to function.__get__ (a common decorator pattern).
class logged:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __get__(self, obj, objtype=None):
        self.calls += 1
        return self.func.__get__(obj, objtype)


class Greeter:
    def __init__(self, name):
        self.name = name

    @logged
    def hello(self, punct="!"):
        return f"hello {self.name}{punct}"


g = Greeter("ada")
print(g.hello(), g.hello("?"), Greeter.__dict__["hello"].calls)
bound = (lambda self: self.name).__get__(g, Greeter)
print(bound(), Greeter.hello is Greeter.__dict__["hello"].func)
try:
    (lambda: 0).__get__(None, None)
except TypeError as e:
    print("TypeError", e)
