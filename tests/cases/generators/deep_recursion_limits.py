# Tests deep recursion under a raised recursion limit, and RecursionError from deeply nested reprs.
import sys

sys.setrecursionlimit(20000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(15000))


def chain(n):
    if n:
        yield from chain(n - 1)
    yield n


print(sum(chain(500)))
sys.setrecursionlimit(1000)
try:
    depth(2000)
except RecursionError as e:
    print("RecursionError:", e)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("repr:", e)


def closer():
    try:
        yield 1
    except GeneratorExit:
        return "cleaned up"


g = closer()
next(g)
print(g.close())
