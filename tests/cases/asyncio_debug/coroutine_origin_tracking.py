# sys.set_coroutine_origin_tracking_depth / get_coroutine_origin_tracking_depth and cr_origin: the
# (file, line, function) frames where a coroutine was created, innermost first; argument errors.
import sys

print(sys.get_coroutine_origin_tracking_depth())
for bad in (-1, "x", 2.5):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.get_coroutine_origin_tracking_depth(1)
except TypeError as e:
    print(type(e).__name__, e)


async def job():
    pass


def make():
    return job()


def outer():
    return make()


c = outer()
print("untracked:", c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(depth=2)
print("depth:", sys.get_coroutine_origin_tracking_depth())
c = outer()
print(c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(50)
c = outer()
for filename, line, name in c.cr_origin:
    print(filename, line, name)
c.close()

sys.set_coroutine_origin_tracking_depth(0)
c = outer()
print("off again:", c.cr_origin)
c.close()

def gen():
    yield 1

print(hasattr(gen(), "cr_origin"))
