"""Queues for coordinating producer and consumer tasks: Queue (FIFO), PriorityQueue, LifoQueue.

A task that cannot get (queue empty) or put (queue full) parks a future in the getters or
putters deque; each put wakes the first live getter and each get the first live putter.
"""

__all__ = (
    'Queue',
    'PriorityQueue',
    'LifoQueue',
    'QueueFull',
    'QueueEmpty',
    'QueueShutDown',
)

from _collections import deque
from _heapq import heappush as _heappush, heappop as _heappop

GenericAlias = type(list[int])

from . import locks
from . import mixins


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    pass


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    pass


class QueueShutDown(Exception):
    """Raised when putting on to or getting from a shut-down Queue."""
    pass


def _wakeup_next(waiters):
    # Pop waiters until one that is still pending, and wake it.
    while waiters:
        waiter = waiters.popleft()
        if not waiter.done():
            waiter.set_result(None)
            break


# What Queue.put() and Queue.get() do inline on their fast path.
_INLINED = ('_init', '_put', '_get', '_wakeup_next', 'qsize', 'empty', 'full',
            'put_nowait', 'get_nowait')


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue for tasks.

    With maxsize <= 0 (the default) the queue is unbounded; otherwise "await put()"
    waits while it holds maxsize items. qsize() is exact, since tasks only switch at
    await points.
    """

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()  # futures of tasks waiting in get()
        self._putters = deque()  # futures of tasks waiting in put()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)
        self._is_shutdown = False

    # Subclasses change the order of the items by overriding these three.

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        _wakeup_next(waiters)

    # True when put() and get() may skip the methods above and full(), empty(), qsize(),
    # put_nowait(), get_nowait(): the class overrides none of them.
    _inline = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._inline = all(getattr(cls, name) is getattr(Queue, name) for name in _INLINED)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    __class_getitem__ = classmethod(GenericAlias)

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        if self._is_shutdown:
            result += ' shutdown'
        return result

    def qsize(self):
        """Number of items in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):
        """Number of items allowed in the queue."""
        return self._maxsize

    def empty(self):
        """Return True if the queue is empty, False otherwise."""
        return not self._queue

    def full(self):
        """Return True if there are maxsize items in the queue.

        A queue made with maxsize <= 0 (the default) is never full.
        """
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    # put() and get() are the hot paths of every pipeline. When the queue is an exact Queue
    # (see _inline) and need not wait, they do the work of put_nowait()/get_nowait() inline;
    # otherwise they take the general path, which calls the overridable methods.

    async def put(self, item):
        """Put an item into the queue, first waiting for a free slot if it is full.

        QueueShutDown if the queue is shut down.
        """
        if self._inline:
            queue = self._queue
            maxsize = self._maxsize
            if maxsize <= 0 or len(queue) < maxsize:
                if self._is_shutdown:
                    raise QueueShutDown
                queue.append(item)
                self._unfinished_tasks += 1
                finished = self._finished
                if finished._value:
                    finished._value = False  # finished.clear(), inline
                getters = self._getters
                if getters:
                    _wakeup_next(getters)
                return None
        while self.full():
            if self._is_shutdown:
                raise QueueShutDown
            putter = self._get_loop().create_future()
            putters = self._putters
            putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()  # a no-op unless we failed before being woken
                try:
                    putters.remove(putter)
                except ValueError:
                    # A get or shutdown() already popped it.
                    pass
                if not self.full() and not putter.cancelled():
                    # We were woken for a free slot we will not use: pass it on.
                    self._wakeup_next(putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put an item into the queue; QueueFull if there is no free slot.

        QueueShutDown if the queue is shut down.
        """
        if self._is_shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, first waiting for one if the queue is empty.

        QueueShutDown if the queue is shut down and empty (shutdown(immediate=True)
        empties it).
        """
        if self._inline:
            queue = self._queue
            if queue:
                item = queue.popleft()
                putters = self._putters
                if putters:
                    _wakeup_next(putters)
                return item
        while self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            getter = self._get_loop().create_future()
            getters = self._getters
            getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()  # a no-op unless we failed before being woken
                try:
                    getters.remove(getter)
                except ValueError:
                    # A put or shutdown() already popped it.
                    pass
                if not self.empty() and not getter.cancelled():
                    # We were woken for an item we will not take: pass it on.
                    self._wakeup_next(getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item; QueueEmpty if there is none.

        QueueShutDown if the queue is shut down and empty.
        """
        if self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Mark one item taken by get() as processed, for join().

        ValueError if called more times than items were put.
        """
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been marked processed by task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()

    def shutdown(self, immediate=False):
        """Shut the queue down: put() raises QueueShutDown from now on, and so does get()
        once the queue is empty.

        Blocked put() and get() calls wake up to see the shutdown. With immediate=True
        the remaining items are dropped, each counted as done for join().
        """
        self._is_shutdown = True
        if immediate:
            while not self.empty():
                self._get()
                if self._unfinished_tasks > 0:
                    self._unfinished_tasks -= 1
            if self._unfinished_tasks == 0:
                self._finished.set()
        getters = self._getters
        while getters:
            getter = getters.popleft()
            if not getter.done():
                getter.set_result(None)
        putters = self._putters
        while putters:
            putter = putters.popleft()
            if not putter.done():
                putter.set_result(None)


class PriorityQueue(Queue):
    """A Queue that returns the lowest item first, e.g. (priority, data) tuples."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item, heappush=_heappush):
        heappush(self._queue, item)

    def _get(self, heappop=_heappop):
        return heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that returns the most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
