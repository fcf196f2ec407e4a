"""Event loop mixins."""

from . import events


class _LoopBoundMixin:
    """Binds an object to the event loop that is running when it first needs one."""

    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            # No lock needed: the interpreter lock only changes hands at calls and
            # loop back-edges, never between this test and the assignment.
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
