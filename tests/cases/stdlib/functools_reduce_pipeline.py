# Tests composing functions with functools.reduce, operator helpers and partial into a data pipeline.
import functools
import operator
def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
normalize = compose(str.strip, str.lower, functools.partial(str.replace, old=" ", new="_") if False else (lambda s: s.replace(" ", "_")))
print(normalize("  Hello Big World "))
records = [{"n": 3}, {"n": 5}, {"n": 7}]
total = functools.reduce(operator.add, map(operator.itemgetter("n"), records))
product = functools.reduce(operator.mul, (r["n"] for r in records), 1)
print(total, product)
nested = {"a": {"b": {"c": 42}}}
print(functools.reduce(operator.getitem, ["a", "b", "c"], nested))
merged = functools.reduce(lambda acc, d: {**acc, **d}, [{"x": 1}, {"y": 2}, {"x": 3}], {})
print(merged)
flags = functools.reduce(operator.or_, [1, 4, 16])
print(flags, bin(flags))
