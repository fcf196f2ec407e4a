# Tests copy.copy and copy.deepcopy on nested structures, cycles, and custom __copy__/__deepcopy__.
import copy
orig = {"list": [1, [2, 3]], "tuple": (1, [2]), "str": "s"}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["tuple"][1].append(77)
print(shallow["list"], deep["list"], shallow["tuple"], deep["tuple"])
print(shallow["list"] is orig["list"], deep["list"] is orig["list"], deep["str"] is orig["str"])
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
class Node:
    def __init__(self, name, children=None):
        self.name, self.children = name, children or []
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("custom __copy__")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("custom __deepcopy__")
        return Custom(copy.deepcopy(self.v, memo))
n = Node("root", [Node("kid")])
n2 = copy.deepcopy(n)
n2.children[0].name = "changed"
print(n.children[0].name, n2.children[0].name, type(n2).__name__)
c = Custom([1])
c1, c2 = copy.copy(c), copy.deepcopy(c)
print(c1.v is c.v, c2.v is c.v, c2.v)
print(copy.copy(5), copy.deepcopy((1, 2)) == (1, 2), copy.copy([1, 2]) == [1, 2])
