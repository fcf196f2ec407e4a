# Tests __new__ vs __init__: singletons, instance caching and __init__ skipped for foreign types.
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print("init runs each time")
a, b = Singleton(), Singleton()
print(a is b)
class Interned:
    cache = {}
    def __new__(cls, key):
        if key not in cls.cache:
            obj = super().__new__(cls)
            obj.key = key
            cls.cache[key] = obj
        return cls.cache[key]
print(Interned("x") is Interned("x"), Interned("x") is Interned("y"), len(Interned.cache))
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Weird())
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
