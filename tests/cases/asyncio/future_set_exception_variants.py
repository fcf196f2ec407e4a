# Tests Future.set_exception with a class (instantiated), StopIteration (stored as RuntimeError with the cause) and non-exceptions (TypeError).
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
f.set_exception(KeyError)
print("class becomes instance:", repr(f.exception()))
for stop in [StopIteration("stop"), StopIteration]:
    g = loop.create_future()
    g.set_exception(stop)
    exc = g.exception()
    print("stored:", type(exc).__name__, exc)
    print("  cause:", repr(exc.__cause__), "context is cause:", exc.__context__ is exc.__cause__)
h = loop.create_future()
for bad in [42, "text", int]:
    try:
        h.set_exception(bad)
    except TypeError as e:
        print("TypeError:", e)
print("still pending:", not h.done())
h.set_exception(SystemExit(2))
print("BaseException allowed:", repr(h.exception()))
loop.close()
