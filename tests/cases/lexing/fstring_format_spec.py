# Tests format specs inside f-strings: width, alignment, precision, sign, grouping.
pi = 3.14159265
n = 1234567
print(f"[{pi:.2f}] [{pi:10.3f}] [{pi:<10.1f}] [{pi:^10.2f}]")
print(f"[{n:,}] [{n:_}] [{n:>12,}] [{n:012d}]")
print(f"[{42:x}] [{42:X}] [{42:#x}] [{42:o}] [{42:#b}] [{42:08b}]")
print(f"[{-5:+}] [{5:+}] [{5: }] [{-5: }]")
print(f"[{'hi':*^9}] [{'hi':>5}] [{'hi':<5}]")
print(f"[{0.000123:e}] [{123456.789:.3e}] [{0.5:%}] [{0.256:.1%}]")
print(f"[{1e20:g}] [{1e-7:g}] [{123.0:g}] [{2.5:G}]")
print(f"[{True}] [{True:d}] [{None!s:>6}]")
