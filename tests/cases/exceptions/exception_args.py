# Tests args, str() and repr() of exceptions constructed with zero, one and several arguments.
cases = [ValueError(), ValueError("one"), ValueError("a", 2), ValueError(None), ValueError(""),
         KeyError("key"), KeyError(), KeyError("a", "b"), IndexError(3), Exception([1, 2])]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args)
e = RuntimeError("first")
e.args = ("changed", 1)
print(e, e.args)
try:
    {}["missing"]
except KeyError as err:
    print(str(err), repr(err), err.args[0])
try:
    [][5]
except IndexError as err:
    print(err, err.args)
