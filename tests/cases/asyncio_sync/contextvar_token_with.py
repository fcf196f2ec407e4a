# expected: hand-written
# Tests contextvars.Token as a context manager (new in 3.14): `with var.set(x):` resets on exit.
# Source: Doc/library/contextvars.rst for 3.14 ("the token object can be used as a context
# manager to avoid calling ContextVar.reset manually"; versionadded 3.14, gh-129889) and
# Python/context.c token_enter (returns the token) / token_exit (calls ContextVar.reset(token)).
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default value")
with var.set("new value") as token:
    print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING)
print(var.get())

outer = var.set("outer")
with var.set("inner"):
    with var.set("innermost"):
        print(var.get())
    print(var.get())
print(var.get())
var.reset(outer)
print(var.get())

try:
    with var.set("doomed"):
        raise ValueError("body failed")
except ValueError as e:
    print("ValueError:", e, "| restored:", var.get())

# Resetting the token by hand inside the block makes the exit reset fail.
try:
    with var.set("twice") as tok:
        var.reset(tok)
except RuntimeError:
    print("RuntimeError on exit, value:", var.get())

unset = contextvars.ContextVar("unset")
with unset.set(1):
    print(unset.get())
print(unset.get("gone"))


async def worker(name):
    with var.set(name):
        await asyncio.sleep(0)
        return var.get()


async def main():
    print(await asyncio.gather(worker("a"), worker("b")), var.get())


asyncio.run(main())
