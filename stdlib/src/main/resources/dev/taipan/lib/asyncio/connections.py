"""TCP connections and servers: the loop's create_connection(), create_server() and
connect_accepted_socket(), and the Server they return.

The loop methods are plain functions here (self is the loop); asyncio.base_events puts each on
BaseEventLoop the first time it is looked up, so a program that never opens a connection does not
pay for parsing this module (and the socket module) at start-up.
"""

__all__ = ('Server',)

import errno
import itertools
import os
import socket
import sys
import weakref

from . import events
from . import exceptions
from . import tasks
from . import trsock
from .log import logger


def _ipaddr_info(host, port, family, type, proto, flowinfo=0, scopeid=0):
    """The getaddrinfo() entry for a host that is already a numeric IP address, else None."""
    if proto not in {0, socket.IPPROTO_TCP, socket.IPPROTO_UDP} or host is None:
        return None
    if type == socket.SOCK_STREAM:
        proto = socket.IPPROTO_TCP
    elif type == socket.SOCK_DGRAM:
        proto = socket.IPPROTO_UDP
    else:
        return None
    if port is None or port == b'' or port == '':
        port = 0
    else:
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None  # a service name such as "http": getaddrinfo() knows it
    if isinstance(host, bytes):
        host = host.decode('idna')
    if '%' in host:
        return None  # an IPv6 zone index
    if family == socket.AF_UNSPEC:
        afs = [socket.AF_INET, socket.AF_INET6] if socket.has_ipv6 else [socket.AF_INET]
    else:
        afs = [family]
    for af in afs:
        try:
            socket.inet_pton(af, host)
        except OSError:
            continue
        if af == socket.AF_INET6:
            return af, type, proto, '', (host, port, flowinfo, scopeid)
        return af, type, proto, '', (host, port)
    return None


def _refuse_ssl(ssl):
    if ssl:
        raise NotImplementedError('ssl is not supported by Taipan')


class Server(events.AbstractServer):
    """A listening server (what create_server() returns): its sockets, whether it accepts, and
    the transports of the clients it has accepted, so close()/wait_closed() can wait for them."""

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._clients = weakref.WeakSet()  # as in CPython: a transport its user drops is collected
        self._waiters = []          # wait_closed() futures; None once closed with no clients left
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._ssl_context = ssl_context
        self._ssl_handshake_timeout = ssl_handshake_timeout
        self._ssl_shutdown_timeout = ssl_shutdown_timeout
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self, transport):
        self._clients.add(transport)

    def _detach(self, transport):
        self._clients.discard(transport)
        if not self._clients and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self._ssl_context, self,
                                      self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(trsock.TransportSocket(s) for s in self._sockets)

    def close(self):
        """Stop listening and close the listening sockets; accepted connections stay open."""
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if not self._clients:
            self._wakeup()

    def close_clients(self):
        """Close the transports of all accepted connections."""
        for transport in list(self._clients):
            transport.close()

    def abort_clients(self):
        """Abort the transports of all accepted connections (buffered data is lost)."""
        for transport in list(self._clients):
            transport.abort()

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)  # one iteration, so the listening sockets are watched

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        """Wait until the server is closed and every accepted connection has been dropped."""
        if self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


# ---- the loop methods ----------------------------------------------------------------------


async def _ensure_resolved(self, address, *, family=0, type=socket.SOCK_STREAM, proto=0, flags=0, loop):
    host, port = address[:2]
    info = _ipaddr_info(host, port, family, type, proto, *address[2:])
    if info is not None:
        return [info]  # already a numeric address
    return await loop.getaddrinfo(host, port, family=family, type=type, proto=proto, flags=flags)


async def _connect_sock(self, exceptions, addr_info, local_addr_infos=None):
    """Creates, binds and connects one socket; its errors are appended to exceptions."""
    my_exceptions = []
    exceptions.append(my_exceptions)
    family, type_, proto, _, address = addr_info
    sock = None
    try:
        sock = socket.socket(family=family, type=type_, proto=proto)
        sock.setblocking(False)
        if local_addr_infos is not None:
            for lfamily, _, _, _, laddr in local_addr_infos:
                if lfamily != family:
                    continue
                try:
                    sock.bind(laddr)
                    break
                except OSError as exc:
                    msg = f'error while attempting to bind on address {laddr!r}: {str(exc).lower()}'
                    my_exceptions.append(OSError(exc.errno, msg))
            else:
                if my_exceptions:
                    raise my_exceptions.pop()
                raise OSError(f"no matching local address with {family=} found")
        await self.sock_connect(sock, address)
        return sock
    except OSError as exc:
        my_exceptions.append(exc)
        if sock is not None:
            sock.close()
        raise
    except:
        if sock is not None:
            sock.close()
        raise


async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                            family=0, proto=0, flags=0, sock=None, local_addr=None,
                            server_hostname=None, ssl_handshake_timeout=None,
                            ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                            interleave=None, all_errors=False):
    """Open a TCP connection to host:port (or over sock) and return (transport, protocol)."""
    if server_hostname is not None and not ssl:
        raise ValueError('server_hostname is only meaningful with ssl')
    if ssl_handshake_timeout is not None and not ssl:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    if ssl_shutdown_timeout is not None and not ssl:
        raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
    _refuse_ssl(ssl)
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        infos = await self._ensure_resolved((host, port), family=family, type=socket.SOCK_STREAM,
                                            proto=proto, flags=flags, loop=self)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        laddr_infos = None
        if local_addr is not None:
            laddr_infos = await self._ensure_resolved(local_addr, family=family,
                                                      type=socket.SOCK_STREAM, proto=proto,
                                                      flags=flags, loop=self)
            if not laddr_infos:
                raise OSError('getaddrinfo() returned empty list')
        # the addresses are tried one after the other (no happy eyeballs race)
        exceptions = []
        for addrinfo in infos:
            try:
                sock = await self._connect_sock(exceptions, addrinfo, laddr_infos)
                break
            except OSError:
                continue
        if sock is None:
            exceptions = [exc for sub in exceptions for exc in sub]
            if all_errors:
                raise ExceptionGroup("create_connection failed", exceptions)
            if len(exceptions) == 1:
                raise exceptions[0]
            model = str(exceptions[0])
            if all(str(exc) == model for exc in exceptions):
                raise exceptions[0]
            raise OSError('Multiple exceptions: {}'.format(', '.join(str(exc) for exc in exceptions)))
    else:
        if sock is None:
            raise ValueError('host and port was not specified and no sock specified')
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    transport, protocol = await self._create_connection_transport(sock, protocol_factory)
    if self._debug:
        logger.debug("%r connected to %s:%r: (%r, %r)", transport.get_extra_info('socket'),
                     host, port, transport, protocol)
    return transport, protocol


async def _create_connection_transport(self, sock, protocol_factory):
    sock.setblocking(False)
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = self._make_socket_transport(sock, protocol, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


async def create_server(self, protocol_factory, host=None, port=None, *, family=socket.AF_UNSPEC,
                        flags=socket.AI_PASSIVE, sock=None, backlog=100, ssl=None,
                        reuse_address=None, reuse_port=None, keep_alive=None,
                        ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True):
    """Listen on host:port (or on sock) and return a Server that makes a protocol per client."""
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    if ssl_handshake_timeout is not None and ssl is None:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    if ssl_shutdown_timeout is not None and ssl is None:
        raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
    _refuse_ssl(ssl)
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        if reuse_address is None:
            reuse_address = os.name == "posix" and sys.platform != "cygwin"
        if host == '':
            hosts = [None]
        elif isinstance(host, str) or not hasattr(host, '__iter__'):
            hosts = [host]
        else:
            hosts = host
        infos = await tasks.gather(*[self._create_server_getaddrinfo(h, port, family, flags)
                                     for h in hosts])
        infos = list(dict.fromkeys(itertools.chain.from_iterable(infos)))
        sockets = []
        completed = False
        try:
            for af, socktype, proto, canonname, sa in infos:
                try:
                    sock = socket.socket(af, socktype, proto)
                except OSError:
                    continue  # a family this machine lacks
                sockets.append(sock)
                if reuse_address:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if keep_alive:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
                if af == socket.AF_INET6 and hasattr(socket, 'IPPROTO_IPV6'):
                    # one socket per family: no IPv4-mapped addresses on the IPv6 one
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                try:
                    sock.bind(sa)
                except OSError as err:
                    msg = 'error while attempting to bind on address %r: %s' % (sa, str(err).lower())
                    if err.errno == errno.EADDRNOTAVAIL:
                        sockets.pop()
                        sock.close()
                        continue
                    raise OSError(err.errno, msg) from None
            if not sockets:
                raise OSError('could not bind on any address out of %r' % ([info[4] for info in infos],))
            completed = True
        finally:
            if not completed:
                for s in sockets:
                    s.close()
    else:
        if sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        sockets = [sock]
    for s in sockets:
        s.setblocking(False)
    server = Server(self, sockets, protocol_factory, ssl, backlog, ssl_handshake_timeout,
                    ssl_shutdown_timeout)
    if start_serving:
        server._start_serving()
        await tasks.sleep(0)  # one iteration, so the listening sockets are watched
    return server


async def _create_server_getaddrinfo(self, host, port, family, flags):
    infos = await self._ensure_resolved((host, port), family=family, type=socket.SOCK_STREAM,
                                        flags=flags, loop=self)
    if not infos:
        raise OSError(f'getaddrinfo({host!r}) returned empty list')
    return infos


async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                  ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    """Wrap an already accepted (or connected) socket into a transport/protocol pair."""
    if sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    if ssl_handshake_timeout is not None and not ssl:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    if ssl_shutdown_timeout is not None and not ssl:
        raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
    _refuse_ssl(ssl)
    return await self._create_connection_transport(sock, protocol_factory)
