"""Synchronization primitives: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.

Every primitive waits the same way: a waiting task parks a future from loop.create_future()
in a FIFO deque and awaits it; whoever frees the resource sets the result of the first future
that is not done yet. A waiter that is cancelled after being woken passes the wake-up on, so
no wake-up is ever lost.
"""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')

from _collections import deque

from . import exceptions
from . import mixins


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        # "async with lock as x" binds None, as in CPython.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """Primitive lock: not owned by any task, either locked or unlocked.

    acquire() waits until the lock is unlocked, then locks it; release() unlocks it and
    lets the longest-waiting task take it next (FIFO). Releasing an unlocked lock raises
    RuntimeError. Use it as "async with lock:".
    """

    def __init__(self):
        self._waiters = None  # deque of futures, created on the first wait
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{super().__repr__()[1:-1]} [{extra}]>'

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Lock's own __aenter__/__aexit__ inline acquire() and release(); a subclass that
        # overrides what they inline gets the plain versions, which call the methods.
        if any(getattr(cls, name) is not getattr(Lock, name)
               for name in ('acquire', 'release', '_wake_up_first')):
            if cls.__aenter__ is Lock.__aenter__:
                cls.__aenter__ = _ContextManagerMixin.__aenter__
            if cls.__aexit__ is Lock.__aexit__:
                cls.__aexit__ = _ContextManagerMixin.__aexit__

    def locked(self):
        """Return True if the lock is acquired."""
        return self._locked

    async def acquire(self):
        """Wait until the lock is unlocked, lock it and return True.

        Waiters are served in FIFO order; a newcomer only jumps the queue when every
        queued waiter has been cancelled.
        """
        waiters = self._waiters
        if not self._locked and (not waiters or all(w.cancelled() for w in waiters)):
            self._locked = True
            return True
        if waiters is None:
            waiters = self._waiters = deque()
        fut = self._get_loop().create_future()
        waiters.append(fut)
        try:
            try:
                await fut
            finally:
                waiters.remove(fut)
        except exceptions.CancelledError:
            # We may have been woken just before the cancellation reached us: the lock
            # is then free, and the next waiter must get the wake-up we cannot use.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Unlock the lock and wake the first waiting task, if any.

        RuntimeError if the lock is not locked.
        """
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        # The first waiter is woken, unless it already was (done() also covers
        # a cancelled first waiter, which wakes the next one itself).
        waiters = self._waiters
        if waiters:
            fut = waiters[0]
            if not fut.done():
                fut.set_result(True)

    # "async with lock" is the hot path of most programs using locks: these two
    # inline the uncontended acquire() and release().

    async def __aenter__(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return None
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        waiters = self._waiters
        if waiters:
            fut = waiters[0]
            if not fut.done():
                fut.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for: set() wakes every waiter, clear() resets it."""

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{super().__repr__()[1:-1]} [{extra}]>'

    def is_set(self):
        """Return True if and only if the internal flag is true."""
        return self._value

    def set(self):
        """Set the flag and wake every task waiting for it."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        """Reset the flag: wait() blocks again until the next set()."""
        self._value = False

    async def wait(self):
        """Return True once the flag is set (at once if it already is)."""
        if self._value:
            return True
        waiters = self._waiters
        fut = self._get_loop().create_future()
        waiters.append(fut)
        try:
            await fut
            return True
        finally:
            waiters.remove(fut)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A condition variable over a Lock (a new one unless lock= is given).

    Tasks holding the lock wait() to be notified; notify(n) and notify_all() wake them,
    and each woken task takes the lock again before its wait() returns.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        # The lock's own methods, as in threading.Condition.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{super().__repr__()[1:-1]} [{extra}]>'

    async def wait(self):
        """Release the lock, wait to be notified, take the lock again and return True.

        RuntimeError if the lock is not held. The lock is always re-acquired, even when
        the wait is cancelled; wake-ups may be spurious, so callers re-check their state.
        """
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        fut = self._get_loop().create_future()
        self.release()
        try:
            try:
                waiters = self._waiters
                waiters.append(fut)
                try:
                    await fut
                    return True
                finally:
                    waiters.remove(fut)
            finally:
                # Take the lock back whatever happened. Only cancellation is retried;
                # the last CancelledError is raised once the lock is ours.
                cancelled = None
                while True:
                    try:
                        await self.acquire()
                        break
                    except exceptions.CancelledError as e:
                        cancelled = e
                if cancelled is not None:
                    try:
                        raise cancelled
                    finally:
                        cancelled = None
        except BaseException:
            # We may have been notified before failing: hand the notification to
            # another waiter (a spurious wake-up at worst, which conditions allow).
            self._notify(1)
            raise

    async def wait_for(self, predicate):
        """wait() until predicate() is true; return its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiting tasks. RuntimeError if the lock is not held.

        A woken task returns from wait() only after it re-acquires the lock,
        which the caller of notify() still holds.
        """
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._notify(n)

    def _notify(self, n):
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake every waiting task. RuntimeError if the lock is not held."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter that acquire() decrements and release() increments, never below zero.

    acquire() waits while the counter is zero, or while earlier tasks are still queued
    (FIFO). The initial value defaults to 1; a negative one is a ValueError.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None  # deque of futures, created on the first wait
        self._value = value

    def __repr__(self):
        if self.locked():
            extra = 'locked'
        else:
            extra = f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{super().__repr__()[1:-1]} [{extra}]>'

    def locked(self):
        """Return True if acquire() would have to wait."""
        if self._value == 0:
            return True
        waiters = self._waiters
        if waiters:
            for w in waiters:
                if not w.cancelled():
                    return True
        return False

    async def acquire(self):
        """Decrement the counter, first waiting for it to be positive and for the
        tasks queued earlier to go first. Return True."""
        if not self.locked():
            self._value -= 1
            return True
        waiters = self._waiters
        if waiters is None:
            waiters = self._waiters = deque()
        fut = self._get_loop().create_future()
        waiters.append(fut)
        try:
            try:
                await fut
            finally:
                waiters.remove(fut)
        except exceptions.CancelledError:
            if fut.done() and not fut.cancelled():
                # release() already counted this wake-up against the value (see
                # _wake_up_next); we will not use it, so give it back.
                self._value += 1
            raise
        finally:
            # Waiters that queued up behind us may be runnable now.
            while self._value > 0:
                if not self._wake_up_next():
                    break
        return True

    def release(self):
        """Increment the counter and wake the first waiting task, if any."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # Wake the first waiter that is not done yet, taking its unit of the counter
        # now so that no newcomer can take it first. Return whether one was woken.
        waiters = self._waiters
        if not waiters:
            return False
        for fut in waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() raises ValueError rather than exceed the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# Barrier states (CPython uses an enum whose values are these strings).
_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """Lets a fixed number of tasks (parties) wait for each other, like threading.Barrier.

    Each wait() blocks until parties tasks are waiting, then all of them continue;
    each gets a distinct index in range(parties). reset() and abort() make the tasks
    waiting at that moment raise BrokenBarrierError.
    """

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()  # notified on every change of state
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # tasks inside wait()

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra = f'{extra}, waiters:{self.n_waiting}/{self.parties}'
        return f'<{super().__repr__()[1:-1]} [{extra}]>'

    async def __aenter__(self):
        # "async with barrier as i" waits at the barrier and binds the index.
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait until parties tasks are waiting; return this task's index
        (0 to parties-1). BrokenBarrierError if the barrier is or becomes broken or reset."""
        cond = self._cond
        async with cond:
            # A barrier still releasing its previous round, or resetting, lets no one in.
            await cond.wait_for(lambda: self._state is not _DRAINING
                                and self._state is not _RESETTING)
            if self._state is _BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            try:
                index = self._count
                self._count = index + 1
                if index + 1 == self._parties:
                    # The last arrival releases the whole round.
                    self._state = _DRAINING
                    cond.notify_all()
                else:
                    await cond.wait_for(lambda: self._state is not _FILLING)
                    if self._state is _BROKEN or self._state is _RESETTING:
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    # The last task out ends the draining (or resetting) and lets the
                    # tasks blocked at the entrance in.
                    if self._state is _RESETTING or self._state is _DRAINING:
                        self._state = _FILLING
                    cond.notify_all()

    async def reset(self):
        """Return the barrier to its empty state; tasks waiting in it get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                # The last waiter to leave sets the state back to filling.
                self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: current and future wait() calls raise BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """The number of tasks needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of tasks waiting while the barrier fills."""
        if self._state is _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state is _BROKEN
