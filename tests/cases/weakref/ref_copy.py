# copy and deepcopy give a weak reference itself, as they do a class; objects holding weak
# references (a child's link to its parent, say) deep-copy with the link shared.
import copy
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = weakref.ref(parent) if parent is not None else None
        self.children = []


root = Node("root")
child = Node("child", root)
root.children.append(child)
r = weakref.ref(root)
print(copy.copy(r) is r, copy.deepcopy(r) is r)
twin = copy.deepcopy(child)
print(twin is child, twin.parent is child.parent, twin.parent() is root, twin.children is child.children)
