# Tests safe patterns for removing items while iterating: copies, comprehensions and reversed indices.
nums = [1, 2, 2, 3, 4, 4, 5]
buggy = nums[:]
for n in buggy:
    if n % 2 == 0:
        buggy.remove(n)
print("naive removal:", buggy)
safe = nums[:]
for n in safe[:]:
    if n % 2 == 0:
        safe.remove(n)
print("copy removal:", safe)
print("comprehension:", [n for n in nums if n % 2])
rev = nums[:]
for i in reversed(range(len(rev))):
    if rev[i] % 2 == 0:
        del rev[i]
print("reverse index:", rev)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] > 1:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
grow = [1]
for x in grow:
    if len(grow) < 5:
        grow.append(x * 2)
print(grow)
