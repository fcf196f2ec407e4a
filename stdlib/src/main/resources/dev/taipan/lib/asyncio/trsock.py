"""TransportSocket: the socket a transport or server owns, shown without its disruptive methods."""


class TransportSocket:
    """A socket-like view of a transport's socket: no close(), no blocking mode, no I/O.

    transport.get_extra_info('socket') and Server.sockets return these.
    """

    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        s = (f"<asyncio.TransportSocket fd={self.fileno()}, family={self.family!s}, "
             f"type={self.type!s}, proto={self.proto}")
        if self.fileno() != -1:
            for label, get in (('laddr', self.getsockname), ('raddr', self.getpeername)):
                try:
                    addr = get()
                except OSError:
                    continue
                if addr:
                    s = f"{s}, {label}={addr}"
        return f"{s}>"

    def __getstate__(self):
        raise TypeError("Cannot serialize asyncio.TransportSocket object")

    def fileno(self):
        return self._sock.fileno()

    def dup(self):
        return self._sock.dup()

    def get_inheritable(self):
        return self._sock.get_inheritable()

    def shutdown(self, how):
        self._sock.shutdown(how)

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def getpeername(self):
        return self._sock.getpeername()

    def getsockname(self):
        return self._sock.getsockname()

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError('settimeout(): only 0 timeout is allowed on transport sockets')

    def gettimeout(self):
        return 0

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError('setblocking(): transport sockets cannot be blocking')
