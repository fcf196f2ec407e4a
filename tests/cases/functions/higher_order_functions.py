# Tests passing and returning functions: map/filter/sorted with functions, dispatch tables, pipelines.
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v + 3, 10))
def pipeline(*funcs):
    def run(value):
        for fn in funcs:
            value = fn(value)
        return value
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "max": max}
print([ops[k](7, 3) for k in ["+", "-", "max"]])
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(list(map(len, words)), list(filter(lambda w: "a" in w, words)))
def make_validator(*checks):
    return lambda x: all(c(x) for c in checks)
valid = make_validator(lambda x: x > 0, lambda x: x % 2 == 0)
print([n for n in range(-2, 9) if valid(n)])
