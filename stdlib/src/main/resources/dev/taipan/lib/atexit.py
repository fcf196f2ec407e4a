"""Functions to call when the interpreter exits: the last registered runs first.

The interpreter calls _run_exitfuncs() once the program has ended (normally, by an uncaught
exception or by SystemExit), after waiting for non-daemon threads and before flushing the
standard streams, as CPython does.
"""

import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Call func(*args, **kwargs) at exit; returns func, so this works as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forget every registration of func (compared with ==)."""
    _callbacks[:] = [c for c in _callbacks if not c[0] == func]


def _clear():
    """Forget every registered function."""
    _callbacks.clear()


def _ncallbacks():
    """The number of registered functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """Call the registered functions, last first; one that raises is reported and the rest
    still run. Functions registered meanwhile are not called."""
    callbacks = _callbacks[:]
    _callbacks.clear()
    for func, args, kwargs in reversed(callbacks):
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    err = sys.stderr
    if err is None:
        return
    # laid out as CPython reports an unraisable exception: the traceback entries with their
    # source lines but no carets, no chained exceptions, then "Type: message"
    try:
        import traceback
        text = ["Exception ignored in atexit callback %r:\n" % (func,)]
        # the traceback starts at the callback, not at _run_exitfuncs' call of it
        tb = exc.__traceback__.tb_next if exc.__traceback__ is not None else None
        if tb is not None:
            text.append("Traceback (most recent call last):\n")
            for fs in traceback.extract_tb(tb):
                text.append('  File "%s", line %d, in %s\n' % (fs.filename, fs.lineno, fs.name))
                if fs.line:
                    text.append("    %s\n" % fs.line)
        text += traceback.format_exception_only(exc)
        err.write("".join(text))
    except Exception:
        pass
