# Tests floor division and modulo sign rules for ints and floats of mixed signs.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 10 ** 20), (-1, 10 ** 20)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}, check {(a // b) * b + a % b == a}")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5.0, 0.1), (-0.0, 1), (1e300, 1e-300)]
for a, b in fpairs:
    print(f"{a} // {b} = {a // b!r}, {a} % {b} = {a % b!r}")
print(-1 % 360, 370 % 360, -370 % 360, -7 // 2, int(-7 / 2), -(7 // 2))
print(5 % -0.5 if False else 0.5 % -2, -0.5 % 2, 3.0 % float("inf"), -3.0 % float("inf"))
