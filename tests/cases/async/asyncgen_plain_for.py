# Tests using an async generator in sync iteration contexts: for, next(), list() raise TypeError.
async def agen():
    yield 1

g = agen()
try:
    for x in g:
        pass
except TypeError as e:
    print("for:", e)
try:
    next(g)
except TypeError as e:
    print("next:", e)
try:
    list(g)
except TypeError as e:
    print("list:", e)
try:
    iter(g)
except TypeError as e:
    print("iter:", e)
print(hasattr(g, "__iter__"), hasattr(g, "__aiter__"), hasattr(g, "__anext__"))
