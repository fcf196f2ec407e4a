# Tests float literal forms and their repr.
print(1.0, 1., .5, 0.5e0)
print(1e10, 1E-3, 2.5e+3, 1_000.000_1)
print(1e16, 1e15, 123456789012345678.0)
print(0.1 + 0.2, 1/3)
print(1e-5, 0.0001, 1e-4)
print(3.14_15, 10e0, 0e0, -0.0)
print(1e308 * 10, -1e308 * 10)
print(type(1e0).__name__, 5e-324, 1.7976931348623157e308)
