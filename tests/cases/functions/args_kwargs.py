# Tests *args and **kwargs collection, ordering, and forwarding.
def collect(first, *args, **kwargs):
    return first, args, kwargs
print(collect(1))
print(collect(1, 2, 3))
print(collect(1, 2, x=3, y=4))
print(collect(first=0, z=9))
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward("a", "b", key="v"))
def total(*nums, start=0):
    return start + sum(nums)
print(total(), total(1, 2, 3), total(1, 2, start=100))
def show(**options):
    return ", ".join(f"{k}={v}" for k, v in options.items())
print(show(b=2, a=1, c=3))
print(show(**{"x": 1}, y=2))
print(type(collect(1, 2)[1]).__name__, type(collect(1)[2]).__name__)
