# Tests round() half-to-even for ints and floats, ndigits, and float representation effects.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5]])
print([round(x + 0.5) for x in range(-3, 4)])
print(round(2.675, 2), round(2.665, 2), round(0.125, 2), round(0.375, 2), round(1.25, 1), round(1.35, 1))
print(round(5, -1), round(15, -1), round(25, -1), round(35, -1), round(-15, -1), round(150, -2), round(250, -2))
print(round(12345.6789, -2), round(12345.6789, 3), round(-0.05, 1), round(1e20, -19))
print(type(round(3.7)).__name__, type(round(3.7, 0)).__name__, round(3.7, 0), round(-3.7), round(10 ** 25 + 5, -1))
print(round(True), round(7, None), round(0.5 + 1e-16))
