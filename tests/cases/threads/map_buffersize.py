# expected: hand-written
# Executor.map(buffersize=...), new in CPython 3.14 (docs of concurrent.futures.Executor.map;
# Lib/concurrent/futures/_base.py): at most buffersize calls are submitted ahead of the results
# taken, so an endless input works; bad values raise TypeError/ValueError when map() is called.
import itertools
from concurrent.futures import ThreadPoolExecutor

submitted = []


def times_ten(x):
    return x * 10


class Counting(ThreadPoolExecutor):
    def submit(self, fn, /, *args, **kwargs):
        submitted.append(args[0])
        return super().submit(fn, *args, **kwargs)


with Counting(max_workers=2) as ex:
    results = ex.map(times_ten, itertools.count(), buffersize=3)
    print(len(submitted))
    print(next(results), len(submitted))
    print(next(results), len(submitted))
    results.close()
    print(list(ex.map(times_ten, range(4), buffersize=10)))
    print(list(ex.map(times_ten, [], buffersize=1)))
    for bad in ("2", 2.0, 0, -1):
        try:
            ex.map(times_ten, range(3), buffersize=bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
