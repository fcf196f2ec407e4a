# Tests async with with several items (plain and parenthesized): entered left to right, exited right to left; failure in a later __aenter__.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    async def __aenter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise OSError(f"cannot enter {self.name}")
        return self.name.upper()
    async def __aexit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)

async def main():
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with (
        CM("x") as x,
        CM("y"),
        CM("z") as z,
    ):
        print("body", x, z)
    try:
        async with CM("p"), CM("q", fail_enter=True), CM("r"):
            print("not reached")
    except OSError as e:
        print("caught", e)

try:
    main().send(None)
except StopIteration:
    print("done")
