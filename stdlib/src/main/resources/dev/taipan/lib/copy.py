"""Generic (shallow and deep) copying operations.

copy(x) returns a shallow copy and deepcopy(x, memo=None) a deep copy. Classes can
control copying with __copy__(self) and __deepcopy__(self, memo), or through
__reduce_ex__/__reduce__, __getstate__/__setstate__ and __getnewargs__, as in CPython.
"""

__all__ = ["Error", "copy", "deepcopy", "replace"]

import sys as _sys


class Error(Exception):
    pass


error = Error   # backward compatibility


def _func():
    pass


class _Methods:
    def method(self):
        pass


_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)
_FunctionType = type(_func)
_BuiltinFunctionType = type(len)
_MethodType = type(_Methods().method)
_CodeType = type(_func.__code__)
try:
    _ComplexType = complex
except NameError:
    _ComplexType = float


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type) or _is_weakref_type(cls):
        # a class (and a weak reference) is copied as itself
        return _copy_immutable(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


def _is_weakref_type(cls):
    # weakref.ref, copied as itself as CPython's tables do, without importing weakref here: a weak
    # reference exists only once _weakref has been imported
    wr = _sys.modules.get("_weakref")
    return wr is not None and cls is wr.ref


for t in (_NoneType, int, float, bool, _ComplexType, str, tuple, bytes, frozenset,
          type, range, slice, property, _BuiltinFunctionType, _EllipsisType,
          _NotImplementedType, _FunctionType, _CodeType):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type) or _is_weakref_type(cls):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls, "un(deep)copyable object of type %s")
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # an object that is its own copy is not memoized
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (_NoneType, _EllipsisType, _NotImplementedType, int, float, bool,
          _ComplexType, bytes, str, _CodeType, type, range, _BuiltinFunctionType,
          _FunctionType, property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # the tuple itself is not memoized, but a recursive structure may have been
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # as set.__reduce__ does: the items are deep-copied as a list, then rebuilt
    return type(x)(deepcopy(list(x), memo))


d[set] = _deepcopy_set
d[frozenset] = _deepcopy_set


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


d[bytearray] = _deepcopy_bytearray


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[_MethodType] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    """Keeps a reference to x in the memo, so that its id is not reused during the copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls, message):
    """The reduce value of x: its class's own __reduce_ex__/__reduce__, or object's default protocol."""
    object_reduce_ex = getattr(object, "__reduce_ex__", None)
    object_reduce = getattr(object, "__reduce__", None)
    reduce_ex = getattr(cls, "__reduce_ex__", None)
    if reduce_ex is not None and reduce_ex is not object_reduce_ex:
        return reduce_ex(x, 4)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None and reduce is not object_reduce:
        return reduce(x)
    return _reduce_default(x, cls, message)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _default_state(x, cls):
    """object.__getstate__(): the instance dict (None when empty), with slot values paired."""
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    state = dict(d) if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reduce_default(x, cls, message):
    """What object.__reduce_ex__(4) gives: rebuild with cls.__new__, then restore the state."""
    if cls.__module__ == "builtins" and not hasattr(x, "__dict__"):
        raise Error(message % cls)
    getnewargs_ex = getattr(x, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        func, fargs = _newobj_ex, (cls, tuple(args), dict(kwargs))
    else:
        getnewargs = getattr(x, "__getnewargs__", None)
        args = tuple(getnewargs()) if getnewargs is not None else ()
        func, fargs = _newobj, (cls,) + args
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        state = getstate(x)
    else:
        state = _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return func, fargs, state, listitems, dictitems


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
