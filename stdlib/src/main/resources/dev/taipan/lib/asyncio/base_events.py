"""BaseEventLoop: the Python half of Taipan's event loop.

The loop core (ready queue, timers, selector, call_soon/call_later/call_at, run_forever, stop,
close, create_task, create_future) is native (_asyncio._BaseLoop); this class adds what CPython
writes in Python: run_until_complete, exception handling, async generator bookkeeping and
shutdown.
"""

__all__ = 'BaseEventLoop',

import sys
import warnings

import _asyncio

from . import base_futures
from . import base_tasks
from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures
from . import tasks
from . import timeouts
from .log import logger

_asyncio._set_hooks(
    future_repr=base_futures._future_repr,
    task_repr=base_tasks._task_repr,
    format_callback=lambda cb, args, debug: format_helpers._format_callback_source(cb, args, debug=debug),
    task_get_stack=base_tasks._task_get_stack,
    task_print_stack=base_tasks._task_print_stack,
    extract_stack=format_helpers._loop_core_source_traceback,
    unclosed_loop=lambda loop, stand_in: _report_unclosed(loop, stand_in),
)


def _report_unclosed(loop, stand_in):
    # Taipan calls no __del__: the loop core calls this for a loop never closed, when the collector
    # has found it unreachable (stand_in: a loop of its class and debug flag, with nothing to close)
    # or at exit.
    if stand_in:
        loop.close = lambda: None
    loop.__del__()


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


class _Connections:
    """A loop method written in asyncio.connections (the TCP part: create_connection,
    create_server...), imported the first time the method is looked up, when the real function
    replaces this on the class: most programs never open a connection, and parsing that module
    costs start-up time."""

    def __set_name__(self, owner, name):
        self.owner, self.name = owner, name

    def __get__(self, obj, cls=None):
        from . import connections
        func = getattr(connections, self.name)
        setattr(self.owner, self.name, func)
        return func if obj is None else func.__get__(obj, cls)


def __getattr__(name):
    if name == 'Server':
        from .connections import Server
        return Server
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class BaseEventLoop(_asyncio._BaseLoop, events.AbstractEventLoop):

    def __init__(self):
        self._debug = coroutines._is_debug_mode()
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
        if self._debug:
            logger.debug("Close %r", self)
        super().close()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        _asyncio._report_never_awaited()

    def __del__(self, _warn=warnings.warn):
        if not self.is_closed():
            _warn(f"unclosed event loop {self!r}", ResourceWarning, source=self)
            if not self.is_running():
                self.close()

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

    # ---- executors (threads) -------------------------------------------------------------

    async def shutdown_default_executor(self, timeout=None):
        """Shut the default executor down, waiting (at most timeout seconds) for its threads.

        The joining happens in a helper thread, so the loop keeps running meanwhile.
        """
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            async with timeouts.timeout(timeout):
                await future
        except TimeoutError:
            import warnings
            warnings.warn("The executor did not finishing joining "
                          f"its threads within {timeout} seconds.",
                          RuntimeWarning, stacklevel=2)
            self._default_executor.shutdown(wait=False)
        else:
            thread.join()

    def _do_shutdown(self, future):
        # In the helper thread of shutdown_default_executor().
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not self.is_closed() and not future.cancelled():
                self.call_soon_threadsafe(future.set_exception, ex)

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (None: the loop's default ThreadPoolExecutor, made on
        first use); return an asyncio Future for its result."""
        self._check_closed()
        if self.get_debug():
            if coroutines.iscoroutine(func) or coroutines._iscoroutinefunction(func):
                raise TypeError("coroutines cannot be used with run_in_executor()")
            if not callable(func):
                raise TypeError(f'a callable object was expected by run_in_executor(), '
                                f'got {func!r}')
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        """Use executor (a ThreadPoolExecutor) for run_in_executor(None, ...)."""
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    # ---- name resolution and sendfile ---------------------------------------------------------

    def _getaddrinfo_debug(self, host, port, family, type, proto, flags):
        import socket
        parts = [f"{host}:{port!r}"]
        for name, value in (('family', family), ('type', type), ('proto', proto), ('flags', flags)):
            if value:
                parts.append(f'{name}={value!r}')
        what = ', '.join(parts)
        logger.debug('Get address info %s', what)
        t0 = self.time()
        addrinfo = socket.getaddrinfo(host, port, family, type, proto, flags)
        dt = self.time() - t0
        msg = f'Getting address info {what} took {dt * 1e3:.3f}ms: {addrinfo!r}'
        if dt >= self.slow_callback_duration:
            logger.info(msg)
        else:
            logger.debug(msg)
        return addrinfo

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        """socket.getaddrinfo() run in the default executor."""
        import socket
        func = self._getaddrinfo_debug if self._debug else socket.getaddrinfo
        return await self.run_in_executor(None, func, host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        """socket.getnameinfo() run in the default executor."""
        import socket
        return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)

    async def sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=True):
        """Send a file over a non-blocking socket: read in blocks and sent with sock_sendall (this
        stands in for os.sendfile, so fallback=False works as CPython's does on Linux)."""
        if self._debug and sock.gettimeout() != 0:
            raise ValueError("the socket must be non-blocking")
        self._check_sendfile_params(sock, file, offset, count)
        total = 0
        file.seek(offset)
        try:
            while True:
                size = min(count - total, 256 * 1024) if count else 256 * 1024
                if size <= 0:
                    break
                data = await self.run_in_executor(None, file.read, size)
                if not data:
                    break
                await self.sock_sendall(sock, data)
                total += len(data)
            return total
        finally:
            if total > 0 and hasattr(file, 'seek'):
                file.seek(offset + total)

    def _check_sendfile_params(self, sock, file, offset, count):
        import socket
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not sock.type == socket.SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(f"count must be a positive integer (got {count!r})")
            if count <= 0:
                raise ValueError(f"count must be a positive integer (got {count!r})")
        if not isinstance(offset, int):
            raise TypeError(f"offset must be a non-negative integer (got {offset!r})")
        if offset < 0:
            raise ValueError(f"offset must be a non-negative integer (got {offset!r})")

    # ---- TCP connections and servers (asyncio.connections, imported on first use) -------------

    _ensure_resolved = _Connections()
    _connect_sock = _Connections()
    create_connection = _Connections()
    _create_connection_transport = _Connections()
    create_server = _Connections()
    _create_server_getaddrinfo = _Connections()
    connect_accepted_socket = _Connections()

    # ---- errors ----------------------------------------------------------------------------

    async def subprocess_exec(self, protocol_factory, program, *args, **kwargs):
        """Starts program with args as a child process; returns (transport, protocol)."""
        from . import base_subprocess
        return await base_subprocess.subprocess_exec(self, protocol_factory, program, *args, **kwargs)

    async def subprocess_shell(self, protocol_factory, cmd, **kwargs):
        """Runs cmd with the shell as a child process; returns (transport, protocol)."""
        from . import base_subprocess
        return await base_subprocess.subprocess_shell(self, protocol_factory, cmd, **kwargs)

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
        if ('source_traceback' not in context and self._current_handle is not None
                and self._current_handle._source_traceback):
            context['handle_traceback'] = self._current_handle._source_traceback
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

    def _log_poll(self, timeout, dt, nevent=0):
        # Debug mode: how long the selector slept (the loop core times each poll that may wait);
        # shown when the asyncio logger is at DEBUG level (CPython before 3.8 did the same).
        import logging
        level = logging.DEBUG
        if not logger.isEnabledFor(level):
            return
        if timeout is None:
            logger.log(level, 'poll took %.3f ms: %s events', dt * 1e3, nevent)
        elif nevent:
            logger.log(level, 'poll %.3f ms took %.3f ms: %s events', timeout * 1e3, dt * 1e3, nevent)
        elif dt >= 1.0:
            logger.log(level, 'poll %.3f ms took %.3f ms: timeout', timeout * 1e3, dt * 1e3)
