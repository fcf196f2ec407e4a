"""Tasks and the functions that combine awaitables: gather, wait, wait_for, as_completed, shield.

Task, sleep and the current-task registry are native (module _asyncio); the rest is
written here on the public Future/Task API.
"""

from _asyncio import (
    Task, sleep, current_task, all_tasks,
    _register_task, _unregister_task, _enter_task, _leave_task, _swap_current_task,
)

async def _sample():
    pass


_sample_coro = _sample()
_CoroutineType = type(_sample_coro)
_sample_coro.close()
del _sample, _sample_coro
_GeneratorType = type((lambda: (yield))())

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import timeouts

__all__ = (
    "Task", "create_task",
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
    "wait", "wait_for", "as_completed", "sleep",
    "gather", "shield", "ensure_future", "run_coroutine_threadsafe",
    "current_task", "all_tasks",
    "create_eager_task_factory", "eager_task_factory",
    "_register_task", "_unregister_task", "_enter_task", "_leave_task",
)


def create_task(coro, **kwargs):
    """Wrap coro in a Task scheduled on the running loop, and return the task.

    The keyword arguments (name, context, eager_start, ...) go to loop.create_task.
    """
    return events.get_running_loop().create_task(coro, **kwargs)


def create_eager_task_factory(custom_task_constructor):
    """A task factory (for loop.set_task_factory) whose tasks start running at once.

    custom_task_constructor is called like Task(coro, loop=..., eager_start=True, ...):
    the coroutine runs synchronously up to its first suspension before the
    factory returns.
    """
    def factory(loop, coro, *, eager_start=True, **kwargs):
        return custom_task_constructor(coro, loop=loop, eager_start=eager_start, **kwargs)
    return factory


eager_task_factory = create_eager_task_factory(Task)


def _isawaitable(obj):
    """Whether obj can follow `await` (inspect.isawaitable)."""
    if isinstance(obj, _CoroutineType):
        return True
    if isinstance(obj, _GeneratorType):
        code = getattr(obj, "gi_code", None)
        # CO_ITERABLE_COROUTINE: a generator decorated with @types.coroutine
        return code is not None and bool(code.co_flags & 0x100)
    return getattr(type(obj), "__await__", None) is not None


def ensure_future(coro_or_future, *, loop=None):
    """Return a Future for the argument: a Future as it is, anything awaitable as a new Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError("The future belongs to a different loop than "
                             "the one specified as the loop argument")
        return coro_or_future
    coro = coro_or_future
    ours = False  # a coroutine we made, not the caller's: not ours to close on failure
    if not coroutines.iscoroutine(coro):
        if not _isawaitable(coro):
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
        coro = _await_it(coro)
        ours = True
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro)
    except RuntimeError:
        if not ours:
            coro.close()
        raise


async def _await_it(awaitable):
    return await awaitable


# ---------------------------------------------------------------- gather

class _GatheringFuture(futures.Future):
    """The Future gather() returns. cancel() cancels the children, like Task.cancel():
    the future itself ends when they have.
    """

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            # Then the outcome is a cancellation, even with return_exceptions=True.
            self._cancel_requested = True
        return any_cancelled


def _cancelled_as_result(fut):
    """The CancelledError gather(return_exceptions=True) reports for a cancelled child:
    a new one with the cancel() message, so the child's own is left for _make_cancelled_error()."""
    message = getattr(fut, "_cancel_message", None)
    return exceptions.CancelledError("" if message is None else message)


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the results of all the arguments (coroutines, tasks, futures), in order.

    Without return_exceptions, the first exception (or a child's cancellation,
    as CancelledError) becomes the outer future's at once, and the other
    children run on; with it, exceptions are results. Cancelling the outer
    future cancels the children that are not done.
    """
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer

    running = events._get_running_loop()
    cur_task = current_task(running) if running is not None else None  # call graphs: it awaits the children
    loop = None
    outer = None
    children = []        # one per argument, duplicates included
    child_of = {}        # argument -> its future
    already_done = []    # distinct children done before outer existed
    total = 0
    finished = 0

    def on_child_done(fut):
        nonlocal finished
        finished += 1
        if cur_task is not None:
            futures.future_discard_from_awaited_by(fut, cur_task)
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # mark the exception retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished < total:
            return
        results = []
        for child in children:
            if child.cancelled():
                results.append(_cancelled_as_result(child))
            else:
                exc = child.exception()
                results.append(child.result() if exc is None else exc)
        if outer._cancel_requested:
            # Cancelled from outside: cancellation wins over return_exceptions.
            outer.set_exception(children[-1]._make_cancelled_error())
        else:
            outer.set_result(results)

    for arg in coros_or_futures:
        fut = child_of.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            total += 1
            child_of[arg] = fut
            if fut.done():
                already_done.append(fut)
            else:
                if cur_task is not None:
                    futures.future_add_to_awaited_by(fut, cur_task)
                fut.add_done_callback(on_child_done)
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    # Children that finished eagerly are accounted now; if all did, outer is done on return.
    for fut in already_done:
        on_child_done(fut)
    return outer


# ---------------------------------------------------------------- shield

def shield(arg):
    """An awaitable for arg's outcome that cancelling does not pass on to arg.

    Cancelling the task that awaits shield(x) raises CancelledError there,
    while x runs on; x being cancelled by other means cancels the shield.
    """
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()
    cur_task = current_task(loop) if loop is not None else None
    if cur_task is not None:
        futures.future_add_to_awaited_by(inner, cur_task)  # call graphs: the caller waits for inner

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # mark the exception retrieved
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(exc)

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    def _clear_awaited_by_callback(inner):
        futures.future_discard_from_awaited_by(inner, cur_task)

    if cur_task is not None:
        inner.add_done_callback(_clear_awaited_by_callback)
    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


# ---------------------------------------------------------------- wait, wait_for

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; return the sets (done, pending).

    Returns when return_when is met or after timeout seconds; never raises TimeoutError.
    """
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _wake(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _wake, waiter)
    left = len(fs)

    def on_completion(f):
        nonlocal left
        left -= 1
        if (left <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION
                    and not f.cancelled() and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            _wake(waiter)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)

    done = set()
    pending = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def wait_for(fut, timeout):
    """Await fut (a coroutine is wrapped in a Task), cancelling it after timeout seconds.

    On timeout, fut is cancelled and TimeoutError raised; if fut swallows the
    cancellation and returns, its value is returned.
    """
    if timeout is not None and timeout <= 0:
        # Do not even start it: cancel at once and report its outcome.
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc

    async with timeouts.timeout(timeout):
        return await fut


async def _cancel_and_wait(fut):
    """Cancel fut and wait until it is done, staying cancellable ourselves."""
    waiter = events.get_running_loop().create_future()

    def on_done(f):
        _wake(waiter)

    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(on_done)


# ---------------------------------------------------------------- as_completed

class _CompletionQueue:
    """Futures in the order they completed, with tasks waiting to take them (an asyncio.Queue
    reduced to what as_completed needs, with the same wake-up order)."""

    def __init__(self):
        self._items = []
        self._getters = []

    def put(self, item):
        self._items.append(item)
        self._wake_next()

    def _wake_next(self):
        while self._getters:
            getter = self._getters.pop(0)
            if not getter.done():
                getter.set_result(None)
                return

    async def get(self):
        while not self._items:
            getter = events.get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if self._items and not getter.cancelled():
                    self._wake_next()
                raise
        return self._items.pop(0)


class _AsCompletedIterator:
    """What as_completed() returns. `async for` yields the futures as they complete;
    plain `for` yields coroutines, each returning (or raising) the next outcome."""

    def __init__(self, aws, timeout):
        self._done = _CompletionQueue()
        self._timer = None
        loop = events.get_event_loop()
        # Distinct awaitables, started in the order given; a dict is the ordered set.
        todo = {}
        for aw in dict.fromkeys(aws):
            todo[ensure_future(aw, loop=loop)] = None
        for f in todo:
            f.add_done_callback(self._on_completion)
        if todo and timeout is not None:
            self._timer = loop.call_later(timeout, self._on_timeout)
        self._todo = todo
        self._left = len(todo)

    def __aiter__(self):
        return self

    def __iter__(self):
        return self

    async def __anext__(self):
        if not self._left:
            raise StopAsyncIteration
        self._left -= 1
        return await self._next_done()

    def __next__(self):
        if not self._left:
            raise StopIteration
        self._left -= 1
        return self._next_done(result=True)

    def _on_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._on_completion)
            self._done.put(None)  # one timeout marker per awaitable still running
        self._todo.clear()

    def _on_completion(self, f):
        if not self._todo:
            return  # the timeout came first
        del self._todo[f]
        self._done.put(f)
        if not self._todo and self._timer is not None:
            self._timer.cancel()

    async def _next_done(self, result=False):
        f = await self._done.get()
        if f is None:
            raise TimeoutError
        return f.result() if result else f


def as_completed(fs, *, timeout=None):
    """Iterate over the awaitables in fs in the order they complete.

        async for task in as_completed(tasks):   # the futures/tasks themselves
            print(task.result())
        for next_done in as_completed(tasks):    # coroutines: await each for the next outcome
            print(await next_done)

    TimeoutError is raised by the iteration (or the awaited coroutine) once
    timeout seconds pass with awaitables still running.
    """
    if _isawaitable(fs):
        raise TypeError(f"expects an iterable of awaitables, not {type(fs).__name__}")
    return _AsCompletedIterator(fs, timeout)


# ---------------------------------------------------------------- threads

def run_coroutine_threadsafe(coro, loop):
    """Submit coro to loop from another thread; return a concurrent.futures.Future for its
    outcome (cancelling that future cancels the task)."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def start():
        # On the loop's thread: make the task and tie the two futures together.
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return future
