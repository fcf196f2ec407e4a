# Tests an uncaught TypeError for calling a method with too many positional arguments.
class Greeter:
    def greet(self, name):
        return f"hello {name}"
g = Greeter()
print(g.greet("ann"))
print(g.greet("ann", "bob"))
