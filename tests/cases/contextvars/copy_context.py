# copy_context() and Context.copy() take snapshots; later sets on either side stay apart.
from contextvars import ContextVar, copy_context

v = ContextVar('v')
w = ContextVar('w', default=0)
v.set(1)
snap = copy_context()
v.set(2)
print(snap[v], v.get())
again = snap.copy()
print(again is snap, again == snap, again[v])
snap.run(v.set, 3)
snap.run(w.set, 30)
print(snap[v], again[v], v.get(), w.get(), snap[w], w in again)


def in_copy():
    inner = copy_context()
    v.set('changed in copy')
    return inner[v], v.get()


print(snap.run(in_copy), snap[v])
print(len(snap), len(again), len(copy_context()))
# Copies of copies all share nothing mutable.
chain = [copy_context()]
for i in range(5):
    nxt = chain[-1].copy()
    nxt.run(v.set, i)
    chain.append(nxt)
print([c[v] for c in chain])
