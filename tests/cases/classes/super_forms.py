# Tests super() in classmethods, staticmethod access via super, two-argument super, and attribute lookup.
class Shape:
    sides = 0
    @classmethod
    def create(cls):
        return f"creating {cls.__name__}"
    def area(self):
        return 0
    @staticmethod
    def unit():
        return "cm"
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    @classmethod
    def create(cls):
        return super().create() + " (square)"
    def area(self):
        return super().area() + self.s ** 2
    def info(self):
        return super().unit(), super().sides, self.sides
sq = Square(3)
print(Square.create(), sq.area(), sq.info())
print(super(Square, sq).area(), super(Square, Square).create())
class Tagged(Square):
    def area(self):
        return ("tagged", super().area())
print(Tagged(2).area(), Tagged.create())
