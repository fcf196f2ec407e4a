# Tests generator.close(): GeneratorExit raised at the yield, finally blocks, and yielding during close.
def worker():
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally runs")
g = worker()
print(next(g), next(g))
g.close()
print("closed", next(g, "nothing"))
g.close()
unstarted = worker()
unstarted.close()
print("unstarted close is silent")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
print(r.close())
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
