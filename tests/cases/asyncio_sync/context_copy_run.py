# Tests contextvars.copy_context() and Context.run(): changes inside run() stay in that context.
import contextvars
import re

color = contextvars.ContextVar("color", default="red")
size = contextvars.ContextVar("size")
size.set(1)

ctx = contextvars.copy_context()


def paint(new):
    old = color.get()
    color.set(new)
    size.set(size.get() + 1)
    return f"{old}->{color.get()} size={size.get()}"


print(ctx.run(paint, "blue"))
print("outside:", color.get(), size.get())
print("ctx:", ctx[color], ctx[size])
print(ctx.run(paint, "green"))
print("ctx again:", ctx[color], ctx[size])
print(ctx.run(lambda *a, **k: (a, k), 1, 2, x=3))
empty = contextvars.Context()
print("fresh Context:", len(empty), empty.run(color.get), empty.run(size.get, "no size"))
# Entering a context that is already entered is an error.
try:
    ctx.run(ctx.run, print, "nested")
except RuntimeError as e:
    print(re.sub(r" at 0x[0-9a-fA-F]+", "", str(e)))
# Exceptions propagate out of run(), keeping the changes made before them.


def fail():
    color.set("black")
    raise KeyError("oops")


try:
    ctx.run(fail)
except KeyError as e:
    print("KeyError", e, ctx[color])
# copy_context() inside a run() copies that context.
print(ctx.run(lambda: contextvars.copy_context()[color]))
