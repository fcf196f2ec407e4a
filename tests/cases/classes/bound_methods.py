# Tests bound methods: __self__/__func__, equality, storing and calling later, unbound function use.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("ann")
m = g.greet
print(m("bob"), m.__self__ is g, m.__func__ is Greeter.greet)
print(g.greet == g.greet, g.greet is g.greet, Greeter("x").greet == g.greet)
print(Greeter.greet(g, "carl"))
actions = [Greeter(n).greet for n in ["a", "b"]]
print([a("z") for a in actions])
print(list(map(Greeter("mapper").greet, [1, 2])))
g.name = "changed"
print(m("dan"))
