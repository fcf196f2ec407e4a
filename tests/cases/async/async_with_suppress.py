# Tests async with where __aexit__ returns a true value: the exception is suppressed and execution continues after the block.
class Suppressor:
    def __init__(self, result):
        self.result = result
    async def __aenter__(self):
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("aexit sees", exc_type.__name__ if exc_type else None, "returning", repr(self.result))
        return self.result

async def main():
    for result in [True, 1, "yes", False, 0, None, []]:
        try:
            async with Suppressor(result):
                raise ValueError(f"raised with {result!r}")
            print("  suppressed, continuing")
        except ValueError as e:
            print("  propagated:", e)
    return "end"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
