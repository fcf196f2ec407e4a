# Tests repr() and str() of builtin values, nested containers, special floats and quote choice.
values = ["it's", 'say "hi"', "both ' and \"", "tab\there", "uni é ☃", 1.0, 1e100, -0.0, float("nan"),
          None, True, [1, "a"], ("x",), (), {"k": [1.5]}, set(), {1}, frozenset({2}), b"x\x00", bytearray(b"z"), range(2, 9, 3)]
for v in values:
    print(repr(v), "|", str(v))
print(repr(repr("x")), str(str("x")))
print(ascii("café ☃"), ascii(["ü"]), ascii(1))
