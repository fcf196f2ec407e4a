# "coroutine ... was never awaited": the RuntimeWarning for a coroutine dropped without being awaited.
import sys
import warnings


async def fetch():
    return 1


print("warnings" in sys.modules)
fetch()
print("after the first")


def helper():
    fetch()


helper()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    fetch()
print([(w.category.__name__, str(w.message), w.lineno) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("ignore", RuntimeWarning)
    fetch()
print("end")
