# Tests the awaitable objects returned by __anext__/asend/athrow/aclose: type names and reuse errors.
async def gen():
    yield 1
    yield 2

g = gen()
a = g.__anext__()
print(type(a).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("first value", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
s = g.asend(None)
print(type(s).__name__)
try:
    s.send(None)
except StopIteration as e:
    print("second value", e.value)
t = g.athrow(ValueError("x"))
print(type(t).__name__)
try:
    t.send(None)
except ValueError as e:
    print("athrow raised", e)
try:
    t.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c = g.aclose()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration:
    print("aclose of finished")
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
