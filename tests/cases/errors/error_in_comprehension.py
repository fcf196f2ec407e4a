# Tests tracebacks from a list comprehension (inlined, no extra frame) and a generator expression (own frame).
values = ["1", "2", "x"]
try:
    nums = [int(v) for v in values]
except ValueError as e:
    print("list comprehension:", e)
total = sum(int(v) for v in values)
