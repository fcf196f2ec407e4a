# Tests default argument values: evaluated once at definition, mutable default pitfall, None idiom.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"))
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad(3))
def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_good(1), append_good(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot())
def f(a, b=2, *, c=3):
    return a, b, c
print(f(1), f.__defaults__, f.__kwdefaults__)
