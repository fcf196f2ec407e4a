# Tests coroutine __name__, __qualname__, cr_code.co_name and type names for functions, methods and nested coroutines.
import types

async def top_level():
    pass

class Service:
    async def fetch(self):
        pass
    class Inner:
        async def deep(self):
            pass

def factory():
    async def local():
        pass
    return local

for fn in [top_level, Service().fetch, Service.Inner().deep, factory()]:
    c = fn()
    print(c.__name__, "|", c.__qualname__, "|", c.cr_code.co_name, "|", type(c).__name__)
    c.close()

c = top_level()
c.__name__ = "renamed"
c.__qualname__ = "Some.renamed"
print(c.__name__, c.__qualname__, c.cr_code.co_name)
print(repr(c).split(" at ")[0])
try:
    c.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
c.close()
print(types.CoroutineType.__name__, types.CoroutineType is type(c))
print(top_level.__name__, top_level.__qualname__)
