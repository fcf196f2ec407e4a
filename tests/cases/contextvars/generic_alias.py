# ContextVar[...] and Token[...] make generic aliases (PEP 585); Context is not generic.
import types
from contextvars import Context, ContextVar, Token

alias = ContextVar[int]
print(alias, type(alias) is types.GenericAlias, alias.__origin__ is ContextVar, alias.__args__)
print(Token[str], Token[str].__origin__ is Token)
print(ContextVar[int, str].__args__)
v = ContextVar[int]('typed', default=3)
print(type(v) is ContextVar, v.get())
try:
    Context[int]
except TypeError:
    print('Context is not subscriptable')
