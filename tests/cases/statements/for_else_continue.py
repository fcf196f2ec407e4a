# Tests for loops over various iterables with else, continue and break.
for word in ["apple", "banana", "cherry"]:
    if "n" in word:
        print("found n in", word)
        break
else:
    print("no n")
for word in ["kiwi", "fig"]:
    if "z" in word:
        break
else:
    print("no z anywhere")
total = 0
for n in range(20):
    if n % 3 == 0:
        continue
    if n > 10:
        break
    total += n
print("total", total)
for ch in "abc":
    print(ch, end="")
print()
for k in {"x": 1, "y": 2}:
    print(k)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
for _ in []:
    print("never")
else:
    print("empty loop else")
