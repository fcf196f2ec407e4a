"""How asyncio shows callbacks in reprs and error messages."""

from _functools import partial as _partial


def _sample():
    pass


_FunctionType = type(_sample)
del _sample


def _unwrap(func):
    seen = set()
    while hasattr(func, '__wrapped__') and id(func) not in seen:
        seen.add(id(func))
        func = func.__wrapped__
    return func


def _get_function_source(func):
    func = _unwrap(func)
    if isinstance(func, _FunctionType):
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, _partial):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args, *, debug=False):
    func_repr = _format_callback(func, args, None, debug=debug)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


def _format_args_and_kwargs(args, kwargs, *, debug=False):
    """(args) as shown in reprs: only in debug mode, as arguments may hold sensitive data."""
    if not debug:
        return '()'
    import reprlib
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, *, debug=False, suffix=''):
    if isinstance(func, _partial):
        suffix = _format_args_and_kwargs(args, kwargs, debug=debug) + suffix
        return _format_callback(func.func, func.args, func.keywords, debug=debug, suffix=suffix)
    if getattr(func, '__qualname__', None):
        func_repr = func.__qualname__
    elif getattr(func, '__name__', None):
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    func_repr += _format_args_and_kwargs(args, kwargs, debug=debug)
    if suffix:
        func_repr += suffix
    return func_repr


def extract_stack(f=None, limit=None):
    """A StackSummary of the caller's stack, outermost frame first (debug-mode source tracebacks).

    At most limit frames (default constants.DEBUG_STACK_DEPTH, 10), the innermost ones; source
    lines are read only when shown.
    """
    import sys
    import traceback
    if f is None:
        f = sys._getframe().f_back
    if limit is None:
        limit = 10
    stack = traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit, lookup_lines=False)
    stack.reverse()
    return stack


def _loop_core_source_traceback(limit):
    """Where the loop core (Java) was called from in debug mode: the Python caller's stack.

    limit None: the whole stack with its lines (what a Future records: traceback.extract_stack());
    else at most limit frames (what a Handle records).
    """
    import sys
    import traceback
    try:
        caller = sys._getframe(1)
    except ValueError:
        return traceback.StackSummary()  # called with no Python code running
    if limit is None:
        return traceback.extract_stack(caller)
    return extract_stack(caller, limit)


def _recursive_repr(fn):
    """A repr function that returns '...' for an object already being shown (reprlib.recursive_repr())."""
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)

    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
