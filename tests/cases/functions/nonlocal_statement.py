# Tests nonlocal rebinding across several nesting levels and its difference from global.
x = "global"
def level1():
    x = "level1"
    def level2():
        nonlocal x
        x = "set by level2"
        def level3():
            nonlocal x
            x += " and level3"
        level3()
    level2()
    return x
print(level1(), x)
def accumulator():
    total = 0
    items = 0
    def add(v):
        nonlocal total, items
        total += v
        items += 1
        return total / items
    return add
avg = accumulator()
print(avg(10), avg(20), avg(60))
def shadowing():
    v = 1
    def inner():
        v = 2
        return v
    inner()
    return v
print(shadowing())
