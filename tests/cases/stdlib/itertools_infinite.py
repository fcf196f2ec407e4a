# Tests infinite itertools (count, cycle, repeat) limited with islice, zip and takewhile.
import itertools
print(list(itertools.islice(itertools.count(), 5)), list(itertools.islice(itertools.count(10, -2.5), 4)))
print(list(itertools.islice(itertools.cycle("abc"), 7)), list(itertools.repeat("x", 3)))
print(list(zip(itertools.count(1), "hey")), list(map(pow, range(5), itertools.repeat(2))))
print(list(itertools.takewhile(lambda n: n < 20, (n * n for n in itertools.count()))))
print(list(itertools.islice(range(100), 10, 30, 5)), list(itertools.islice("abcdefg", 2, None)), list(itertools.islice("ab", 0)))
c = itertools.count(5)
print(next(c), next(c), repr(c))
try:
    itertools.islice("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)
