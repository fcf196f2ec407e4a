# Tests the repr of Handle objects (callback name and args, cancelled state) for plain functions, lambdas-free builtins and methods.
import asyncio

def greet(name, punct="!"):
    pass

loop = asyncio.new_event_loop()
h = loop.call_soon(greet, "bob")
print(repr(h))
h2 = loop.call_soon(print, 1, "two")
print(repr(h2))
h.cancel()
print(repr(h))
h3 = loop.call_soon(greet)
print(repr(h3))
h2.cancel(); h3.cancel()
loop.close()
