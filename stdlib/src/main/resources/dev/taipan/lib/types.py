"""Names for built-in types, SimpleNamespace, and helpers for creating classes dynamically."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
try:
    CodeType = type(_f.__code__)
except AttributeError:
    pass
MappingProxyType = type(type.__dict__)
try:
    CellType = type((lambda x: lambda: x)(0).__closure__[0])
except (AttributeError, TypeError):
    pass


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

GetSetDescriptorType = type(type.__dict__['__dict__']) if '__dict__' in type.__dict__ else type(FunctionType.__dict__.get('__code__'))
MemberDescriptorType = GetSetDescriptorType
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
try:
    GenericAlias = type(list[int])
except TypeError:
    pass
try:
    UnionType = type(int | str)
except TypeError:
    pass

del sys, _f, _g, _C, _c, _ag


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(mapping_or_iterable)
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if self in _repr_running:
            return f'{name}(...)'
        _repr_running.append(self)
        try:
            return f"{name}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"
        finally:
            _repr_running.remove(self)

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __replace__(self, /, **changes):
        result = type(self)(**self.__dict__)
        result.__dict__.update(changes)
        return result

    def __reduce__(self):
        return type(self), (), self.__dict__


SimpleNamespace.__module__ = 'types'
_repr_running = []


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass: returns (metaclass, namespace, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for base in bases:
            base_meta = type(base)
            if issubclass(base_meta, meta):
                meta = base_meta
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def get_original_bases(cls, /):
    """Return the class's "original" bases prior to modification by __mro_entries__."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__."""


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if isinstance(func, FunctionType):
        flags = func.__code__.co_flags
        if flags & 0x180:
            # already a coroutine function, or already converted
            return func
        if flags & 0x20:
            import _asyncio
            _asyncio._mark_iterable_coroutine(func)
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapped


__all__ = [n for n in globals() if not n.startswith('_')]
