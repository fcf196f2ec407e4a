# Tests basic f-string interpolation of names, expressions, calls and attributes.
name = "Ada"
age = 36
items = [1, 2, 3]
print(f"{name} is {age} years old")
print(f"next year: {age + 1}, items: {items}, len={len(items)}")
print(f"{name.upper()}{name.lower()!r}")
print(f"{{literal braces}} and {name}")
print(f"{items[0]} {items[-1]} {items[1:]}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{'nested'} {3 if age > 30 else 4}")
print(f"{(lambda x: x * 2)(21)}")
print(f"")
print(f"{age}" + f"{age}")
