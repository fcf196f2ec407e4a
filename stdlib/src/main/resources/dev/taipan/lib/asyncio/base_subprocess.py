"""Subprocess transports of Taipan's event loops (loop.subprocess_exec and loop.subprocess_shell).

A child is started by subprocess.Popen. java.lang.Process pipes cannot be selected on, so plain
Java threads of the native _subprocess module read the child's stdout and stderr, write its
stdin from a queue and wait for its exit; each hands what happened to the loop with
call_soon_threadsafe. The transport relays it to the SubprocessProtocol in CPython's order:
connection_made first, then pipe_data_received / pipe_connection_lost / process_exited, and
connection_lost once the child has exited and every pipe is closed (Process.wait() returns then).
"""

import collections
import subprocess

import _subprocess

from . import transports
from .log import logger

STDIN, STDOUT, STDERR = 0, 1, 2


async def subprocess_exec(loop, protocol_factory, program, *args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=False, shell=False, bufsize=0, encoding=None,
                          errors=None, text=None, **kwargs):
    """loop.subprocess_exec(): starts program with args; returns (transport, protocol)."""
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if shell:
        raise ValueError("shell must be False")
    _check_binary(bufsize, text, encoding, errors)
    protocol = protocol_factory()
    transport = await _make_transport(loop, protocol, (program,) + args, False, stdin, stdout, stderr, bufsize, kwargs)
    return transport, protocol


async def subprocess_shell(loop, protocol_factory, cmd, *, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, universal_newlines=False, shell=True, bufsize=0, encoding=None,
                           errors=None, text=None, **kwargs):
    """loop.subprocess_shell(): runs cmd with /bin/sh; returns (transport, protocol)."""
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if not shell:
        raise ValueError("shell must be True")
    _check_binary(bufsize, text, encoding, errors)
    protocol = protocol_factory()
    transport = await _make_transport(loop, protocol, cmd, True, stdin, stdout, stderr, bufsize, kwargs)
    return transport, protocol


def _check_binary(bufsize, text, encoding, errors):
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")


async def _make_transport(loop, protocol, args, shell, stdin, stdout, stderr, bufsize, kwargs):
    waiter = loop.create_future()
    transport = ChildTransport(loop, protocol, args, shell, stdin, stdout, stderr, bufsize, waiter, **kwargs)
    try:
        await waiter
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        transport.close()
        await transport._wait()
        raise
    return transport


class ChildTransport(transports.SubprocessTransport):
    """The transport of one child process and its pipes."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize, waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._proc = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = collections.deque()
        self._pipes = {}
        self._finished = False
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr,
                                      universal_newlines=False, bufsize=bufsize, **kwargs)
        self._pid = self._proc.pid
        self._extra["subprocess"] = self._proc
        child = self._proc._child
        if child.stdin is not None:
            self._pipes[STDIN] = _WritePipe(loop, self, child)
        if child.stdout is not None:
            self._pipes[STDOUT] = _ReadPipe(loop, self, STDOUT, child)
        if child.stderr is not None:
            self._pipes[STDERR] = _ReadPipe(loop, self, STDERR, child)
        _subprocess.watch_exit(child, loop, self._process_exited)
        loop.call_soon(self._connected, waiter)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._closed:
            info.append("closed")
        if self._pid is not None:
            info.append(f"pid={self._pid}")
        if self._returncode is not None:
            info.append(f"returncode={self._returncode}")
        elif self._pid is not None:
            info.append("running")
        for fd, name in ((STDIN, "stdin"), (STDOUT, "stdout"), (STDERR, "stderr")):
            pipe = self._pipes.get(fd)
            if pipe is not None:
                info.append(f"{name}={pipe!r}")
        return "<{}>".format(" ".join(info))

    def _connected(self, waiter):
        self._loop.call_soon(self._protocol.connection_made, self)
        for callback, data in self._pending_calls:
            self._loop.call_soon(callback, *data)
        self._pending_calls = None
        if waiter is not None and not waiter.cancelled():
            waiter.set_result(None)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for pipe in self._pipes.values():
            if pipe is not None:
                pipe.close()
        if self._proc is not None and self._returncode is None and self._proc.poll() is None:
            if self._loop.get_debug():
                logger.warning("Close running child process: kill %r", self)
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        pipe = self._pipes.get(fd)
        return pipe

    def _check_proc(self):
        if self._proc is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._proc.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._proc.terminate()

    def kill(self):
        self._check_proc()
        self._proc.kill()

    # ---- events from the pipes and the child, on the loop ----------------------------------

    def _call(self, cb, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((cb, data))
        else:
            self._loop.call_soon(cb, *data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        if self._returncode is not None:
            return
        if self._loop.get_debug():
            logger.info("%r exited with return code %r", self, returncode)
        self._returncode = returncode
        if self._proc.returncode is None:
            self._proc.returncode = returncode
        # the child's end of its stdin is gone: the pipe closes (CPython's transport sees the peer close)
        stdin = self._pipes.get(STDIN)
        if stdin is not None and not stdin.is_closing():
            stdin.close()
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        """Waits until the child exited and its pipes closed; returns the return code."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        if self._finished or self._returncode is None:
            return
        if all(p is not None and p._disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._proc = None
            self._protocol = None


class _ReadPipe(transports.ReadTransport):
    """The read transport of a child's stdout or stderr (get_pipe_transport(1) and (2))."""

    def __init__(self, loop, owner, fd, child):
        super().__init__()
        self._loop = loop
        self._owner = owner
        self._fd = fd
        self._closing = False
        self._paused = False
        self._disconnected = False
        self._reader = _subprocess.read_pipe(child, fd, loop, self._data_received, self._eof)

    def __repr__(self):
        state = "closed" if self._disconnected else "closing" if self._closing else "paused" if self._paused else "open"
        return f"<{type(self).__name__} fd={self._fd} {state}>"

    def _data_received(self, data):
        if not self._closing:
            self._owner._pipe_data_received(self._fd, data)

    def _eof(self):
        if not self._closing:
            self._closing = True
            self._loop.call_soon(self._connection_lost, None)

    def _connection_lost(self, exc):
        if not self._disconnected:
            self._disconnected = True
            self._owner._pipe_connection_lost(self._fd, exc)

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._reader.pause()

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._reader.resume()

    def is_closing(self):
        return self._closing

    def close(self):
        if not self._closing:
            self._closing = True
            self._reader.close()
            self._loop.call_soon(self._connection_lost, None)


class _WritePipe(transports._FlowControlMixin, transports.WriteTransport):
    """The write transport of a child's stdin (get_pipe_transport(0)): write() queues the data for
    a writer thread and never blocks; pause_writing()/resume_writing() go to the child's protocol."""

    def __init__(self, loop, owner, child):
        super().__init__(None, loop)
        self._owner = owner
        self._closing = False
        self._disconnected = False
        self._conn_lost = 0
        self._writer = _subprocess.write_pipe(child, loop, self._event)

    @property
    def _protocol(self):
        return self._owner._protocol

    def __repr__(self):
        state = "closed" if self._disconnected else "closing" if self._closing else "open"
        return f"<{type(self).__name__} fd=0 {state} bufsize={self.get_write_buffer_size()}>"

    def get_write_buffer_size(self):
        return self._writer.size()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._closing or self._disconnected:
            self._conn_lost += 1
            if self._conn_lost >= 5:
                logger.warning("pipe closed by peer or os.write(pipe, data) raised exception.")
            return
        if not data:
            return
        self._writer.write(bytes(data))
        self._maybe_pause_protocol()
        if self._protocol_paused and self._writer.notify_at(self._low_water):
            self._maybe_resume_protocol()

    def writelines(self, list_of_data):
        self.write(b"".join(list_of_data))

    def _event(self, kind, value):
        if kind == "drained":
            self._maybe_resume_protocol()
            if self._protocol_paused and self._writer.notify_at(self._low_water):
                self._maybe_resume_protocol()
        elif kind == "error":
            self._closing = True
            self._connection_lost(BrokenPipeError(32, value))
        elif kind == "closed":
            self._connection_lost(None)

    def _connection_lost(self, exc):
        if not self._disconnected:
            self._disconnected = True
            self._owner._pipe_connection_lost(STDIN, exc)

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def is_closing(self):
        return self._closing

    def close(self):
        if not self._closing:
            self._closing = True
            self._writer.close()

    def abort(self):
        self._closing = True
        self._writer.abort()
        self._loop.call_soon(self._connection_lost, None)
