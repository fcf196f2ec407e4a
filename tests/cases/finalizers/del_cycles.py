# Objects in a reference cycle are finalized when the collector finds the cycle unreachable,
# oldest first, and every object of the cycle is still whole while the others' __del__ run (PEP 442).
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name, "-> peer", self.peer.name)


def make_pair():
    a = Node("a")
    b = Node("b")
    a.peer = b
    b.peer = a


make_pair()
print("pair made")
gc.collect()
print("after pair")


def make_ring(names):
    nodes = [Node(n) for n in names]
    for i, n in enumerate(nodes):
        n.peer = nodes[(i + 1) % len(nodes)]


make_ring(["x", "y", "z"])
gc.collect()
print("after ring")

# a self-reference
s = Node("self")
s.peer = s
del s
gc.collect()
print("after self")

# a cycle through a plain object without __del__ and a dict
class Plain:
    pass


def through_plain():
    n = Node("via-plain")
    p = Plain()
    p.d = {"node": n}
    n.peer = Node("peer-of-via")
    n.peer.peer = n
    n.back = p


through_plain()
gc.collect()
print("end")
