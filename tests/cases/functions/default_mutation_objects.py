# Tests defaults referring to earlier names, default objects shared across calls, and __defaults__ replacement.
def make(items=[], log={}):
    items.append(len(items))
    log[len(items)] = True
    return items, log
print(make())
print(make())
print(make([9]))
print(make())
def rebinding(x=[1]):
    x = x + [2]
    return x
print(rebinding(), rebinding())
def g(a=1, b=2):
    return a, b
g.__defaults__ = (10, 20)
print(g())
