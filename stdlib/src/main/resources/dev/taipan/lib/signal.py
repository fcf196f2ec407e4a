"""Signal handling: Python handlers for OS signals, run in the main thread (over _signal)."""

import _signal
from _signal import *
from _enumlike import Constants


class Signals(Constants, int):
    """The signal numbers, by name."""


class Handlers(Constants, int):
    """SIG_DFL and SIG_IGN."""


class Sigmasks(Constants, int):
    """SIG_BLOCK, SIG_UNBLOCK and SIG_SETMASK."""


def _convert():
    g = globals()
    names = sorted(n for n in dir(_signal) if n.startswith('SIG') and not n.startswith('SIG_'))
    # aliases come after the main names so that Signals(6) is SIGABRT, Signals(29) is SIGIO
    aliases = ('SIGIOT', 'SIGPOLL', 'SIGRTMIN', 'SIGRTMAX')
    for name in [n for n in names if n not in aliases] + [n for n in aliases if n in names]:
        value = getattr(_signal, name)
        if value in Signals._value2member_map_:
            g[name] = Signals._alias(name, Signals(value)._name_)
        else:
            g[name] = Signals._add(name, value)
    for name in ('SIG_DFL', 'SIG_IGN'):
        g[name] = Handlers._add(name, getattr(_signal, name))
    for name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'):
        g[name] = Sigmasks._add(name, getattr(_signal, name))


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
