# Tests functools.singledispatch-free type dispatch via dict of types and default handlers.
def fmt_int(v):
    return f"int:{v:d}"
def fmt_str(v):
    return f"str:{v!r}"
def fmt_list(v):
    return "list:[" + ", ".join(fmt(x) for x in v) + "]"
handlers = {int: fmt_int, str: fmt_str, list: fmt_list}
def fmt(v):
    for t in type(v).__mro__:
        if t in handlers:
            return handlers[t](v)
    return f"other:{type(v).__name__}"
print(fmt(5), fmt("x"), fmt([1, "a", [2]]), fmt(1.5), fmt(True))
