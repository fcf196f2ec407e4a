# inspect.signature of Python functions: defaults, annotations, *args, keyword-only, positional-only.
import inspect
import typing


def f0(): pass
def f1(a, b, c): pass
def f2(a, b=2, *args, c, d=4, **kwargs): pass
def f3(a, /, b, *, c): pass
def f4(x: int, y: "str" = "hi", *rest: float, flag: bool = False, **opts: dict) -> list[int]: pass
def f5(p=None, q=[1, "two"], r={"k": (1,)}, s=1.5, t=-3): pass
def f6(a, b=1, /, c=2): pass
def f7(*, only): pass
def f8(a: typing.Optional[int] = None) -> typing.List[str]: pass
def f9(cb: typing.Callable[[int], str], d: dict[str, list[int]]) -> None: pass
class Custom: pass
def f10(c: Custom, m: inspect.Parameter) -> "Custom": pass


for func in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, lambda x, *y, z=3: 0]:
    sig = inspect.signature(func)
    print(f"{func.__name__}{sig}")
print(repr(inspect.signature(f4)))
print(inspect.signature(f4).format(max_width=30))
print(inspect.signature(f1).format(max_width=30))
for name, p in inspect.signature(f4).parameters.items():
    print(name, repr(p), p.kind, p.kind.description, repr(p.default), p.annotation)
print(inspect.signature(f4).return_annotation, inspect.signature(f0).return_annotation)
print(inspect.signature(f2).parameters)
print(list(inspect.signature(f3).parameters))
