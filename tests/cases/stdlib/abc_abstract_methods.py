# Tests abc: abstract methods block instantiation until overridden, with CPython's message.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Half(Shape):
    pass


print(Square(3).describe(), isinstance(Square(1), Shape), sorted(Shape.__abstractmethods__))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
