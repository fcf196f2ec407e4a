# Tests ContextVar.reset() errors: token used twice, token of another var, token of another context.
import contextvars
import re


def mask(text):
    return re.sub(r" at 0x[0-9a-fA-F]+", " at 0x...", text)


a = contextvars.ContextVar("a", default=0)
b = contextvars.ContextVar("b")
token = a.set(1)
a.reset(token)
try:
    a.reset(token)
except RuntimeError as e:
    print("RuntimeError:", mask(str(e)))
other = b.set(5)
try:
    a.reset(other)
except ValueError as e:
    print("ValueError:", mask(str(e)))
try:
    a.reset("not a token")
except TypeError as e:
    print("TypeError:", e)

ctx = contextvars.copy_context()
inner = ctx.run(a.set, 99)
print("inside ctx:", ctx[a], "outside:", a.get())
try:
    a.reset(inner)
except ValueError as e:
    print("ValueError:", mask(str(e)))
ctx.run(a.reset, inner)
print("reset inside ctx:", ctx.get(a), a in ctx)
try:
    contextvars.Token()
except RuntimeError as e:
    print("RuntimeError:", e)
print(mask(repr(token)))
