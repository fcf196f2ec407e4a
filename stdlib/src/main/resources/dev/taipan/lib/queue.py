"""Queues for handing work from thread to thread: FIFO, LIFO, priority and the simple queue."""

import threading
import types
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time

__all__ = [
    'Empty',
    'Full',
    'ShutDown',
    'Queue',
    'PriorityQueue',
    'LifoQueue',
    'SimpleQueue',
]


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'   # where CPython defines it


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


class ShutDown(Exception):
    '''Raised when put/get with shut-down queue.'''


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock, three conditions over it: waiting for an item, for a free slot, and for
        # every task to be marked done.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.

        Each get() is followed by one task_done() when the item has been processed;
        join() returns once every item put has been marked done. Raises ValueError if
        called more times than there were items placed in the queue.
        '''
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
            if unfinished == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.

        With block true, wait for a free slot (at most timeout seconds, then raise Full);
        with block false, raise Full at once when there is none. Raises ShutDown if the
        queue has been shut down.
        '''
        with self.not_full:
            if self.is_shutdown:
                raise ShutDown
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                else:
                    _check_timeout(timeout)
                    deadline = None if timeout is None else time() + timeout
                    while self._qsize() >= self.maxsize:
                        if deadline is None:
                            self.not_full.wait()
                        else:
                            remaining = deadline - time()
                            if remaining <= 0.0:
                                raise Full
                            self.not_full.wait(remaining)
                        if self.is_shutdown:
                            raise ShutDown
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        With block true, wait for an item (at most timeout seconds, then raise Empty);
        with block false, raise Empty at once when there is none. Raises ShutDown if the
        queue has been shut down and is empty, or shut down immediately.
        '''
        with self.not_empty:
            if self.is_shutdown and not self._qsize():
                raise ShutDown
            if not block:
                if not self._qsize():
                    raise Empty
            else:
                _check_timeout(timeout)
                deadline = None if timeout is None else time() + timeout
                while not self._qsize():
                    if deadline is None:
                        self.not_empty.wait()
                    else:
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Empty
                        self.not_empty.wait(remaining)
                    if self.is_shutdown and not self._qsize():
                        raise ShutDown
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''Put an item into the queue without blocking (Full if there is no free slot).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item without blocking (Empty if there is none).'''
        return self.get(block=False)

    def shutdown(self, immediate=False):
        '''Shut down the queue: put() raises ShutDown, and get() once the queue is empty.

        With immediate true, get() raises at once: the remaining items are dropped and
        counted as done, which may unblock join(). Blocked callers are woken up.
        '''
        with self.mutex:
            self.is_shutdown = True
            if immediate:
                while self._qsize():
                    self._get()
                    if self.unfinished_tasks > 0:
                        self.unfinished_tasks -= 1
                self.all_tasks_done.notify_all()
            self.not_empty.notify_all()
            self.not_full.notify_all()

    # The storage: subclasses override these four (called with the mutex held).

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    '''A queue that hands out its smallest entry first (entries are often (priority, data)).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A queue that hands out the entry added last first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded FIFO queue: put() never blocks, and there is no task tracking.'''
    __module__ = '_queue'   # where CPython defines it

    def __init__(self):
        self._queue = deque()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue (block and timeout are ignored: it never blocks).'''
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        '''Remove and return an item, waiting as Queue.get() does.'''
        if not block:
            timeout = None
        _check_timeout(timeout)
        if not self._count.acquire(block, timeout):
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        '''Put an item into the queue (the same as put()).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item without blocking (Empty if there is none).'''
        return self.get(block=False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return len(self._queue) == 0

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)
