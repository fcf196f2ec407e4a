# Tests dict and set comprehensions, key collisions, inversion and grouping.
squares = {n: n * n for n in range(6)}
print(squares)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({x % 4 for x in range(20)}, {len(w) for w in ["a", "bb", "cc", "d"]})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: len(k) for k in "hello"}, sorted({c.upper() for c in "mississippi"}))
