"""The socket transports of the selector loop: they move bytes between a non-blocking socket and
a protocol, reading when the loop sees the socket readable and sending what the socket takes,
buffering the rest until it is writable. Imported on first use (by _make_socket_transport).
"""

import socket
import warnings

from . import futures
from . import protocols
from . import transports
from . import trsock
from .log import logger

# CPython's asyncio.constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES: log after this many writes to a
# lost connection.
_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# What _SelectorTransport._guarded returns when the call failed (the transport is closing).
_FAILED = object()


def _set_nodelay(sock):
    """Turns off Nagle's algorithm on a TCP socket (small writes go out at once)."""
    if (sock.family in {socket.AF_INET, socket.AF_INET6} and sock.type == socket.SOCK_STREAM
            and sock.proto == socket.IPPROTO_TCP):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _SelectorTransport(transports._FlowControlMixin, transports.Transport):
    """What socket transports share: the socket, its extra info, closing and losing the
    connection, pausing reads, the write buffer (a bytearray) and the server it belongs to."""

    max_size = 256 * 1024  # the most one recv() asks for

    _sock = None

    def __init__(self, loop, sock, protocol, extra=None, server=None):
        super().__init__(extra, loop)
        self._extra['socket'] = trsock.TransportSocket(sock)
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._server = server
        self._buffer = bytearray()
        self._conn_lost = 0      # > 0 once connection_lost() is scheduled
        self._closing = False    # close() was called
        self._paused = False     # pause_reading() was called
        if server is not None:
            server._attach(self)
        loop._transports[self._sock_fd] = self

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        if self._loop is not None and not self._loop.is_closed():
            info.append('read=polling' if self._sock is not None and self.is_reading() else 'read=idle')
            state = 'polling' if self._buffer else 'idle'
            info.append(f'write=<{state}, bufsize={self.get_write_buffer_size()}>')
        return '<{}>'.format(' '.join(info))

    def abort(self):
        self._force_close(None)

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)
        if self._loop.get_debug():
            logger.debug("%r pauses reading", self)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)
        if self._loop.get_debug():
            logger.debug("%r resumes reading", self)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            # nothing left to send: connection_lost at the next iteration; else after the last send
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def __del__(self, _warn=warnings.warn):
        # a transport freed unclosed (Taipan: found unreachable by the collector, or alive at exit)
        if self._sock is not None:
            _warn(f"unclosed transport {self!r}", ResourceWarning, source=self)
            self._sock.close()
            if self._server is not None:
                self._server._detach(self)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if isinstance(exc, OSError):
            # a connection error (reset, broken pipe...): the protocol hears of it, nothing is logged
            if self._loop.get_debug():
                logger.debug("%r: %s", self, message, exc_info=True)
        else:
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _guarded(self, message, func, *args, would_block=_FAILED, drop_buffer=False):
        """func(*args), or _FAILED after any error but SystemExit and KeyboardInterrupt, which is
        fatal to the transport (reported with message). For socket calls, would_block is what a
        call that would block gives (BlockingIOError, InterruptedError), and drop_buffer drops
        the write buffer before the error is reported."""
        try:
            try:
                return func(*args)
            except (BlockingIOError, InterruptedError):
                if would_block is _FAILED:
                    raise
                return would_block
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if drop_buffer:
                self._loop._remove_writer(self._sock_fd)
                self._buffer.clear()
            self._fatal_error(exc, message)
            return _FAILED

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            loop = self._loop
            if loop._transports.get(self._sock_fd) is self:
                del loop._transports[self._sock_fd]
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach(self)
                self._server = None

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _add_reader(self, fd, callback, *args):
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback, *args)


class _SelectorSocketTransport(_SelectorTransport):
    """A stream socket's transport: reads when the socket is readable and hands the data to the
    protocol; writes at once what the socket takes and buffers the rest until it is writable."""

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        self._buffered_protocol = False
        super().__init__(loop, sock, protocol, extra, server)
        self._eof = False
        _set_nodelay(self._sock)
        # connection_made first, then reading, then the waiter (create_connection returns)
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def set_protocol(self, protocol):
        self._buffered_protocol = isinstance(protocol, protocols.BufferedProtocol)
        super().set_protocol(protocol)

    # ---- reading -----------------------------------------------------------------------------

    def _read_ready(self):
        if self._conn_lost:
            return
        if self._buffered_protocol:
            self._read_ready_into_buffer()
            return
        # the hot path: _recv and _guarded written out (one call less per step each)
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_ready_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _recv(self, size):
        """At most size bytes from the socket; None when none are there yet, _FAILED on an error."""
        return self._guarded('Fatal read error on socket transport', self._sock.recv, size, would_block=None)

    def _read_ready_into_buffer(self):
        buf = self._guarded('Fatal error: protocol.get_buffer() call failed.', self._get_buffer)
        if buf is _FAILED:
            return
        data = self._recv(len(buf))
        if data is None or data is _FAILED:
            return
        nbytes = len(data)
        if not nbytes:
            self._read_ready_eof()
            return
        self._guarded('Fatal error: protocol.buffer_updated() call failed.', self._fill_buffer, buf, data)

    def _get_buffer(self):
        buf = self._protocol.get_buffer(-1)
        if not len(buf):
            raise RuntimeError('get_buffer() returned an empty buffer')
        return buf

    def _fill_buffer(self, buf, data):
        buf[:len(data)] = data
        self._protocol.buffer_updated(len(data))

    def _read_ready_eof(self):
        if self._loop.get_debug():
            logger.debug("%r received EOF", self)
        keep_open = self._guarded('Fatal error: protocol.eof_received() call failed.', self._protocol.eof_received)
        if keep_open is _FAILED:
            return
        if keep_open:
            # the protocol closes the transport itself (it may still write)
            self._loop._remove_reader(self._sock_fd)
        else:
            self.close()

    # ---- writing -----------------------------------------------------------------------------

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                logger.warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            # nothing queued: try to send now (_send written out: this is the hot path)
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            if n == len(data):
                return
            if n:
                data = data[n:]
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer += data
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        if self._eof:
            raise RuntimeError('Cannot call writelines() after write_eof()')
        if not list_of_data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        waiting = bool(self._buffer)
        for data in list_of_data:
            self._buffer += data
        if not self._buffer or waiting:
            self._maybe_pause_protocol()
            return
        self._write_ready()
        if self._buffer:
            self._loop._add_writer(self._sock_fd, self._write_ready)
            self._maybe_pause_protocol()

    def _write_ready(self):
        if self._conn_lost:
            return
        n = self._send(self._buffer, None, drop_buffer=True)
        if n is None or n is _FAILED:
            return
        del self._buffer[:n]
        self._maybe_resume_protocol()  # may write more
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                self._sock.shutdown(socket.SHUT_WR)

    def _send(self, data, would_block, drop_buffer=False):
        """How many bytes of data the socket took, would_block when it would block, or _FAILED."""
        return self._guarded('Fatal write error on socket transport', self._sock.send, data,
                             would_block=would_block, drop_buffer=drop_buffer)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True
