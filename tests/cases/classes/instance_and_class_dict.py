# Tests __dict__ of instances and classes, vars(), __class__, __name__, __qualname__ and __module__.
class Pet:
    species = "unknown"
    def __init__(self, name):
        self.name = name
    def rename(self, new):
        self.name = new
p = Pet("tom")
print(p.__dict__, vars(p) is p.__dict__)
p.age = 3
p.__dict__["color"] = "grey"
print(p.__dict__, p.color)
print(p.__class__ is Pet, p.__class__.__name__, Pet.__qualname__, Pet.__module__)
print(sorted(k for k in Pet.__dict__ if not k.startswith("__")))
print("species" in Pet.__dict__, "species" in p.__dict__, p.species)
p.species = "cat"
print(p.species, Pet.species)
del p.species
print(p.species)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(type(Pet.__dict__).__name__)
