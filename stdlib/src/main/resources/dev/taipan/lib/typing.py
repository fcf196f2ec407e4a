"""The parts of typing that everyday annotated code uses at run time.

Annotations are evaluated eagerly (3.13), so every name here must exist and subscript
cleanly; type checking itself is left to static tools, as in CPython.
"""

import collections.abc as _abc

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


class _SpecialForm:
    """Any, Optional, Union, ClassVar, Final, Literal, ...: names that can be subscripted."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias:
    """A subscripted typing name, such as typing.List[int] or typing.Optional[str]."""

    def __init__(self, origin, args, name=None, shown=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name
        self._shown = shown

    def __repr__(self):
        if self._shown is not None:
            return self._shown
        args = ", ".join(_type_repr(a) for a in self.__args__) if self.__args__ else "()"
        return f"typing.{self._name}[{args}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = type(None) if p is None else p
        members = p.__args__ if isinstance(p, _GenericAlias) and p.__origin__ is Union else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        return _GenericAlias(Union, tuple(flat), shown=f"typing.Optional[{_type_repr(other)}]")
    return _GenericAlias(Union, tuple(flat), "Union")


def _optional(form, param):
    return _union(Union, (param, None))


def _wrap(name):
    return lambda form, params: _GenericAlias(form, params if isinstance(params, tuple) else (params,), name)


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _wrap("ClassVar"))
Final = _SpecialForm("Final", _wrap("Final"))
Literal = _SpecialForm("Literal", _wrap("Literal"))
Annotated = _SpecialForm("Annotated", _wrap("Annotated"))
TypeGuard = _SpecialForm("TypeGuard", _wrap("TypeGuard"))
Required = _SpecialForm("Required", _wrap("Required"))
NotRequired = _SpecialForm("NotRequired", _wrap("NotRequired"))
Concatenate = _SpecialForm("Concatenate", _wrap("Concatenate"))


class _Alias:
    """typing.List and friends: deprecated aliases of builtin and collections.abc types."""

    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)


List = _Alias(list, "List")
Dict = _Alias(dict, "Dict")
Set = _Alias(set, "Set")
FrozenSet = _Alias(frozenset, "FrozenSet")
Tuple = _Alias(tuple, "Tuple")
Type = _Alias(type, "Type")
DefaultDict = _Alias(dict, "DefaultDict")
Callable = _Alias(_abc.Callable, "Callable")
Iterable = _Alias(_abc.Iterable, "Iterable")
Iterator = _Alias(_abc.Iterator, "Iterator")
Generator = _Alias(_abc.Generator, "Generator") if hasattr(_abc, "Generator") else _Alias(object, "Generator")
Sequence = _Alias(_abc.Sequence, "Sequence")
MutableSequence = _Alias(_abc.MutableSequence, "MutableSequence")
Mapping = _Alias(_abc.Mapping, "Mapping")
MutableMapping = _Alias(_abc.MutableMapping, "MutableMapping")
Collection = _Alias(_abc.Collection, "Collection") if hasattr(_abc, "Collection") else _Alias(object, "Collection")
Hashable = _Alias(_abc.Hashable, "Hashable") if hasattr(_abc, "Hashable") else _Alias(object, "Hashable")
Awaitable = _Alias(object, "Awaitable")
Coroutine = _Alias(object, "Coroutine")
AsyncIterator = _Alias(object, "AsyncIterator")
AsyncIterable = _Alias(object, "AsyncIterable")
AsyncGenerator = _Alias(object, "AsyncGenerator")


class TypeVar:
    """A type variable: T = TypeVar("T")."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    pass


class Generic:
    """Base class for generic classes: class Box(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        params = params if isinstance(params, tuple) else (params,)
        prefix = "typing." if cls.__module__ == "typing" else cls.__module__ + "."
        shown = prefix + cls.__qualname__ + "[" + ", ".join(_type_repr(p) for p in params) + "]"
        return _GenericAlias(cls, params, cls.__qualname__, shown=shown)


class Protocol(Generic):
    """Base class for structural types; runtime checks need @runtime_checkable."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj):
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            hints.update(getattr(klass, "__annotations__", {}) or {})
        return hints
    return dict(getattr(obj, "__annotations__", {}) or {})


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


AnyStr = TypeVar("AnyStr", bytes, str)
Text = str
