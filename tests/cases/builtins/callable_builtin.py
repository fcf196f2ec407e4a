# Tests callable() on functions, classes, instances with and without __call__, methods and builtins.
class Plain:
    def method(self):
        pass
class Fn:
    def __call__(self):
        return "called"
print(callable(len), callable(Plain), callable(Plain()), callable(Fn()), callable(Plain().method))
print(callable(lambda: 0), callable("str"), callable(None), callable(str.upper), callable(print))
items = [len, 3, Fn(), "x", Plain]
print([callable(i) for i in items])
print([type(i()).__name__ for i in items if callable(i) and i is not len])
