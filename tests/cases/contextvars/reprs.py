# Reprs of ContextVar, Token and Token.MISSING (addresses masked), including a recursive default.
import re
from contextvars import ContextVar, Token


def show(obj):
    print(re.sub(r'0x[0-9a-fA-F]+', '0x?', repr(obj)))


show(ContextVar('a'))
show(ContextVar('a', default=123))
show(ContextVar('quote\'s', default='text'))
show(ContextVar('n', default=None))
items = []
looped = ContextVar('looped', default=items)
items.append(looped)
show(looped)
show(items)
v = ContextVar('v', default=[1, 2])
token = v.set(5)
show(token)
v.reset(token)
show(token)
show(Token.MISSING)
show(type(Token.MISSING))
print(type(Token.MISSING).__name__, type(Token.MISSING).__module__)
show(ContextVar)
show(Token)
