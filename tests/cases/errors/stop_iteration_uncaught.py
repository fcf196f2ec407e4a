# Tests an uncaught StopIteration from calling next() on an exhausted iterator at module level.
it = iter([10])
print(next(it))
print(next(it))
