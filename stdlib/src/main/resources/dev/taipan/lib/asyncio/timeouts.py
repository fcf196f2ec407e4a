"""Timeout context managers: cancel the enclosing task at a deadline, raise TimeoutError."""

from _asyncio import current_task

from . import events
from . import exceptions

__all__ = ("Timeout", "timeout", "timeout_at")


# A Timeout's life, in the words its repr and error messages use.
_CREATED = "created"      # made, not yet entered
_ENTERED = "active"       # inside "async with", deadline armed
_EXPIRING = "expiring"    # deadline passed, the task was cancelled, exit not yet seen
_EXPIRED = "expired"      # exited after expiring
_EXITED = "finished"      # exited before the deadline


class Timeout:
    """An async context manager that cancels the current task when the loop time reaches when().

    Make one with timeout() or timeout_at(); when=None never expires.
    """

    def __init__(self, when):
        self._state = _CREATED
        self._when = when
        self._task = None
        self._timeout_handler = None
        self._cancelling = 0

    def when(self):
        """The deadline in loop time, or None."""
        return self._when

    def reschedule(self, when):
        """Move the deadline to `when` (loop time), or disarm it with None."""
        if self._state != _ENTERED:
            if self._state == _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Whether the deadline passed while the block was running."""
        return self._state == _EXPIRING or self._state == _EXPIRED

    def __repr__(self):
        if self._state == _ENTERED:
            when = None if self._when is None else round(self._when, 3)
            return f"<Timeout [{self._state}] when={when}>"
        return f"<Timeout [{self._state}]>"

    async def __aenter__(self):
        if self._state != _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ENTERED
        self._task = task
        # Cancellations requested before we entered are not ours to absorb.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_ENTERED, _EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

        if self._state == _ENTERED:
            self._state = _EXITED
            return None

        self._state = _EXPIRED
        # Our cancel() is withdrawn; if nobody else asked for one meanwhile,
        # the CancelledError in flight is ours and becomes a TimeoutError.
        if self._task.uncancel() <= self._cancelling and exc_type is not None:
            if issubclass(exc_type, exceptions.CancelledError):
                raise TimeoutError from exc_val
            if exc_val is not None:
                _mark_timeout(exc_val)
                if isinstance(exc_val, ExceptionGroup):
                    for inner in exc_val.exceptions:
                        _mark_timeout(inner)
        return None

    def _on_timeout(self):
        assert self._state == _ENTERED
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def _mark_timeout(exc):
    """Insert a TimeoutError before the first CancelledError in exc's __context__ chain.

    Used when the cancellation was turned into some other exception, so the
    traceback still shows that a timeout started it.
    """
    while exc.__context__ is not None:
        context = exc.__context__
        if isinstance(context, exceptions.CancelledError):
            timeout_error = TimeoutError()
            timeout_error.__context__ = context
            timeout_error.__cause__ = context
            exc.__context__ = timeout_error
            return
        exc = context


def timeout(delay):
    """A Timeout that expires `delay` seconds from now (None: never).

        async with asyncio.timeout(10):
            await long_running_task()
    """
    loop = events.get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout that expires at loop time `when` (None: never)."""
    return Timeout(when)
