# Tests the format mini-language on ints and strings: fill, align, sign, #, 0, width, grouping, types.
n = 1234567
for spec in ["", "10", "<10", ">10", "^10", "*^11", "+", " ", "-", ",", "_", "010", "+012,", "x", "#x", "#X", "o", "#o", "b", "#b", "_b", "e", "n", "c"]:
    try:
        print(repr(spec).ljust(8), "[" + format(n if spec != "c" else 9731, spec) + "]")
    except ValueError as e:
        print(repr(spec).ljust(8), type(e).__name__, e)
for spec in ["", "10", "<10", "^10", ">10", ".3", "*>8.2", "=10"]:
    try:
        print(repr(spec).ljust(8), "[" + format("text", spec) + "]")
    except ValueError as e:
        print(repr(spec).ljust(8), type(e).__name__, e)
print("[" + format(-42, "=8") + "]", "[" + format(-42, "08") + "]", "[" + format(42, "#010x") + "]")
