"""asyncio.Future (native) and the helpers around it."""

__all__ = (
    'Future', 'wrap_future', 'isfuture',
    'future_discard_from_awaited_by', 'future_add_to_awaited_by',
)

from _asyncio import Future
# Call graphs (asyncio.graph): record that a future is awaited by a task or future, and that it
# no longer is; both must be Futures (or subclasses), else nothing happens.
from _asyncio import future_add_to_awaited_by, future_discard_from_awaited_by

from . import base_futures
from . import events
from . import exceptions
from . import format_helpers

isfuture = base_futures.isfuture

_PENDING = base_futures._PENDING
_CANCELLED = base_futures._CANCELLED
_FINISHED = base_futures._FINISHED


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _convert_future_exc(exc):
    exc_class = type(exc)
    name = exc_class.__module__ + '.' + exc_class.__qualname__
    if name == 'concurrent.futures._base.CancelledError':
        return exceptions.CancelledError(*exc.args).with_traceback(exc.__traceback__)
    if name == 'concurrent.futures._base.InvalidStateError':
        return exceptions.InvalidStateError(*exc.args).with_traceback(exc.__traceback__)
    return exc


def _copy_future_state(source, dest):
    """Copies the state of a done future into a pending asyncio future."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _set_concurrent_future_state(concurrent, source):
    """Copies the state of a done asyncio future into a concurrent.futures.Future."""
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    # After a cancel() this returns False, having told wait() and as_completed() about it.
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _is_concurrent_future(obj):
    import concurrent.futures
    return isinstance(obj, concurrent.futures.Future)


def _chain_future(source, destination):
    """Makes destination follow source (either may be an asyncio or a concurrent.futures Future);
    cancelling destination cancels source."""
    if not isfuture(source) and not _is_concurrent_future(source):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not _is_concurrent_future(destination):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future object in an asyncio Future."""
    if isfuture(future):
        return future
    if not _is_concurrent_future(future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
