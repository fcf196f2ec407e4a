# Tests creating classes with the three-argument type() and adding methods after creation.
def greet(self):
    return f"hi from {self.name}"
Person = type("Person", (), {"name": "anon", "greet": greet})
p = Person()
print(p.greet(), Person.__name__, type(p).__name__)
Student = type("Student", (Person,), {"school": "MIT"})
s = Student()
s.name = "sam"
print(s.greet(), s.school, [c.__name__ for c in Student.__mro__])
Person.shout = lambda self: self.greet().upper()
print(s.shout())
print(type(Person).__name__, type(42).__name__, type("x") is str)
