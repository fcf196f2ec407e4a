# Tests format() with various specs on ints, floats and strings, and default empty spec.
print(format(42), format(42, "5d"), format(42, "<5") + "|", format(42, "^7"), format(42, "+"))
print(format(3.14159, ".3f"), format(3.14159, "10.2e"), format(0.5, "%"), format(1234567.891, ",.2f"))
print(format("text", ">8"), format("text", "*<8"), format("text", ".2"))
print(format(255, "x"), format(255, "#X"), format(255, "b"), format(255, "o"), format(255, "c") == chr(255))
print(format(True), format(None), format([1, 2]), format(1e300 * 10))
print(format(-7, "08d"), format(7, "=+8"), format(-1.5, "010.3f"))
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
