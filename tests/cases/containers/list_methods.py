# Tests list methods: append, extend, insert, remove, pop, index, count, sort, reverse, copy, clear.
lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend(range(2))
lst.insert(0, 2)
lst.insert(100, "end")
lst.insert(-1, "before-end")
print(lst)
lst.remove(1)
print(lst, lst.pop(), lst.pop(0), lst.pop(-2), lst)
print(lst.index(4), lst.index(5, 2), lst.count(1), lst.count(99))
nums = [5, 2, 8, 1]
print(nums.sort(), nums, nums.reverse(), nums)
c = nums.copy()
c.append(0)
print(nums, c, c is nums)
c.clear()
print(c, len(c))
for bad in [lambda: [1].remove(2), lambda: [].pop(), lambda: [1].pop(5)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
for bad in [lambda: [1, 2].index(3), lambda: [1].index(1, 1)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__)  # message differs between 3.13 and 3.14
