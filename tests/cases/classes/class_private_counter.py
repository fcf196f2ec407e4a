# Tests classmethods keeping per-class counters, and cls versus explicit class references in subclasses.
class Model:
    _count = 0
    def __init__(self):
        type(self)._count += 1
    @classmethod
    def count(cls):
        return cls._count
class User(Model):
    _count = 0
class Admin(User):
    pass
for cls in [Model, User, User, Admin, Admin, Admin]:
    cls()
print(Model.count(), User.count(), Admin.count())
print("_count" in Admin.__dict__, Admin._count)
