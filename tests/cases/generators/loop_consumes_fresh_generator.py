# A for loop (or sum/list) over a generator it made itself: the values, the generator's
# finally blocks on break, return and exceptions, and what each side sees of the other.
import sys
import traceback


def numbers(n, log):
    try:
        for i in range(n):
            log.append(f"yield {i}")
            yield i
        log.append("exhausted")
    finally:
        log.append("finally")


log = []
for x in numbers(3, log):
    log.append(f"got {x}")
print(log)

log = []
for x in numbers(10, log):
    if x == 2:
        break
    log.append(f"got {x}")
else:
    log.append("else never runs")
log.append("after break")
print(log)


def first_big(limit):
    log = []
    for x in numbers(100, log):
        if x * x > limit:
            log.append("returning")
            return x, log
    return None, log


print(first_big(20))

log = []
try:
    for x in numbers(5, log):
        if x == 1:
            raise ValueError("from the loop body")
except ValueError as e:
    log.append(f"caught {e!r}")
print(log)


def catches_everything():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("generator saw GeneratorExit")
        raise
    except ValueError:
        print("never: the body's error is not thrown into the generator")


try:
    for x in catches_everything():
        raise ValueError("body")
except ValueError as e:
    print("loop raised", e)


def failing():
    yield 1
    raise KeyError("inside the generator")


try:
    for x in failing():
        print("value", x)
except KeyError as e:
    print("generator raised", repr(e))
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in tb])


def stops():
    yield 1
    raise StopIteration("early")


try:
    for x in stops():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


def handled_state():
    try:
        raise TypeError("in the generator")
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__


try:
    raise OSError("in the loop")
except OSError:
    for name in handled_state():
        print("generator handles", name, "| loop handles", sys.exc_info()[0].__name__)


def walk(tree):
    if tree is None:
        return
    left, value, right = tree
    yield from walk(left)
    yield value
    yield from walk(right)


tree = (((None, 1, None), 2, (None, 3, None)), 4, ((None, 5, None), 6, None))
print([v for v in walk(tree)], sum(walk(tree)), list(walk(tree)), tuple(walk(tree)))
print(sum(x * x for x in range(10)), sum((x / 2 for x in range(5)), 0.5), sum(iter([1, 2.5, 3])))
print(sum(x for x in [2**62, 2**62, 2**62]), sum((s for s in ["a", "b"]), start=[]) if False else "")


def outer():
    for x in numbers(3, []):
        yield x * 10


print(list(outer()))
gen = outer()
print(next(gen), next(gen), gen.gi_running, gen.gi_suspended)
gen.close()


def shared():
    yield 1
    yield 2
    yield 3


g = shared()
for x in g:
    break
print("shared generator resumes at", next(g))


def stubborn():
    try:
        yield 1
    finally:
        yield "again"


for x in stubborn():
    break
print("after stubborn")
sys.stdout.flush()


def running_state(holder):
    yield holder[0].gi_running


holder = []
gen = running_state(holder)
holder.append(gen)
print([v for v in gen])
print(list(running_state([g])))
