"""Module docstring for the docstrings case."""
# Tests __doc__ of modules, functions, classes and methods, and non-docstring first statements.
def documented():
    """Return one."""
    return 1
def undocumented():
    x = "not a docstring"
    return x
class Thing:
    """A thing."""
    def method(self):
        '''Single-quoted docstring.'''
print(__doc__)
print(documented.__doc__)
print(undocumented.__doc__)
print(Thing.__doc__, Thing.method.__doc__)
print(Thing().method.__doc__)
class Empty:
    pass
print(Empty.__doc__)
