# Tests that yield from forwards send() and throw() to the subgenerator and returns its value.
def sub():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            print("sub handled ValueError")
            continue
        if x is None:
            return total
        total += x
def delegator():
    result = yield from sub()
    print("sub returned", result)
    yield "delegator done"
d = delegator()
print(next(d))
print(d.send(5), d.send(7))
print(d.throw(ValueError))
print(d.send(None))
def closer():
    try:
        yield 1
    finally:
        print("sub finally")
def outer():
    yield from closer()
o = outer()
next(o)
o.close()
print("closed")
