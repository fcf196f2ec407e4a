# Tests annotated assignment statements on names, attributes and subscripts.
count: int = 3
name: str
print(count)
try:
    print(name)
except NameError as e:
    print(type(e).__name__, e)
class Point:
    x: int = 0
    y: int
p = Point()
p.x: int = 5
print(p.x, Point.x, "y" in Point.__dict__)
d = {}
d["k"]: str = "v"
print(d)
def f():
    local: list = [1]
    other: int
    return local
print(f())
