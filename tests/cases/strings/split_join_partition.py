# Tests split/rsplit with separators and maxsplit, splitlines, partition/rpartition and join.
print("a b  c\t\nd ".split(), " a b ".split(" "), "a,b,,c".split(","), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a  b  c".split(None, 1), "  a b c  ".rsplit(None, 1))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines(), "line\x0bvt\x1cfs".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print(",".join(["a", "b"]), "".join("xyz"), " - ".join(str(i) for i in range(3)), "-".join([]))
print("a->b->c".split("->"), "abc".split("abc"), "aXbXc".split("X", 0))
try:
    "a b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
