"""ThreadPoolExecutor: runs submitted calls in a pool of reusable worker threads."""

import itertools
import os
import queue
import threading
import types

from concurrent.futures import _base

# Worker thread -> its executor's work queue, for the exit hook below.
_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    # Before threading._shutdown() joins the threads: wake every idle worker so it exits.
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    """One submitted call and the future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor, work_queue, initializer, initargs):
    """A worker thread's loop: run work items until a None tells it to stop.

    A None is passed on to the next worker, so one None stops the whole pool."""
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                executor._initializer_failed()
                return
        try:
            while True:
                try:
                    item = work_queue.get_nowait()
                except queue.Empty:
                    # About to wait: count this worker as idle, so submit() reuses it.
                    executor._idle_semaphore.release()
                    item = work_queue.get(block=True)
                if item is not None:
                    item.run()
                    del item
                    continue
                if _shutdown or executor._shutdown:
                    executor._shutdown = True
                    work_queue.put(None)
                    return
        except BaseException:
            _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):
    """An executor whose calls run in at most max_workers threads, started as needed.

    max_workers defaults to min(32, CPU count + 4); the threads are named
    thread_name_prefix + '_N', and each runs initializer(*initargs) first.
    """

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            cpus = getattr(os, 'process_cpu_count', os.cpu_count)()
            max_workers = min(32, (cpus or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its result."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker takes the item; otherwise start one more, up to max_workers.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail the calls still queued.
            for item in self._take_queued():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def _take_queued(self):
        """Takes the work items still queued, one at a time (the None wake-ups are dropped)."""
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                yield item

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting calls; with wait, return once the workers have finished.

        cancel_futures cancels the calls not started yet."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for item in self._take_queued():
                    item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
