# isgenerator/isgeneratorfunction, coroutine and async generator predicates, markcoroutinefunction, isawaitable.
import functools
import inspect


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


def plain():
    pass


class Awaitable:
    def __await__(self):
        yield


class Methods:
    async def amethod(self):
        pass

    def gmethod(self):
        yield


checks = [inspect.isgeneratorfunction, inspect.iscoroutinefunction, inspect.isasyncgenfunction]
for f in [gen, coro, agen, plain, Methods.amethod, Methods().amethod, Methods().gmethod,
          functools.partial(coro), lambda: None, len]:
    print(getattr(f, "__name__", "partial"), [c(f) for c in checks])

g = gen()
c = coro()
a = agen()
for obj in [g, c, a, Awaitable(), 5]:
    print(type(obj).__name__, inspect.isgenerator(obj), inspect.iscoroutine(obj), inspect.isasyncgen(obj),
          inspect.isawaitable(obj))
c.close()


def returns_coro():
    return coro()


print(inspect.iscoroutinefunction(returns_coro))
marked = inspect.markcoroutinefunction(returns_coro)
print(marked is returns_coro, inspect.iscoroutinefunction(returns_coro))


class Holder:
    def run(self):
        return coro()


inspect.markcoroutinefunction(Holder().run)
print(inspect.iscoroutinefunction(Holder.run), inspect.iscoroutinefunction(Holder().run))
