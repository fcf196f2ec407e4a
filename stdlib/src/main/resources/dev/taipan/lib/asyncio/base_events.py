"""BaseEventLoop: the Python half of Taipan's event loop.

The loop core (ready queue, timers, selector, call_soon/call_later/call_at, run_forever, stop,
close, create_task, create_future) is native (_asyncio._BaseLoop); this class adds what CPython
writes in Python: run_until_complete, exception handling, async generator bookkeeping and
shutdown.
"""

__all__ = 'BaseEventLoop',

import sys

import _asyncio

from . import base_futures
from . import base_tasks
from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures
from . import tasks
from .log import logger

_asyncio._set_hooks(
    future_repr=base_futures._future_repr,
    task_repr=base_tasks._task_repr,
    format_callback=lambda cb, args, debug: format_helpers._format_callback_source(cb, args, debug=debug),
    task_get_stack=base_tasks._task_get_stack,
    task_print_stack=base_tasks._task_print_stack,
)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # Issue #22429: run_forever() already finished, no need to stop it.
            return
    futures._get_loop(fut).stop()


def _format_handle(handle):
    cb = handle._callback
    if isinstance(getattr(cb, '__self__', None), tasks.Task):
        # format the task
        return repr(cb.__self__)
    return str(handle)


class BaseEventLoop(_asyncio._BaseLoop, events.AbstractEventLoop):

    def __init__(self):
        self._default_executor = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def run_until_complete(self, future):
        """Run until the Future is done and return its result (or raise its exception)."""
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException: mark its exception as retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def close(self):
        """Close the loop; it must not be running. Pending callbacks are lost."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self.is_closed():
            return
        super().close()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        _asyncio._report_never_awaited()

    # ---- async generators ----------------------------------------------------------------

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asyncio was closed before the first iteration of an async generator {agen!r}",
                ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self, timeout=None):
        """Schedule the shutdown of the default executor."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        executor = self._default_executor
        self._default_executor = None
        executor.shutdown(wait=True)

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError('run_in_executor() needs threads, which Taipan does not have yet')

    def set_default_executor(self, executor):
        self._default_executor = executor

    # ---- errors ----------------------------------------------------------------------------

    def get_exception_handler(self):
        """Return an exception handler, or None if the default one is in use."""
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set handler as the new event loop exception handler (None restores the default)."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Default exception handler: logs the message, the other context keys and the traceback."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            if key == 'source_traceback':
                import traceback
                tb = ''.join(traceback.format_list(value))
                value = 'Object created at (most recent call last):\n' + tb.rstrip()
            elif key == 'handle_traceback':
                import traceback
                tb = ''.join(traceback.format_list(value))
                value = 'Handle created at (most recent call last):\n' + tb.rstrip()
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Call the current event loop's exception handler with a context dict."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
        else:
            try:
                ctx = None
                thing = context.get("task")
                if thing is None:
                    thing = context.get("future")
                if thing is None:
                    thing = context.get("handle")
                if thing is not None and hasattr(thing, "get_context"):
                    ctx = thing.get_context()
                if ctx is not None and hasattr(ctx, "run"):
                    ctx.run(self._exception_handler, self, context)
                else:
                    self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    logger.error('Exception in default exception handler '
                                 'while handling an unexpected error '
                                 'in custom exception handler',
                                 exc_info=True)

    def _warn_slow_callback(self, handle, dt):
        logger.warning('Executing %s took %.3f seconds', _format_handle(handle), dt)
