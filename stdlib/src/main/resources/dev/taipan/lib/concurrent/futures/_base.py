"""Future, Executor, wait() and as_completed(): the thread-safe half of concurrent.futures."""

import collections
import threading
import time
import types
from itertools import islice

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states. CANCELLED_AND_NOTIFIED: cancelled, and an executor has seen it.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished"
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class _Logger:
    """The 'concurrent.futures' logger, or (until Taipan has logging) a stand-in that writes
    what logging's last-resort handler would: the message, then the traceback."""

    def __init__(self):
        self._real = None

    def _target(self):
        if self._real is None:
            try:
                import logging
                self._real = logging.getLogger("concurrent.futures")
            except ImportError:
                self._real = False
        return self._real

    def _emit(self, level, msg, args, exc_info):
        real = self._target()
        if real:
            getattr(real, level)(msg, *args, exc_info=exc_info)
            return
        import sys
        text = str(msg % args if args else msg)
        if exc_info:
            import traceback
            if exc_info is True:
                exc_info = sys.exc_info()
            if exc_info[1] is not None:
                text += '\n' + ''.join(traceback.format_exception(*exc_info)).rstrip('\n')
        sys.stderr.write(text + '\n')

    def exception(self, msg, *args, exc_info=True):
        self._emit('error', msg, args, exc_info)

    def critical(self, msg, *args, exc_info=None):
        self._emit('critical', msg, args, exc_info)


LOGGER = _Logger()


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class _Waiter:
    """What wait() and as_completed() block on: futures report to it as they finish.

    mode is one of the return_when values or _AS_COMPLETED; the event is set when the
    caller should look at finished_futures.
    """

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def _add(self, future, raised):
        with self.lock:
            self.finished_futures.append(future)
            self.pending -= 1
            if (self.mode in (_AS_COMPLETED, FIRST_COMPLETED) or self.pending == 0
                    or (raised and self.mode == FIRST_EXCEPTION)):
                self.event.set()

    def add_result(self, future):
        self._add(future, False)

    def add_exception(self, future):
        self._add(future, True)

    def add_cancelled(self, future):
        self._add(future, False)


class _AcquireFutures:
    """Holds the conditions of several futures at once (always taken in the same order)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _install_waiter(fs, mode):
    if mode not in (_AS_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % mode)
    pending = sum(f._state not in (CANCELLED_AND_NOTIFIED, FINISHED) for f in fs)
    waiter = _Waiter(mode, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Iterate over the futures in fs as they complete (finish or are cancelled).

    Futures already done come first; duplicates are yielded once. TimeoutError is raised
    when timeout seconds pass with futures unfinished.
    """
    if timeout is not None:
        deadline = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)]
        pending = fs - set(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED)
    try:
        yield from finished
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = deadline - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:
                pending.discard(f)
                yield f
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs: all of them (ALL_COMPLETED), the first one to finish
    (FIRST_COMPLETED) or the first to raise (FIRST_EXCEPTION), at most timeout seconds.

    Returns the named pair of sets (done, not_done).
    """
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(not f.cancelled() and f.exception() is not None for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Future:
    """The result of a call that runs elsewhere (in an executor's thread), once it is ready."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            name = self.__class__.__name__
            if self._state == FINISHED:
                if self._exception:
                    return (f'<{name} at {id(self):#x} state={state} raised '
                            f'{self._exception.__class__.__name__}>')
                return (f'<{name} at {id(self):#x} state={state} returned '
                        f'{self._result.__class__.__name__}>')
            return f'<{name} at {id(self):#x} state={state}>'

    def cancel(self):
        """Cancel the future unless it is running or done; return whether it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in _DONE_STATES

    def _outcome(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future finishes or is cancelled (at once if it is done)."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """Return the call's result, waiting at most timeout seconds (None: no limit).

        Raises CancelledError if the future was cancelled, TimeoutError if it did not finish
        in time, and the call's exception if it raised.
        """
        with self._condition:
            self._wait_finished(timeout)
            return self._outcome()

    def exception(self, timeout=None):
        """Return the call's exception (None if it returned), waiting as result() does."""
        with self._condition:
            self._wait_finished(timeout)
            return self._exception

    def _wait_finished(self, timeout):
        """With the condition held: waits at most timeout seconds for the future to be done;
        CancelledError if it was cancelled, TimeoutError if it has not finished by then."""
        if self._state not in _DONE_STATES:
            self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    # For executors (and tests).

    def set_running_or_notify_cancel(self):
        """Mark the future running (True), or, if it was cancelled, tell its waiters (False).

        Raises RuntimeError if it is already running or done.
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Set the result of the work the future stands for."""
        self._finish('_result', result, 'add_result')

    def set_exception(self, exception):
        """Set the exception the work the future stands for raised."""
        self._finish('_exception', exception, 'add_exception')

    def _finish(self, attribute, value, tell_waiter):
        """Sets attribute to value, marks the future finished and tells its waiters (their
        tell_waiter method) and callbacks; InvalidStateError when it is already done."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            setattr(self, attribute, value)
            self._state = FINISHED
            for waiter in self._waiters:
                getattr(waiter, tell_waiter)(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor:
    """The base class of executors: objects that run calls asynchronously."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        """Like map(fn, *iterables), with the calls run by the executor.

        The results come in order; TimeoutError if they are not all there timeout
        seconds after map() was called. With buffersize, at most that many calls are
        submitted ahead of the results taken. chunksize is ignored by threads.
        """
        if buffersize is not None and not isinstance(buffersize, int):
            raise TypeError("buffersize must be an integer or None")
        if buffersize is not None and buffersize < 1:
            raise ValueError("buffersize must be None or > 0")
        if timeout is not None:
            deadline = timeout + time.monotonic()
        rows = zip(*iterables)
        if buffersize:
            fs = collections.deque(self.submit(fn, *args) for args in islice(rows, buffersize))
        else:
            fs = collections.deque(self.submit(fn, *args) for args in rows)

        # A nested generator, so that every call is submitted before the first result is asked for.
        def results():
            try:
                while fs:
                    if buffersize:
                        args = next(rows, None)
                        if args is not None:
                            fs.append(self.submit(fn, *args))
                    if timeout is None:
                        yield _result_or_cancel(fs.popleft())
                    else:
                        yield _result_or_cancel(fs.popleft(), deadline - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources; with wait, after the pending calls have run.

        Calling it again is harmless; nothing else may be called after it.
        """
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""
