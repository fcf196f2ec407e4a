# Dataclasses with slots are weakly referenceable only with weakref_slot=True; a callback runs in
# the thread that drops the last reference (Taipan: the thread whose gc.collect() finds it).
import dataclasses
import gc
import threading
import weakref


@dataclasses.dataclass(slots=True)
class A:
    x: int


@dataclasses.dataclass(slots=True, weakref_slot=True)
class B:
    x: int


for cls in (A, B):
    o = cls(1)
    try:
        r = weakref.ref(o)
        print(cls.__name__, "ok", r() is o, o.__weakref__ is r)
    except TypeError as e:
        print(cls.__name__, e)
print(B.__slots__)
try:
    @dataclasses.dataclass(weakref_slot=True)
    class C:
        x: int
except TypeError as e:
    print(e)


class Obj:
    pass


obj = Obj()
seen = []
ref = weakref.ref(obj, lambda r: seen.append(threading.current_thread().name))


def worker():
    global obj
    del obj
    gc.collect()


t = threading.Thread(target=worker, name="worker")
t.start()
t.join()
print(seen)
