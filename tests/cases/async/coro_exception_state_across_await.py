# Tests that the handled-exception state (sys.exception()) is per coroutine and preserved across a suspension inside except.
import sys
import types

@types.coroutine
def pause(tag):
    yield tag

async def handler(name):
    try:
        raise KeyError(name)
    except KeyError:
        await pause(name)
        print(name, "after resume sees", repr(sys.exception()))
        try:
            raise ValueError("nested")
        except ValueError as e:
            print(name, "nested context:", repr(e.__context__))
    print(name, "after except sees", sys.exception())

a = handler("a")
b = handler("b")
a.send(None)
print("driver while a suspended:", sys.exception())
b.send(None)
for c in (b, a):
    try:
        c.send(None)
    except StopIteration:
        pass
try:
    raise OSError("driver")
except OSError:
    c = handler("c")
    c.send(None)
    print("driver still sees", repr(sys.exception()))
    try:
        c.send(None)
    except StopIteration:
        pass
    print("driver after c finished sees", repr(sys.exception()))
