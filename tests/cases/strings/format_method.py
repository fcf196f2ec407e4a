# Tests str.format(): auto and manual numbering, keywords, attribute/index access and conversions.
print("{} + {} = {}".format(1, 2, 3), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
point = {"x": 3, "y": [4, 5]}
print("{0[x]} {0[y][1]} {p[y]}".format(point, p=point))
class P:
    name = "obj"
    items = ("i0", "i1")
print("{0.name} {0.items[1]} {o.name!r}".format(P(), o=P()))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{{escaped}} {}".format("x"))
print("{:>{width}}|{:.{prec}f}".format("r", 3.14159, width=5, prec=2))
print("{0:{1}{2}8}".format("mid", "*", "^"))
print("{name:^10}|{val:08.2f}".format(name="hi", val=-1.5))
data = {"a": 1}
print("{a}".format_map(data), "{a}{b}".format(**data, b=2))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{known} {unknown}".format_map(Default(known="yes")))
for bad in [lambda: "{} {}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{x}".format(), lambda: "{".format(), lambda: "{0[5]}".format([1])]:
    try:
        bad()
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
