# Tests del on names, list items, slices, dict keys and attributes, including errors.
x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
nums = list(range(10))
del nums[0]
del nums[-1]
del nums[1:3]
del nums[::2]
print(nums)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(vars(o))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
