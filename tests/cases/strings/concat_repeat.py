# Tests string concatenation, repetition, implicit conversions and related errors.
a, b = "foo", "bar"
print(a + b, a * 3, 3 * b, a * 0, a * -1 == "", (a + b) * 2)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("".join(parts), "+".join(parts[1:]))
s = ""
for ch in "abc":
    s += ch.upper() + ch
print(s)
print("x" + str(1) + str(2.5) + str(None) + str([1]))
for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * 1.5, lambda: "a" - "b"]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
