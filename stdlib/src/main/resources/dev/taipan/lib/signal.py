"""Signal handling: Python handlers for OS signals, run in the main thread (over _signal)."""

import _signal
from _signal import *


class _IntEnumMember(int):
    """A named int in the style of enum.IntEnum: str() is the number, repr() names it."""
    _members = None

    def __new__(cls, value):
        member = cls._members.get(value) if cls._members is not None else None
        if member is None:
            raise ValueError(f"{value!r} is not a valid {cls.__name__}")
        return member

    @classmethod
    def _make(cls, name, value):
        member = int.__new__(cls, value)
        member._name_ = name
        if cls._members is None:
            cls._members = {}
        cls._members[value] = member
        return member

    @classmethod
    def __class_getitem__(cls, name):
        for member in cls._members.values():
            if member._name_ == name:
                return member
        raise KeyError(name)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {int(self)}>"

    def __str__(self):
        return int.__repr__(self)

    __format__ = int.__format__

    def __reduce__(self):
        return type(self), (int(self),)


class Signals(_IntEnumMember):
    """The signal numbers, by name."""


class Handlers(_IntEnumMember):
    """SIG_DFL and SIG_IGN."""


class Sigmasks(_IntEnumMember):
    """SIG_BLOCK, SIG_UNBLOCK and SIG_SETMASK."""


def _convert():
    g = globals()
    names = sorted(n for n in dir(_signal) if n.startswith('SIG') and not n.startswith('SIG_'))
    # aliases come after the main names so that Signals(6) is SIGABRT, Signals(29) is SIGIO
    aliases = ('SIGIOT', 'SIGPOLL', 'SIGRTMIN', 'SIGRTMAX')
    for name in [n for n in names if n not in aliases] + [n for n in aliases if n in names]:
        value = getattr(_signal, name)
        member = (Signals._members or {}).get(value)
        g[name] = member if member is not None else Signals._make(name, value)
    for name in ('SIG_DFL', 'SIG_IGN'):
        g[name] = Handlers._make(name, getattr(_signal, name))
    for name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'):
        g[name] = Sigmasks._make(name, getattr(_signal, name))


_convert()
del _convert


def _to_enum(value, enum_class):
    try:
        return enum_class(value)
    except (ValueError, TypeError):
        return value


def _to_int(value):
    return int(value) if isinstance(value, int) else value


def signal(signalnum, handler):
    handler = _signal.signal(_to_int(signalnum), _to_int(handler))
    return _to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _to_enum(handler, Handlers)


def valid_signals():
    return {_to_enum(x, Signals) for x in _signal.valid_signals()}


def raise_signal(signalnum):
    _signal.raise_signal(_to_int(signalnum))


def strsignal(signalnum):
    return _signal.strsignal(signalnum)
