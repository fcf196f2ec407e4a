# Tests common itertools recipes: sliding windows, flattening, unique_everseen, roundrobin and grouper.
import itertools
from collections import deque
def sliding(iterable, n):
    it = iter(iterable)
    window = deque(itertools.islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)
def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
def roundrobin(*iterables):
    iterators = deque(iter(it) for it in iterables)
    while iterators:
        it = iterators.popleft()
        try:
            yield next(it)
            iterators.append(it)
        except StopIteration:
            pass
def grouper(iterable, n, fill=None):
    return itertools.zip_longest(*[iter(iterable)] * n, fillvalue=fill)
print(list(sliding(range(6), 3)))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", key=str.lower)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(itertools.chain.from_iterable([[1, 2], [3], []])), sum(1 for _ in itertools.combinations(range(20), 3)))
