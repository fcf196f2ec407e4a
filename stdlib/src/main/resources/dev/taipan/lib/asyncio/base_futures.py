"""Future helpers shared by futures and tasks: isfuture() and the reprs."""

__all__ = ()


from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Check for a Future.

    True for instances of asyncio.Future and for objects that follow its protocol
    (a class attribute _asyncio_future_blocking that is not None).
    """
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cb):
    """cb=[f(), <n more>, g()] as asyncio shows a future's done callbacks."""
    def one(callback):
        return format_helpers._format_callback_source(callback, ())

    size = len(cb)
    if size == 0:
        shown = ''
    elif size == 1:
        shown = one(cb[0][0])
    elif size == 2:
        shown = f'{one(cb[0][0])}, {one(cb[1][0])}'
    else:
        shown = f'{one(cb[0][0])}, <{size - 2} more>, {one(cb[-1][0])}'
    return f'cb=[{shown}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            import reprlib
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    if future._source_traceback:
        frame = future._source_traceback[-1]
        info.append(f'created at {frame[0]}:{frame[1]}')
    return info


@format_helpers._recursive_repr
def _future_repr(future):
    info = ' '.join(_future_repr_info(future))
    return f'<{future.__class__.__name__} {info}>'
