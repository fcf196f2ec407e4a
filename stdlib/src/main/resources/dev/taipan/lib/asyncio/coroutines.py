"""Telling coroutines and coroutine functions apart."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

import _asyncio


def _is_debug_mode():
    # Debug mode by default: -X dev, or a non-empty PYTHONASYNCIODEBUG (unless -E).
    import os
    import sys
    return bool(sys.flags.dev_mode or (not sys.flags.ignore_environment
                                       and os.environ.get('PYTHONASYNCIODEBUG')))


# Marker set by legacy decorators on functions that return coroutines.
_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function (deprecated in 3.14)."""
    import warnings
    warnings.warn("'asyncio.iscoroutinefunction' is deprecated and slated for removal in Python 3.16; "
                  "use inspect.iscoroutinefunction() instead", DeprecationWarning, stacklevel=2)
    return _iscoroutinefunction(func)


def _iscoroutinefunction(func):
    import inspect
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if _asyncio._is_coroutine(obj):
        return True
    import collections.abc
    return isinstance(obj, collections.abc.Coroutine)


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = f'<{type(coro).__name__} without __name__>'
    coro_name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{coro_name} running' if running else coro_name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{coro_name} running at {filename}:{frame.f_lineno}'
    return f'{coro_name} done, defined at {filename}:{code.co_firstlineno}'


def _is_coroutine_abc(obj):
    import collections.abc
    return isinstance(obj, collections.abc.Coroutine)


_asyncio._set_hooks(iscoroutine=_is_coroutine_abc)
