# Tests asyncio.IncompleteReadError: partial/expected attributes, the message for known and unknown sizes, and pickling-style reduce.
import asyncio

e = asyncio.IncompleteReadError(b"abc", 10)
print(type(e).__mro__[1].__name__)
print("partial:", e.partial, "expected:", e.expected)
print("str:", str(e))
print("args:", e.args)
u = asyncio.IncompleteReadError(b"", None)
print("unknown size:", str(u))
print("EOFError subclass:", isinstance(e, EOFError))
print("reduce:", e.__reduce__())
try:
    raise asyncio.IncompleteReadError(b"xy", 5)
except EOFError as err:
    print("caught as EOFError:", err)
