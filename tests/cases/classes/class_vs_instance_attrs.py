# Tests class attributes shared by instances, shadowing by instance attributes and mutable class state.
class Team:
    members = []
    count = 0
    def __init__(self, name):
        self.name = name
        Team.count += 1
    def join(self, who):
        self.members.append(who)
a, b = Team("a"), Team("b")
a.join("x")
b.join("y")
print(a.members, b.members, a.members is Team.members, Team.count)
a.count = 100
print(a.count, b.count, Team.count)
class Fixed:
    def __init__(self):
        self.members = []
    def join(self, who):
        self.members.append(who)
f1, f2 = Fixed(), Fixed()
f1.join(1)
print(f1.members, f2.members)
Team.count = 0
print(b.count, getattr(a, "count"))
Team.new_attr = "added later"
print(a.new_attr)
