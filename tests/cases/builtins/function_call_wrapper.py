# Tests a function's __call__ (a method-wrapper) and calling types.GenericAlias directly.
import types


def add(a, b=2):
    return a + b


c = add.__call__
print(type(c).__name__, c.__name__, c.__self__ is add)
print(c(1), c(1, b=5))
try:
    c()
except TypeError as e:
    print("TypeError:", e)
alias = types.GenericAlias(list, (int,))
print(alias, alias == list[int], alias.__origin__, alias.__args__)
print(types.GenericAlias(dict, (str, int)))
