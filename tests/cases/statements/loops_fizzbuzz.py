# Tests a realistic loop program: fizzbuzz with accumulation and string building.
out = []
for i in range(1, 22):
    s = ""
    if i % 3 == 0:
        s += "Fizz"
    if i % 5 == 0:
        s += "Buzz"
    out.append(s or str(i))
print(" ".join(out))
counts = {}
for item in out:
    key = item if not item.isdigit() else "number"
    counts[key] = counts.get(key, 0) + 1
print(counts)
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
