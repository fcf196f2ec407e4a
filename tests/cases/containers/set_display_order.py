# Tests set iteration order for displays of constants, built sets, comprehensions and set algebra.
print({10, 1, 100, 8, 9, 17})
print(set([10, 1, 100, 8, 9, 17]))
print({x for x in (10, 1, 100, 8, 9, 17)})
print({-1, -2, 5, 64, 33})
s = set()
for i in range(30):
    s.add(i * 7)
print(s)
print({1, 2, 3} | {100, 4}, {1, 2, 3, 64} & {64, 3, 128}, {65, 1, 129} - {1})
print(sorted({"pear", "apple", "fig"}), frozenset([3, 1, 2]))
