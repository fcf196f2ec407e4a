# Tests generator introspection: __name__, __qualname__, gi_running, inspect-free state checks, reuse.
def gen():
    yield 1
    yield 2
g = gen()
print(g.__name__, g.__qualname__, g.gi_running)
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
print(list(g), list(g))
class Tree:
    def __init__(self, value, children=()):
        self.value, self.children = value, children
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
w = t.walk()
print(w.__qualname__, list(w))
def running_check():
    yield gr.gi_running
gr = running_check()
print(next(gr))
