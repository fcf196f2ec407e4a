# Tests async for over objects without __aiter__ (ints, lists, sync iterators, async generator functions): TypeError messages.
class SyncIter:
    def __iter__(self):
        return iter([1])

class AiterReturnsNonIterator:
    def __aiter__(self):
        return 5

async def agen_function():
    yield 1

async def loop(obj):
    async for x in obj:
        print("not reached", x)

for obj in [3, [1, 2], SyncIter(), AiterReturnsNonIterator(), agen_function, None]:
    c = loop(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(obj).__name__, "->", e)
