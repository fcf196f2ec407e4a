# getattr_static (no descriptors or __getattr__ run), unwrap, isabstract and get_annotations.
import abc
import functools
import inspect


class Lazy:
    kind = "class attr"

    @property
    def value(self):
        print("property ran")
        return 42

    def __getattr__(self, name):
        return f"dynamic {name}"

    def method(self):
        pass


obj = Lazy()
obj.kind = "instance attr"
print(obj.value, obj.missing, obj.kind)
print(type(inspect.getattr_static(obj, "value")).__name__, inspect.getattr_static(obj, "kind"))
print(inspect.getattr_static(Lazy, "kind"), inspect.getattr_static(obj, "missing", "default"))
print(inspect.getattr_static(obj, "method") is Lazy.__dict__["method"])
try:
    inspect.getattr_static(obj, "missing")
except AttributeError as e:
    print("AttributeError", e)


def base(x):
    return x


@functools.wraps(base)
def wrapper(x):
    return base(x)


@functools.wraps(wrapper)
def outer_wrapper(x):
    return wrapper(x)


print(inspect.unwrap(outer_wrapper) is base, inspect.unwrap(outer_wrapper, stop=lambda f: f is wrapper) is wrapper)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return 1


print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(5))


class Annotated:
    a: int
    b: "str" = "x"


def annotated(p: int, q: "list[int]" = None) -> "bool": pass


print(inspect.get_annotations(Annotated), inspect.get_annotations(annotated))
print(inspect.get_annotations(annotated, eval_str=True))
print(inspect.get_annotations(inspect))
