# Tests repr of self-referencing containers using ... placeholders.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
nested = [[]]
nested[0].append(nested)
print(nested)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append([n.children])
print(n)
print(str(a) == repr(a))
