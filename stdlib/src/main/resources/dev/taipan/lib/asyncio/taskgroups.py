"""TaskGroup: structured concurrency; the group's exit waits for every task it started."""

from . import events
from . import exceptions
from . import futures
from . import tasks

__all__ = ("TaskGroup",)


def _is_base_error(exc):
    # The two exceptions a task does not swallow into its result: they end the group at once.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """An async context manager that owns tasks and waits for all of them on exit.

        async with asyncio.TaskGroup() as group:
            group.create_task(first())
            group.create_task(second())

    When a task fails (with anything but CancelledError), the other tasks and
    the body are cancelled, and the group raises the failures together in an
    ExceptionGroup (a BaseExceptionGroup if any is not an Exception).
    """

    def __init__(self):
        self._loop = None
        self._parent_task = None
        self._entered = False
        self._exiting = False
        self._aborting = False
        # True once the group itself cancelled the parent task: its exit must uncancel() once.
        self._parent_cancel_requested = False
        self._tasks = {}  # the unfinished tasks, in creation order (a dict used as an ordered set)
        self._errors = []
        self._base_error = None
        # Resolved when the last task finishes, while the exit is waiting.
        self._all_done = None

    def __repr__(self):
        parts = []
        if self._tasks:
            parts.append(f"tasks={len(self._tasks)}")
        if self._errors:
            parts.append(f"errors={len(self._errors)}")
        if self._aborting:
            parts.append("cancelling")
        elif self._entered:
            parts.append("entered")
        return "<TaskGroup" + "".join(" " + p for p in parts) + ">"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        try:
            return await self._aexit(et, exc)
        finally:
            # Exceptions hold frames; drop what the group no longer needs.
            self._parent_task = None
            self._errors = None
            self._base_error = None

    async def _aexit(self, et, exc):
        self._exiting = True
        if exc is not None and _is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        # The CancelledError to re-raise at the end, if the parent is being cancelled.
        cancel_error = None
        if et is not None and issubclass(et, exceptions.CancelledError):
            cancel_error = exc

        # The body failed or was cancelled: stop the tasks.
        if et is not None and not self._aborting:
            self._abort()

        # The wait may be cancelled again and again (the parent cancelled
        # repeatedly), so wait in a loop until no task is left.
        while self._tasks:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as err:
                if not self._aborting:
                    # Someone cancelled the parent while the tasks ran on.
                    cancel_error = err
                    self._abort()
            self._all_done = None
        assert not self._tasks

        if self._base_error is not None:
            raise self._base_error

        if self._parent_cancel_requested:
            # Withdraw our own cancel(); if none is left, the CancelledError was ours.
            if self._parent_task.uncancel() == 0:
                cancel_error = None

        # Errors take priority over a cancellation.
        if cancel_error is not None and not self._errors:
            raise cancel_error

        if et is not None and not issubclass(et, exceptions.CancelledError):
            self._errors.append(exc)

        if self._errors:
            # Someone outside cancelled the parent: we raise instead of the
            # CancelledError, but keep the cancel count as it was.
            if self._parent_task.cancelling():
                self._parent_task.uncancel()
                self._parent_task.cancel()
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None
        return None

    def create_task(self, coro, **kwargs):
        """Start coro as a task of this group and return the task.

        The keyword arguments (name, context, eager_start, ...) go to loop.create_task.
        """
        if not self._entered:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, **kwargs)
        futures.future_add_to_awaited_by(task, self._parent_task)  # call graphs: the parent waits for it
        # The callback is added even when an eager task already finished, so a
        # failure is handled by the loop, not in the middle of this call.
        self._tasks[task] = None
        task.add_done_callback(self._on_task_done)
        # An eager task may have aborted the group before it was in _tasks.
        if self._aborting and not task.done():
            task.cancel()
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        futures.future_discard_from_awaited_by(task, self._parent_task)
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)

        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if _is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            self._loop.call_exception_handler({
                "message": f"Task {task!r} has errored out but its parent "
                           f"task {self._parent_task} is already completed",
                "exception": exc,
                "task": task,
            })
            return

        if not self._aborting and not self._parent_cancel_requested:
            # Stop the body too: cancel the parent, and have the exit take it back.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
