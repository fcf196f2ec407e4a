# Tests coroutine.throw(): caught inside and resumed, uncaught propagating out, thrown into an unstarted and a finished coroutine.
import types

@types.coroutine
def pause(tag):
    return (yield tag)

async def resilient():
    for i in range(3):
        try:
            await pause(f"step{i}")
        except KeyError as e:
            print("resilient caught", repr(e))
    return "resilient done"

c = resilient()
print(c.send(None))
print(c.throw(KeyError("k1")))
print(c.throw(KeyError("k2")))
try:
    c.throw(KeyError("k3"))
except StopIteration as e:
    print("stopped with", e.value)

async def fragile():
    try:
        await pause("waiting")
    finally:
        print("fragile finally")

c = fragile()
c.send(None)
try:
    c.throw(ValueError("bad"))
except ValueError as e:
    print("propagated", e)

c = fragile()
try:
    c.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted raises immediately:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("after throw:", e)

c = resilient()
try:
    c.throw(KeyError)
except KeyError as e:
    print("class thrown, caught as", type(e).__name__)
