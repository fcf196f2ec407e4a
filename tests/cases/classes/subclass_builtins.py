# Tests subclassing list, dict (with __missing__), str and int, and that results keep or drop the subclass.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, type(s + [4]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value
d = DefaultDict(a=1)
print(d["a"], d["hello"], d, d.get("zz"), "zz" in d)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u.shout(), u + "x", type(u + "x").__name__, isinstance(u, str), u == "hey")
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
e = Even(7)
print(e, e + 1, type(e).__name__, type(e + 1).__name__)
class Named(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
n = Named(1, 2)
print(n, n.first, len(n), n == (1, 2))
