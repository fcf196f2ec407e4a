# Tests functools.partial (args, keywords, attributes, nesting) and functools.reduce with initializers.
import functools
import operator
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
two_to = functools.partial(power, 2)
print(square(7), cube_mod(7), two_to(10), two_to(exp=5))
print(square.func is power, two_to.args, square.keywords, cube_mod.keywords)
nested = functools.partial(functools.partial(power, 3), mod=7)
print(nested(4), nested.args, nested.keywords, nested.func is power)
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6), 10))
print(functools.reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda a, b: b + a, "abc"), functools.reduce(operator.add, [], "init"))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
to_int = functools.partial(int, base=2)
print(to_int("1011"), list(map(functools.partial(operator.mul, 3), [1, 2, 3])))
