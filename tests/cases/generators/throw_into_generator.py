# Tests generator.throw(): handled inside, propagating out, and throwing after completion.
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "closed after error"))
def simple():
    yield 1
s = simple()
try:
    s.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted:", e)
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup on throw")
w = with_finally()
next(w)
try:
    w.throw(IndexError)
except IndexError as e:
    print(type(e).__name__, repr(e))
