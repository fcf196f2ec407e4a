# Tests that class-body names are not visible inside methods or nested comprehensions' inner scopes.
x = "module x"
class Config:
    x = "class x"
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    def get_x(self):
        return x
    def get_class_x(self):
        return self.x, Config.x
print(Config().get_x(), Config().get_class_x(), Config.doubled)
class Tricky:
    factor = 10
    try:
        scaled = [factor * i for i in range(3)]
    except NameError as e:
        scaled = str(e)
print(Tricky.scaled)
def f():
    y = "function y"
    class Inner:
        y = "class y"
        z = y
        def m(self):
            return y
    return Inner.z, Inner().m()
print(f())
