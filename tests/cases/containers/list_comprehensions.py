# Tests list comprehensions: filters, nested loops, nested comprehensions and conditional expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n != 4])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
words = ["apple", "Bob", "kayak", "Level", "xyz"]
print([w for w in words if w.lower() == w.lower()[::-1]])
print([len(w) for w in words], [w[0].upper() + w[1:] for w in words])
print([c for c in "a1b2c3" if c.isdigit()], [[] for _ in range(2)])
print([(x, y) for x in "ab" for y in (1, 2) if not (x == "b" and y == 1)])
