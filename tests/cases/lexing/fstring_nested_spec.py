# Tests f-strings whose format spec is itself computed from nested replacement fields.
value = 3.14159
for width in (8, 10):
    for prec in (1, 3):
        print(f"[{value:{width}.{prec}f}]")
align = "^"
fill = "-"
print(f"[{'mid':{fill}{align}11}]")
spec = ".2e"
print(f"{12345.678:{spec}}")
rows = [("apple", 1.5), ("kiwi", 12.25), ("fig", 100.0)]
w = max(len(r[0]) for r in rows)
for name, price in rows:
    print(f"{name:<{w}} | {price:>{w}.2f}")
print(f"{f'{value:.2f}':>10}")
