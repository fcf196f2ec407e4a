"""asyncio.subprocess: child processes with stream pipes (create_subprocess_exec/_shell, Process)."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

import subprocess

from . import events
from . import protocols
from . import streams
from . import tasks
from .log import logger

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class SubprocessStreamProtocol(streams.FlowControlMixin, protocols.SubprocessProtocol):
    """The protocol behind a Process: a StreamReader for stdout and stderr, a StreamWriter for stdin."""

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []
        self._stdin_closed = self._loop.create_future()

    def __repr__(self):
        info = [self.__class__.__name__]
        for name in ('stdin', 'stdout', 'stderr'):
            stream = getattr(self, name)
            if stream is not None:
                info.append(f'{name}={stream!r}')
        return '<{}>'.format(' '.join(info))

    def connection_made(self, transport):
        self._transport = transport
        for fd in (1, 2):
            pipe = transport.get_pipe_transport(fd)
            if pipe is not None:
                reader = streams.StreamReader(limit=self._limit, loop=self._loop)
                reader.set_transport(pipe)
                if fd == 1:
                    self.stdout = reader
                else:
                    self.stderr = reader
                self._pipe_fds.append(fd)
        stdin = transport.get_pipe_transport(0)
        if stdin is not None:
            self.stdin = streams.StreamWriter(stdin, protocol=self, reader=None, loop=self._loop)

    def _reader(self, fd):
        return self.stdout if fd == 1 else self.stderr if fd == 2 else None

    def pipe_data_received(self, fd, data):
        reader = self._reader(fd)
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            if self.stdin is not None:
                self.stdin.close()
            self.connection_lost(exc)
            if exc is None:
                self._stdin_closed.set_result(None)
            else:
                self._stdin_closed.set_exception(exc)
                # awaiting wait_closed() is optional: an unretrieved error is not reported
                self._stdin_closed._log_traceback = False
            return
        reader = self._reader(fd)
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if not self._pipe_fds and self._process_exited:
            self._transport.close()
            self._transport = None

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed


class Process:
    """A child process started by create_subprocess_exec() or create_subprocess_shell()."""

    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        """Waits for the child to end; returns its return code."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def _feed_stdin(self, input):
        debug = self._loop.get_debug()
        try:
            if input is not None:
                self.stdin.write(input)
                if debug:
                    logger.debug('%r communicate: feed stdin (%s bytes)', self, len(input))
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError) as exc:
            # the child stopped reading: communicate() goes on
            if debug:
                logger.debug('%r communicate: stdin got %r', self, exc)
        if debug:
            logger.debug('%r communicate: close stdin', self)
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        transport = self._transport.get_pipe_transport(fd)
        stream = self.stderr if fd == 2 else self.stdout
        output = await stream.read()
        transport.close()
        return output

    async def communicate(self, input=None):
        """Sends input, reads stdout and stderr to their ends, waits; returns (stdout, stderr)."""
        stdin = self._feed_stdin(input) if self.stdin is not None else self._noop()
        stdout = self._read_stream(1) if self.stdout is not None else self._noop()
        stderr = self._read_stream(2) if self.stderr is not None else self._noop()
        stdin, stdout, stderr = await tasks.gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=streams._DEFAULT_LIMIT, **kwds):
    """Runs cmd with the shell; returns a Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_shell(lambda: SubprocessStreamProtocol(limit=limit, loop=loop), cmd,
                                                      stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=streams._DEFAULT_LIMIT,
                                 **kwds):
    """Starts program with args; returns a Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_exec(lambda: SubprocessStreamProtocol(limit=limit, loop=loop),
                                                     program, *args, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)
