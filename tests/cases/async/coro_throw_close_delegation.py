# Tests that throw() and close() on an outer coroutine are delivered to the innermost awaited generator first.
import types

@types.coroutine
def inner():
    try:
        yield "inner waiting"
    except ValueError as e:
        print("inner handled", e)
        yield "inner waiting again"
    finally:
        print("inner finally")

async def middle():
    try:
        await inner()
    finally:
        print("middle finally")

async def outer():
    try:
        await middle()
    finally:
        print("outer finally")

c = outer()
print(c.send(None))
print(c.throw(ValueError("boom")))
print("closing")
c.close()
print("closed")

c = outer()
c.send(None)
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out", repr(e))
