# What cannot be weakly referenced, and the argument errors of ref, proxy and friends.
import gc
import weakref


def attempt(label, fn):
    try:
        result = fn()
    except (TypeError, ReferenceError) as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", "ok", type(result).__name__)


class Plain:
    pass


class Slots:
    __slots__ = ("a",)


class SlotsSub(Slots):
    pass


class WithWeakSlot:
    __slots__ = ("a", "__weakref__")


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyBytes(bytes):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyListSlots(list):
    __slots__ = ()


class MyError(Exception):
    pass


for label, value in [("int", 1), ("bool", True), ("float", 1.5), ("str", "s"), ("bytes", b"b"),
                     ("bytearray", bytearray()), ("tuple", (1,)), ("list", []), ("dict", {}),
                     ("None", None), ("object", object()), ("range", range(3)), ("slice", slice(1)),
                     ("Exception", ValueError("x")), ("list iterator", iter([])), ("property", property()),
                     ("Ellipsis", ...), ("Slots", Slots()), ("SlotsSub", SlotsSub()),
                     ("WithWeakSlot", WithWeakSlot()), ("MyInt", MyInt(1)), ("MyTuple", MyTuple()),
                     ("MyBytes", MyBytes()), ("MyStr", MyStr("s")), ("MyList", MyList()),
                     ("MyListSlots", MyListSlots()), ("MyError", MyError()), ("Plain", Plain()),
                     ("a ref", weakref.ref(Plain)), ("a proxy", weakref.proxy(Plain))]:
    attempt(label, lambda: weakref.ref(value))

p = Plain()
attempt("ref()", lambda: weakref.ref())
attempt("ref(p, None, 1)", lambda: weakref.ref(p, None, 1))
attempt("ref(p, callback=None)", lambda: weakref.ref(p, callback=None))
attempt("proxy()", lambda: weakref.proxy())
attempt("proxy(p, None, 1)", lambda: weakref.proxy(p, None, 1))
attempt("proxy(p, callback=None)", lambda: weakref.proxy(p, callback=None))
attempt("proxy(1)", lambda: weakref.proxy(1))
attempt("getweakrefcount()", lambda: weakref.getweakrefcount())
attempt("getweakrefs(1, 2)", lambda: weakref.getweakrefs(1, 2))
r = weakref.ref(p)
attempt("r(1)", lambda: r(1))
attempt("r(x=1)", lambda: r(x=1))


class NoNew(weakref.ref):
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)


attempt("NoNew(p, None, 1)", lambda: NoNew(p, None, 1))
attempt("WeakMethod(len)", lambda: weakref.WeakMethod(len))
attempt("WeakMethod(1)", lambda: weakref.WeakMethod(1))

# the hash of a dead ref that was never hashed is lost; one taken before is kept
q = Plain()
never_hashed = weakref.ref(q)
hashed = weakref.ref(q, lambda ref: None)
h = hash(hashed)
del q
gc.collect()
attempt("hash(never hashed)", lambda: hash(never_hashed))
print("kept hash:", hash(hashed) == h)

# a proxy raises ReferenceError once its referent is gone, and is never hashable
s = Plain()
s.value = 1
px = weakref.proxy(s)
attempt("hash(proxy)", lambda: hash(px))
print(px.value)
del s
gc.collect()
attempt("proxy.value", lambda: px.value)
attempt("str(proxy)", lambda: str(px))
attempt("bool(proxy)", lambda: bool(px))
attempt("proxy == 1", lambda: px == 1)
attempt("proxy + 1", lambda: px + 1)
attempt("proxy()", lambda: px())
