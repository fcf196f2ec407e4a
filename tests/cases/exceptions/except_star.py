# Tests except* handling: splitting a group across handlers, naked exceptions, and re-raise of unhandled parts.
def run(excs):
    try:
        raise ExceptionGroup("errors", excs)
    except* ValueError as g:
        print("ValueErrors:", [str(e) for e in g.exceptions])
    except* (TypeError, KeyError) as g:
        print("Type/Key:", [repr(e) for e in g.exceptions], type(g).__name__)
run([ValueError("a"), TypeError("b"), ValueError("c")])
run([KeyError("k")])
try:
    run([ValueError("x"), OSError("unhandled")])
except ExceptionGroup as g:
    print("leftover:", str(g), [repr(e) for e in g.exceptions])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, repr(g.exceptions[0]), str(g))
def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as g:
        print("values:", repr(g))
    except* TypeError as g:
        print("types:", repr(g))
nested()
