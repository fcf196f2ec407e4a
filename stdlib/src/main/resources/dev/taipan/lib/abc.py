"""Abstract base classes: ABC, abstractmethod and friends.

Taipan has no metaclasses other than type, so ABCMeta is type itself; a class is abstract
when it has (or inherits from a class that has) __abstractmethods__, which class creation
computes from the methods marked with @abstractmethod.
"""

ABCMeta = type


def abstractmethod(funcobj):
    """Marks a method abstract: a class defining or inheriting it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


class ABC:
    """Helper class: inherit from it to make a class whose @abstractmethod methods must be overridden."""
    __slots__ = ()
    __abstractmethods__ = frozenset()


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or changed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
