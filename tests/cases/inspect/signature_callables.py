# Signatures of methods, classes, callable objects, partials and wrapped functions; and unsupported objects.
import functools
import inspect


class Point:
    def __init__(self, x, y=0, *, label=None):
        self.x, self.y = x, y

    def move(self, dx, dy=0):
        pass

    @classmethod
    def origin(cls, label="O"):
        pass

    @staticmethod
    def distance(a, b):
        pass

    def __call__(self, factor):
        pass


class Tagged:
    def __new__(cls, tag, *more):
        return super().__new__(cls)


class Empty:
    pass


class Child(Point):
    pass


def target(a, b, c=3, *, d):
    pass


def decorator(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        return func(*args, **kwargs)
    return inner


@decorator
def decorated(p, q=1):
    pass


for obj in [Point, Point.move, Point(1).move, Point.origin, Point.distance, Point(1), Tagged, Empty, Child,
            functools.partial(target, 1), functools.partial(target, b=5), functools.partial(target, 1, 2, d=4),
            decorated]:
    print(inspect.signature(obj))
print(inspect.signature(decorated, follow_wrapped=False))


def with_sig(a, b):
    pass


with_sig.__signature__ = inspect.Signature([inspect.Parameter("only", inspect.Parameter.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(with_sig))
for bad in [42, "text", int]:
    try:
        print(inspect.signature(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    inspect.signature(functools.partial(target, 1, 2, 3, 4))
except ValueError as e:
    print("ValueError", str(e).split("(")[0], type(e.__cause__).__name__, e.__cause__)
print(inspect.getfullargspec(target))
print(inspect.getfullargspec(Point.move))
