# Tests def and class statements executed at runtime inside functions and loops.
def make_class(label):
    class Inner:
        tag = label
        def show(self):
            return f"Inner({self.tag})"
    return Inner
A = make_class("a")
B = make_class("b")
print(A().show(), B().show(), A is B, A.__name__, A.__qualname__)
handlers = {}
for op in ["add", "mul"]:
    if op == "add":
        def handler(x, y):
            return x + y
    else:
        def handler(x, y):
            return x * y
    handlers[op] = handler
print(handlers["add"](3, 4), handlers["mul"](3, 4))
def outer():
    def inner():
        return "inner called"
    return inner.__qualname__, inner()
print(outer())
