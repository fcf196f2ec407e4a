# Loggers form a tree by dotted name: placeholders stand for missing ancestors until asked for.
import logging

abc = logging.getLogger("a.b.c")
print(abc.name, abc.parent is logging.root, abc.parent.name)
print(type(logging.Logger.manager.loggerDict["a.b"]).__name__)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is logging.root)
a = logging.getLogger("a")
print(ab.parent is a, a.parent is logging.root, abc.parent is ab)
print(logging.getLogger("a.b") is ab)
print(logging.getLogger() is logging.root, logging.getLogger(None) is logging.root)
print(logging.getLogger("") is logging.root, logging.getLogger("root") is logging.root)
print(logging.root.name, logging.root.parent)
print(a.getChild("b") is ab, logging.root.getChild("a") is a)
print(sorted(l.name for l in a.getChildren()))
print(sorted(l.name for l in logging.root.getChildren() if l.name.startswith("a")))
# "a.bb" is not below "a.b"
abb = logging.getLogger("a.bb")
print(abb.parent is a)
# asking for a middle logger later re-links the existing child
x_y_z = logging.getLogger("x.y.z")
x = logging.getLogger("x")
print(x_y_z.parent is x)
x_y = logging.getLogger("x.y")
print(x_y_z.parent is x_y, x_y.parent is x)
print(repr(abc), repr(logging.root))
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(logging.root, logging.RootLogger), isinstance(abc, logging.Logger))
print(logging.getLoggerClass() is logging.Logger)
