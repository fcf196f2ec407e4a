# ContextVar basics: name, get() with and without defaults, set() and the value it leaves behind.
import contextvars
from contextvars import ContextVar

print(contextvars.__all__)
plain = ContextVar('plain')
with_default = ContextVar('with_default', default=10)
print(plain.name, with_default.name, type(plain.name).__name__)
print(with_default.get(), with_default.get(99), plain.get('fallback'), plain.get(None))
try:
    plain.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is plain, len(e.args))
plain.set('one')
print(plain.get(), plain.get('unused'))
plain.set(None)
print(plain.get(), plain.get('unused'))
with_default.set(0)
print(with_default.get(), with_default.get(5))
# Two variables with the same name are different variables.
twin = ContextVar('plain')
print(twin.get('unset'), plain.get())
# A default of None is a real default.
none_default = ContextVar('n', default=None)
print(none_default.get())
