# Tests function __annotations__ contents for parameters, return values and missing annotations.
def area(width: float, height: float = 1.0) -> float:
    return width * height
print(area.__annotations__)
def partial(a, b: int, *args: str, c: bool = True, **kw: dict) -> None:
    pass
print(partial.__annotations__)
def none():
    pass
print(none.__annotations__)
def strings(x: "SomeType") -> "list[int]":
    return x
print(strings.__annotations__)
print(area(3, 2), strings(5))
class Shape:
    sides: int
    name: str = "shape"
    def method(self, other: "Shape") -> bool:
        return True
print(Shape.__annotations__, Shape.method.__annotations__)
