# Tests sys.set_asyncgen_hooks/get_asyncgen_hooks: firstiter is called once on the first iteration of each async generator.
import sys

async def agen(tag):
    yield tag
    yield tag + "!"

def firstiter(gen):
    print("firstiter called for", gen.__name__)

def finalizer(gen):
    print("finalizer called for", gen.__name__)

old = sys.get_asyncgen_hooks()
print(type(old).__name__, old.firstiter, old.finalizer)
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer, hooks[0] is firstiter)

async def main():
    g = agen("a")
    print("created, no hook yet")
    print(await anext(g))
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")
    h = agen("b")
    print(await h.asend(None))
    await h.aclose()

try:
    main().send(None)
except StopIteration:
    print("done")
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
print(sys.get_asyncgen_hooks().firstiter)
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print(type(e).__name__, e)
