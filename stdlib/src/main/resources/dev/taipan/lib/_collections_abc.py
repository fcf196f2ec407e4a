"""Abstract base classes for containers: isinstance checks on built-in types and mixin methods for subclasses.

This is collections.abc (which replaces itself by this module), kept apart as in CPython so that
weakref can use the ABCs without importing the whole collections package.
"""

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Hashable",
           "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable",
           "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
           "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString", "Buffer"]

__name__ = "collections.abc"


def _has(t, *names):
    for name in names:
        found = False
        for base in t.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return False
                found = True
                break
        if not found:
            return False
    return True


class _ABC:
    """Base of the ABCs here: isinstance answers from registered types and, for the one-trick ABCs, from methods."""
    _registry = ()
    _methods = ()

    def __instancecheck__(cls, obj):
        return _ABC.__subclasscheck__(cls, type(obj))

    def __subclasscheck__(cls, sub):
        mro = getattr(sub, '__mro__', ())
        if cls in mro:
            return True
        for known in cls._all_registered():
            if known in mro:
                return True
        methods = cls.__dict__.get('_methods')
        if methods and _has(sub, *methods):
            return True
        return False

    @classmethod
    def _all_registered(cls):
        found = list(cls.__dict__.get('_registry', ()))
        for sub in cls.__subclasses__():
            found.extend(sub._all_registered())
        return found

    @classmethod
    def register(cls, subclass):
        """Registers a virtual subclass."""
        cls._registry = list(cls.__dict__.get('_registry', ())) + [subclass]
        return subclass


class Hashable(_ABC):
    _methods = ('__hash__',)

    def __hash__(self):
        return 0


class Awaitable(_ABC):
    _methods = ('__await__',)


class Coroutine(Awaitable):
    _methods = ('__await__', 'send', 'throw', 'close')


class AsyncIterable(_ABC):
    _methods = ('__aiter__',)


class AsyncIterator(AsyncIterable):
    _methods = ('__aiter__', '__anext__')

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    _methods = ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


class Iterable(_ABC):
    _methods = ('__iter__',)


class Iterator(Iterable):
    _methods = ('__iter__', '__next__')

    def __iter__(self):
        return self


class Reversible(Iterable):
    _methods = ('__reversed__', '__iter__')


class Generator(Iterator):
    _methods = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(_ABC):
    _methods = ('__len__',)


class Container(_ABC):
    _methods = ('__contains__',)


class Collection(Sized, Iterable, Container):
    _methods = ('__len__', '__iter__', '__contains__')


class Buffer(_ABC):
    _registry = (bytes, bytearray)


class Callable(_ABC):
    _methods = ('__call__',)

    def __instancecheck__(cls, obj):
        if cls is Callable:
            return callable(obj)
        return _ABC.__instancecheck__(cls, obj)


class Set(Collection):
    """A finite, iterable container of unique elements; subclasses define __contains__, __iter__ and __len__."""
    _registry = (frozenset,)
    _methods = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([e for s in (self, other) for e in s])

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __hash__ = None


class MutableSet(Set):
    """A Set that subclasses change with add and discard."""
    _registry = (set,)

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    """A read-only mapping; subclasses define __getitem__, __iter__ and __len__."""
    _registry = (dict, type(type.__dict__))
    _methods = ()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None
    __hash__ = None


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(MappingView, Set):
    _registry = (type({}.keys()),)

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    _registry = (type({}.items()),)

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    _registry = (type({}.values()),)

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A mapping that subclasses change with __setitem__ and __delitem__."""
    _registry = (dict,)

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    """A read-only sequence; subclasses define __getitem__ and __len__."""
    _registry = (tuple, str, range, bytes)
    _methods = ()

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    _registry = (bytes, bytearray)


class MutableSequence(Sequence):
    """A sequence that subclasses change with __setitem__, __delitem__ and insert."""
    _registry = (list, bytearray)

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


def _register_builtins():
    import _collections
    Sequence.register(list)
    MutableSequence.register(_collections.deque)
    Iterator.register(type(iter([])))


_register_builtins()
del _register_builtins
