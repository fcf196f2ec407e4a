# Context, ContextVar, Token and Token.MISSING's type cannot be subclassed.
from contextvars import Context, ContextVar, Token

for base in (Context, ContextVar, Token, type(Token.MISSING)):
    try:
        class Sub(base):
            pass
        print('subclassed', base)
    except TypeError as e:
        print(e)
for t in (Context, ContextVar, Token):
    print(t.__name__, t.__qualname__, t.__module__, t)
