# Tests generators combined with itertools chain, takewhile, dropwhile, accumulate and groupby.
import itertools
def readings():
    yield from [3, 5, 8, 2, 9, 1, 7]
print(list(itertools.takewhile(lambda x: x < 8, readings())))
print(list(itertools.dropwhile(lambda x: x < 8, readings())))
print(list(itertools.accumulate(readings())))
print(list(itertools.accumulate(readings(), max)))
words = (w for w in ["apple", "avocado", "banana", "blueberry", "cherry"])
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print(list(itertools.chain.from_iterable((range(i) for i in range(4)))))
print(list(itertools.compress(readings(), (x % 2 for x in range(7)))))
