# Tests contextvars.ContextVar get/set/reset with tokens: old_value, var, Token.MISSING.
import contextvars

var = contextvars.ContextVar("var")
print(var.name, var.get("fallback"), var.get(None))
t1 = var.set("one")
print(var.get(), t1.var is var, t1.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING))
t2 = var.set("two")
print(var.get(), t2.old_value)
var.reset(t2)
print("after reset t2:", var.get())
var.reset(t1)
print("after reset t1:", var.get("unset"))
# Resetting out of order restores whatever the token saw.
a = var.set("a")
b = var.set("b")
var.reset(a)
print("reset to before a:", var.get("unset"))
# b was never used, so resetting it now restores the value b saw: "a".
var.reset(b)
print("reset b afterwards:", var.get("unset"))
print(type(t1).__name__, type(var).__name__, type(t1).__module__)
