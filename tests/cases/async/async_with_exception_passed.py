# Tests the exception details passed to __aexit__: type, instance, traceback; exceptions raised in __aexit__ replace the original.
class Inspector:
    async def __aenter__(self):
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("type:", exc_type.__name__, "| value:", exc, "| tb type:", type(tb).__name__,
              "| tb is exc.__traceback__:", tb is exc.__traceback__)
        return False

class Replacer:
    async def __aenter__(self):
        return self
    async def __aexit__(self, exc_type, exc, tb):
        raise RuntimeError("from aexit")

async def main():
    try:
        async with Inspector():
            {}["missing"]
    except KeyError as e:
        print("KeyError propagated:", e)
    try:
        async with Replacer():
            1 / 0
    except RuntimeError as e:
        print("replaced by", type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)

c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
