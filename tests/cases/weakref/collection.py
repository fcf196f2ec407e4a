# When callbacks run: CPython runs a referent's callbacks the moment it is freed; Taipan once the
# collector has found it unreachable (at a later check, in gc.collect(), or before exit). After
# gc.collect() returns, every callback of a referent that was unreachable has run.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


def watch(obj):
    return weakref.ref(obj, lambda r, name=obj.name: log.append(name))


# objects in reference cycles are collected, and their callbacks run
a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
watchers = [watch(a), watch(b)]
del a, b
gc.collect()
print(sorted(log), [w() for w in watchers])
log.clear()

# a referent kept alive by a cycle that is alive itself stays alive
c = Node("c")
c.links.append(c)
wc = watch(c)
holder = [c]
del c
gc.collect()
print(log, wc() is holder[0])
holder.clear()
gc.collect()
print(log, wc())
log.clear()

# a whole tree goes at once; each node's callback runs once
root = Node("root")
for i in range(3):
    child = Node("child%d" % i)
    root.links.append(child)
    child.links.append(Node("leaf%d" % i))
del child
tree_watchers = [watch(root)] + [watch(n) for n in root.links] + [watch(n.links[0]) for n in root.links]
del root
gc.collect()
print(sorted(log))
log.clear()

# __del__ runs before the weak references to the same object are cleared, as when CPython frees it
class WithDel:
    def __del__(self):
        log.append("__del__")


d = WithDel()
d.name = "d"
wd = watch(d)
del d
gc.collect()
print(log)
log.clear()

# a callback can drop the last reference to another watched object: it goes in the same gc.collect()
keep = {"e": Node("e")}
f = Node("f")
we = watch(keep["e"])
wf = weakref.ref(f, lambda r: keep.clear())
del f
gc.collect()
print(log, we(), keep)
log.clear()

# a weakref that is itself garbage along with its referent (both in one cycle) calls nothing
g = Node("g")
g.links.append(g)
g.links.append(weakref.ref(g, lambda r: log.append("g (never)")))
del g
gc.collect()
print(log)
print("end")
