# Token.var / Token.old_value and ContextVar.reset() restoring the previous value or its absence.
from contextvars import ContextVar, Token

v = ContextVar('v')
first = v.set(1)
print(first.var is v, first.old_value is Token.MISSING, first.old_value)
second = v.set(2)
print(second.old_value, v.get())
v.reset(second)
print(v.get())
v.reset(first)
print(v.get('gone'))
# Resetting out of order restores exactly what each token saw.
a = v.set('a')
b = v.set('b')
v.reset(a)
print(v.get('missing after a'))
v.reset(b)
print(v.get())
# The default is not a stored value: old_value is MISSING even when there is a default.
d = ContextVar('d', default=0)
t = d.set(1)
print(t.old_value is Token.MISSING, d.get())
d.reset(t)
print(d.get())
# A token's attributes are read-only.
for attr in ('var', 'old_value'):
    try:
        setattr(t, attr, None)
    except AttributeError as e:
        print(e)
