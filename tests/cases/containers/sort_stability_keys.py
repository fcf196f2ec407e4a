# Tests list.sort with multiple keys, stability across successive sorts and reverse with ties.
people = [("ann", "eng", 30), ("bob", "ops", 25), ("cy", "eng", 25), ("dee", "ops", 30), ("eve", "eng", 28)]
by_age = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_age])
by_dept_then_age = sorted(people, key=lambda p: (p[1], -p[2]))
print([p[0] for p in by_dept_then_age])
two_pass = sorted(people, key=lambda p: p[2])
two_pass.sort(key=lambda p: p[1])
print([p[0] for p in two_pass])
print([p[0] for p in sorted(people, key=lambda p: p[2], reverse=True)])
nums = [3, -1, 2, -3, 1, -2]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: (n < 0, n))
print(nums)
words = ["b", "A", "c", "B", "a"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
