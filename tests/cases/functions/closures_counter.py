# Tests closures capturing enclosing variables, independent instances and shared cells.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_pair():
    value = []
    def add(x):
        value.append(x)
    def get():
        return list(value)
    return add, get
add, get = make_pair()
add(1); add(2)
print(get())
def multiplier(n):
    return lambda x: x * n
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
