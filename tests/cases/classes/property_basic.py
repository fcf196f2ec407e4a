# Tests property getters, setters with validation, deleters and computed properties.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fset is None)
class Old:
    def get(self): return "got"
    x = property(get, doc="an x")
print(Old().x, Old.x.__doc__)
