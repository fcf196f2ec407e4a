# Tests single inheritance: method overriding, inherited attributes and calling base methods.
class Animal:
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
    def describe(self):
        return "little " + super().describe()
for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.describe(), a.kingdom, type(a).__name__)
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
