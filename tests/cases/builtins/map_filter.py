# Tests map() with one and several iterables, filter() with a function and None, and laziness.
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda n: n % 3 == 0, range(10))))
calls = []
def tracked(x):
    calls.append(x)
    return x * 2
m = map(tracked, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
print(sum(map(int, "12345")), "-".join(map(str, range(4))))
f = filter(str.isdigit, "a1b2c3")
print(type(f).__name__, "".join(f), list(f))
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
