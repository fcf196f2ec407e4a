# Tests ContextVar defaults: the default= argument, get(default) and LookupError when unset.
import contextvars
import re


def mask(text):
    return re.sub(r" at 0x[0-9a-fA-F]+", " at 0x...", text)


plain = contextvars.ContextVar("plain")
with_default = contextvars.ContextVar("with_default", default=10)
print(with_default.get(), with_default.get(20), plain.get(30))
try:
    plain.get()
except LookupError as e:
    print(type(e).__name__, mask(str(e)), e.args[0] is plain)
print(mask(repr(plain)))
print(mask(repr(with_default)))
none_default = contextvars.ContextVar("none_default", default=None)
print(none_default.get(), mask(repr(none_default)))
token = with_default.set(11)
print(with_default.get(), token.old_value)
with_default.reset(token)
print(with_default.get())
try:
    contextvars.ContextVar(42)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(plain, contextvars.ContextVar), contextvars.ContextVar[int])
