# Tests the ordering of try/finally inside generators when exhausted, broken out of, or closed.
def resource(name):
    print(f"open {name}")
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        print(f"close {name}")
for item in resource("a"):
    print("item", item)
print("--")
gen = resource("b")
for item in gen:
    print("item", item)
    break
print("after break, before close")
gen.close()
print("--")
def nested():
    try:
        yield from resource("inner")
    finally:
        print("outer finally")
n = nested()
print(next(n))
n.close()
