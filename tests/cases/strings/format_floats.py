# Tests float formatting: f, e, g, %, precision, rounding, special values and alternate forms.
values = [0.0, -0.0, 1.0, 0.1, 2.5, 1234.5678, 1e-7, 1.5e16, 123456789.0, float("inf"), float("-inf"), float("nan")]
for v in values:
    print(repr(v).ljust(14), format(v, ".2f"), format(v, ".3e"), format(v, "g"), format(v, ".3g"), format(v, "#.3g"), format(v, ".1%"), format(v, ""))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1.005, ".2f"))
print(format(1e22, "f"), format(1e-5, "f"), format(123.456, "10.2f") + "|", format(123.456, "<10.1e") + "|")
print(format(0.000123456, "g"), format(1234567.0, "g"), format(12345678.0, "g"), format(100.0, "g"), format(100.0, "#g"))
print(format(3.0, "z.1f") if False else "", format(-0.0, ".1f"), format(1.23456789e8, ",.2f"), format(1e6, "_.1f"))
