"""The event loop and policy for Unix-like systems."""

__all__ = (
    'SelectorEventLoop',
    'DefaultEventLoopPolicy',
    'EventLoop',
)

import _signal

from . import coroutines
from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """Unix event loop: adds signal handling to the selector loop.

    A signal's Python-level handler runs in the main thread as soon as the signal arrives
    (the loop's select() is woken for it); it schedules the callback given to
    add_signal_handler() on the loop, as CPython's self-pipe does.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._signal_handlers = {}

    def close(self):
        super().close()
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)

    def _check_signal(self, sig):
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in _signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) on the loop whenever signal sig arrives."""
        if (coroutines.iscoroutine(callback)
                or coroutines.iscoroutinefunction(callback)):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        try:
            # only the main thread may handle signals, as with CPython's wakeup fd
            _signal.set_wakeup_fd(-1)
        except (ValueError, OSError) as exc:
            raise RuntimeError(str(exc))
        self._signal_handlers[sig] = (callback, args)
        try:
            _signal.signal(sig, self._signal_arrived)
        except OSError as exc:
            del self._signal_handlers[sig]
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig} cannot be caught')
            raise

    def _signal_arrived(self, sig, frame):
        self._handle_signal(sig)

    def _handle_signal(self, sig):
        entry = self._signal_handlers.get(sig)
        if entry is not None:
            callback, args = entry
            self.call_soon_threadsafe(callback, *args)

    def remove_signal_handler(self, sig):
        """Stop handling signal sig; True if a handler was removed."""
        self._check_signal(sig)
        try:
            del self._signal_handlers[sig]
        except KeyError:
            return False
        handler = _signal.default_int_handler if sig == _signal.SIGINT else _signal.SIG_DFL
        try:
            _signal.signal(sig, handler)
        except OSError as exc:
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig} cannot be caught')
            raise
        return True


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy."""
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
EventLoop = SelectorEventLoop
