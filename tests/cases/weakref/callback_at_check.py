# Without gc.collect(), a callback still runs on its own: CPython at once, Taipan at the first check
# of an interpreter thread after the collector has found the referent unreachable (here: while the
# loop allocates, which makes the collector run).
import weakref


class Obj:
    pass


ran = []
o = Obj()
r = weakref.ref(o, lambda ref: ran.append("callback"))
del o
rounds = 0
while not ran:
    garbage = [[0] * 100 for _ in range(100)]
    rounds += 1
print(ran, r())
