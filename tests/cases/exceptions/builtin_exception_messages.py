# Tests str() of common builtin exceptions raised by operations.
key = "1"
attempts = [
    lambda: [1, 2][10],
    lambda: (1,)[-5],
    lambda: "abc"[7],
    lambda: {"a": 1}["b"],
    lambda: int("12x"),
    lambda: float("nope"),
    lambda: None.attr,
    lambda: "x" + 1,
    lambda: 1 + "x",
    lambda: len(5),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1].remove(2),
    lambda: "abc".index("z"),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: undefined_thing,
    lambda: chr(-1),
    lambda: (1).real.imag.nope,
    lambda: "a" * "b",
    lambda: [1, 2, 3][key],
    lambda: 10 / 0,
]
for f in attempts:
    try:
        f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
