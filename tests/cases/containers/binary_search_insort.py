# Tests a hand-written binary search and sorted insertion on lists, checked against list.index and sorted().
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def insort(a, x):
    a.insert(bisect_left(a, x), x)
data = []
for v in [50, 10, 40, 10, 30, 60, 20]:
    insort(data, v)
print(data, data == sorted(data))
for target in [10, 35, 60, 5, 70]:
    i = bisect_left(data, target)
    found = i < len(data) and data[i] == target
    print(target, i, found, data.index(target) == i if found else "-")
grades = "FDCBA"
def grade(score, breakpoints=[60, 70, 80, 90]):
    return grades[bisect_left(breakpoints, score + 1)]
print([grade(s) for s in [33, 60, 69, 70, 89, 90, 100]])
