# Tests the self-documenting f-string form {expr=} with spaces, conversions and specs.
x = 10
name = "taipan"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x=:>5}")
print(f"{3.14159=:.2f}")
items = [1, 2]
print(f"{items[0] + items[1]=}, {len(items)=}")
