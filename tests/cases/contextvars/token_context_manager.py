# expected: hand-written
# 3.14: a Token is a context manager; leaving the with block resets its variable (Token.__enter__
# returns the token, Token.__exit__ calls var.reset(token)). Source: Doc/library/contextvars.rst
# ("the token object can be used as a context manager", versionadded 3.14) and Python/context.c
# (token_enter / token_exit) in CPython 3.14.
import re
from contextvars import ContextVar, Context

var = ContextVar('var', default='default value')
with var.set('new value') as token:
    print(var.get(), token.var is var, token.old_value)
print(var.get())


def nested():
    with var.set(1):
        with var.set(2):
            print(var.get())
        print(var.get())
    return var.get('no value')


print(Context().run(nested))
# The reset happens when the block raises, too, and the exception propagates.
try:
    with var.set('doomed'):
        raise KeyError('k')
except KeyError as e:
    print('KeyError', e, var.get())
# Exiting a token that was already reset inside the block raises RuntimeError.
try:
    with var.set('twice') as t:
        var.reset(t)
except RuntimeError as e:
    print('RuntimeError', re.sub(r'0x[0-9a-f]+', '0x?', str(e)))
print(var.get())
