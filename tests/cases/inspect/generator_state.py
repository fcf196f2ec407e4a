# getgeneratorstate and getgeneratorlocals through a generator's life.
import inspect


def counter(limit):
    total = 0
    for i in range(limit):
        total += i
        print("inside:", inspect.getgeneratorstate(g))
        yield total


g = counter(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(next(g))
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(list(g))
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g2 = counter(5)
next(g2)
g2.close()
print(inspect.getgeneratorstate(g2))
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print(e)
