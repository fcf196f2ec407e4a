"""The selector event loop (its selector lives in the native loop core).

The loop core watches file descriptors (_add_reader/_add_writer, in Java); this module adds the
sock_* operations and the accept loop of servers. The socket transports are in
asyncio.socket_transports, imported when the first connection is made.
"""

__all__ = 'BaseSelectorEventLoop',

import errno
import functools
import sys

from . import base_events
from .log import logger

# CPython's asyncio.constants.ACCEPT_RETRY_DELAY: wait this long before accepting again when out
# of file descriptors.
_ACCEPT_RETRY_DELAY = 1


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """Selector event loop: the loop core sleeps in a java.nio Selector."""

    def __init__(self, selector=None):
        super().__init__()
        if 'logging' in sys.modules:  # before logging is imported nobody can ask for DEBUG records
            # the loop core's selector is the JDK's, epoll on Linux
            logger.debug('Using selector: %s', type(selector).__name__ if selector else 'EpollSelector')
        # the map behind _transports, made with the first transport
        self._transport_map = None

    @property
    def _transports(self):
        """fd -> the transport that owns it, while the transport lives: a WeakValueDictionary, as in
        CPython, so that a transport its user drops is collected (and warns that it was not closed).
        Made on first use, so that a program that makes no transport does not import weakref."""
        transports = self._transport_map
        if transports is None:
            import weakref
            transports = self._transport_map = weakref.WeakValueDictionary()
        return transports

    def _make_socket_transport(self, sock, protocol, waiter=None, *, extra=None, server=None):
        from .socket_transports import _SelectorSocketTransport
        self._ensure_fd_no_transport(sock)
        return _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)

    def _ensure_fd_no_transport(self, fd):
        fileno = fd
        if not isinstance(fileno, int):
            try:
                fileno = int(fileno.fileno())
            except (AttributeError, TypeError, ValueError):
                raise ValueError(f"Invalid file object: {fd!r}") from None
        if self._transport_map is None:
            return
        transport = self._transport_map.get(fileno)
        if transport is not None and not transport.is_closing():
            raise RuntimeError(f'File descriptor {fd!r} is used by transport {transport!r}')

    # ---- low-level socket operations (sock_*) -------------------------------------------------

    @property
    def _selector(self):
        """A read-only view of the fds the loop watches (CPython's loop keeps a selectors object here)."""
        return _LoopSelectorView(self)

    def _check_nonblocking(self, sock):
        if self._debug and sock.gettimeout() != 0:
            raise ValueError("the socket must be non-blocking")

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from sock (a non-blocking socket)."""
        return await self._sock_read(sock, sock.recv, self._sock_recv, n)

    async def sock_recv_into(self, sock, buf):
        """Receive into buf (a bytearray); the number of bytes received."""
        return await self._sock_read(sock, sock.recv_into, self._sock_recv_into, buf)

    async def sock_recvfrom(self, sock, bufsize):
        """Receive a datagram: (data, address)."""
        return await self._sock_read(sock, sock.recvfrom, self._sock_recvfrom, bufsize)

    async def _sock_read(self, sock, op, callback, arg):
        """op(arg) now if sock is ready, else once it is readable (callback(fut, sock, arg) retries)."""
        self._check_nonblocking(sock)
        try:
            return op(arg)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._sock_future(sock, False, callback, arg)

    def _sock_future(self, sock, writing, callback, *args):
        fut = self.create_future()
        self._sock_watch(fut, sock, writing, callback, *args)
        return fut

    def _sock_watch(self, fut, sock, writing, callback, *args):
        """Calls callback(fut, sock, *args) each time sock is readable (writable when writing) until fut is done."""
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        if writing:
            handle = self._add_writer(fd, callback, fut, sock, *args)
            fut.add_done_callback(functools.partial(self._sock_write_done, fd, handle=handle))
        else:
            handle = self._add_reader(fd, callback, fut, sock, *args)
            fut.add_done_callback(functools.partial(self._sock_read_done, fd, handle=handle))

    def _sock_read_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():
            self.remove_reader(fd)

    def _sock_write_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():
            self.remove_writer(fd)

    def _sock_try(self, fut, op, *args, blocked=None):
        """Runs one attempt of a sock_* operation: its result or error settles fut. When it would block,
        fut stays pending: the callback that called this stays registered, or blocked() registers one."""
        if fut.done():
            return
        try:
            result = op(*args)
        except (BlockingIOError, InterruptedError):
            if blocked is not None:
                blocked()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    def _sock_recv(self, fut, sock, n):
        self._sock_try(fut, sock.recv, n)

    def _sock_recv_into(self, fut, sock, buf):
        self._sock_try(fut, sock.recv_into, buf)

    def _sock_recvfrom(self, fut, sock, bufsize):
        self._sock_try(fut, sock.recvfrom, bufsize)

    async def sock_sendall(self, sock, data):
        """Send all of data; None once it is all written."""
        self._check_nonblocking(sock)
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        return await self._sock_future(sock, True, self._sock_sendall, memoryview(data), [n])

    def _sock_sendall(self, fut, sock, data, pos):
        if fut.done():
            return
        try:
            n = sock.send(data[pos[0]:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        pos[0] += n
        if pos[0] == len(data):
            fut.set_result(None)

    async def sock_sendto(self, sock, data, address):
        """Send a datagram to address; the number of bytes sent."""
        self._check_nonblocking(sock)
        try:
            return sock.sendto(data, address)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._sock_future(sock, True, self._sock_sendto, data, address)

    def _sock_sendto(self, fut, sock, data, address):
        self._sock_try(fut, sock.sendto, data, 0, address)

    async def sock_connect(self, sock, address):
        """Connect sock to address (host names are resolved first)."""
        import socket
        self._check_nonblocking(sock)
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            resolved = await self._ensure_resolved(address, family=sock.family, type=sock.type,
                                                   proto=sock.proto, loop=self)
            address = resolved[0][4]
        fut = self.create_future()
        self._sock_connect(fut, sock, address)
        try:
            return await fut
        finally:
            fut = None

    def _sock_connect(self, fut, sock, address):
        # in progress: writable means finished, one way or the other
        self._sock_try(fut, sock.connect, address,
                       blocked=lambda: self._sock_watch(fut, sock, True, self._sock_connect_cb, address))

    def _sock_connect_cb(self, fut, sock, address):
        self._sock_try(fut, _connect_result, sock, address)

    async def sock_accept(self, sock):
        """Accept a connection on a listening socket: (conn, address), conn non-blocking."""
        self._check_nonblocking(sock)
        fut = self.create_future()
        self._sock_accept(fut, sock)
        return await fut

    def _sock_accept(self, fut, sock):
        self._sock_try(fut, _accept_nonblocking, sock,
                       blocked=lambda: self._sock_watch(fut, sock, False, self._sock_accept))

    # ---- servers -----------------------------------------------------------------------------

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100,
                       ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._add_reader(sock.fileno(), self._accept_connection, protocol_factory, sock,
                         sslcontext, server, backlog)

    def _accept_connection(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100):
        # up to backlog connections per readiness event, each set up by its own task
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                if self._debug:
                    logger.debug("%r got a new connection from %r: %r", server, addr, conn)
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return None
            except OSError as exc:
                if exc.errno not in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    raise  # the loop logs it and goes on
                from .trsock import TransportSocket
                self.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc,
                    'socket': TransportSocket(sock),
                })
                self._remove_reader(sock.fileno())
                self.call_later(_ACCEPT_RETRY_DELAY, self._start_serving, protocol_factory, sock,
                                sslcontext, server, backlog)
            else:
                self.create_task(self._accept_connection2(protocol_factory, conn, {'peername': addr},
                                                          server))

    async def _accept_connection2(self, protocol_factory, conn, extra, server=None):
        protocol = None
        transport = None
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = self._make_socket_transport(conn, protocol, waiter=waiter, extra=extra,
                                                    server=server)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self._debug:
                context = {
                    'message': 'Error on transport creation for incoming connection',
                    'exception': exc,
                }
                if protocol is not None:
                    context['protocol'] = protocol
                if transport is not None:
                    context['transport'] = transport
                self.call_exception_handler(context)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()


def _connect_result(sock, address):
    """Raises the error a finished non-blocking connect ended with (BlockingIOError while still connecting)."""
    import socket
    err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if err != 0:
        raise OSError(err, f'Connect call failed {address}')


def _accept_nonblocking(sock):
    conn, address = sock.accept()
    conn.setblocking(False)
    return conn, address


class _LoopSelectorView:
    """loop._selector: the fds the loop watches as selectors keys (fileobj, fd, events, (reader, writer))."""

    def __init__(self, loop):
        self._loop = loop

    def get_key(self, fileobj):
        import selectors
        watch = self._loop._io_watch(fileobj)
        if watch is None:
            raise KeyError(f"{fileobj!r} is not registered")
        events, reader, writer = watch
        fd = selectors._fileobj_to_fd(fileobj)
        return selectors.SelectorKey(fd, fd, events, (reader, writer))

    def get_map(self):
        return {fd: self.get_key(fd) for fd in self._loop._io_watched_fds()}


def __getattr__(name):
    # the socket transports live in asyncio.socket_transports, imported on first use
    if name in ('_SelectorTransport', '_SelectorSocketTransport'):
        from . import socket_transports
        return getattr(socket_transports, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
