# Tests function object attributes: __name__, __qualname__, __doc__, __module__, custom attributes.
def outer():
    def inner():
        """Inner doc."""
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
class K:
    def meth(self):
        pass
    @staticmethod
    def smeth():
        pass
print(K.meth.__qualname__, K.smeth.__qualname__, K.meth.__name__)
def tagged():
    return tagged.calls
tagged.calls = 0
tagged.calls += 3
print(tagged(), tagged.__dict__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
print(callable(f), type(f).__name__, type(len).__name__, type(K().meth).__name__)
print(K().meth.__self__.__class__.__name__, K().meth.__func__ is K.meth)
