# co_flags of code objects and the inspect.CO_* constants.
import inspect

names = ["CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS", "CO_NESTED", "CO_GENERATOR",
         "CO_NOFREE", "CO_COROUTINE", "CO_ITERABLE_COROUTINE", "CO_ASYNC_GENERATOR"]
print({n: getattr(inspect, n) for n in names})


def plain(a): pass
def star(*a): pass
def kw(**k): pass
def both(*a, **k): pass
def gen(): yield
async def coro(): pass
async def agen(): yield


def outer():
    x = 1

    def closure():
        return x

    def no_free():
        pass

    class Local:
        def method(self):
            pass
    return closure, no_free, Local.method


class K:
    def method(self):
        return __class__


closure, no_free, local_method = outer()
for f in [plain, star, kw, both, gen, coro, agen, outer, closure, no_free, local_method, K.method, lambda: 0]:
    flags = f.__code__.co_flags
    print(f"{f.__name__:12} {flags:#06x}", [n for n in names if flags & getattr(inspect, n)])
print(compile("x = 1", "<s>", "exec").co_flags)
