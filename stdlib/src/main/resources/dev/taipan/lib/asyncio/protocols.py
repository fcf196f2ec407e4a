"""Protocols: the application's side of a connection (callbacks the transport calls)."""

__all__ = (
    'BaseProtocol', 'Protocol', 'DatagramProtocol',
    'SubprocessProtocol', 'BufferedProtocol',
)


class BaseProtocol:
    """Callbacks every protocol has: connection made and lost, write flow control."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called when the connection is made, with its transport."""

    def connection_lost(self, exc):
        """Called once when the connection is closed: exc is None or the error that closed it."""

    def pause_writing(self):
        """Called when the transport's write buffer goes strictly over the high-water mark.

        Unlike the other callbacks it is called at once, from inside transport.write().
        """

    def resume_writing(self):
        """Called when the transport's write buffer drains to the low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: connection_made, data_received*, eof_received?, connection_lost."""

    __slots__ = ()

    def data_received(self, data):
        """Called with each bytes object received."""

    def eof_received(self):
        """Called when the peer has closed its write end.

        A false result (such as None) closes the transport; a true one leaves closing it to the
        protocol.
        """


class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends the transport its own receive buffer:
    connection_made, (get_buffer, buffer_updated)*, eof_received?, connection_lost."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable buffer (non-empty) for the next receive; sizehint -1: any size."""

    def buffer_updated(self, nbytes):
        """Called when nbytes were received into the buffer get_buffer() returned."""

    def eof_received(self):
        """Called when the peer has closed its write end (see Protocol.eof_received)."""


class DatagramProtocol(BaseProtocol):
    """A datagram (UDP) protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called with each datagram received and the sender's address."""

    def error_received(self, exc):
        """Called when a send or receive fails with an OSError."""


class SubprocessProtocol(BaseProtocol):
    """A protocol for a child process's pipes."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Called when the child writes data to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """Called when one of the child's pipes is closed."""

    def process_exited(self):
        """Called when the child has exited."""


def _feed_data_to_buffered_proto(proto, data):
    """Hands data to a BufferedProtocol through as many get_buffer()/buffer_updated() rounds as it takes."""
    while data:
        buf = proto.get_buffer(len(data))
        n = len(buf)
        if not n:
            raise RuntimeError('get_buffer() returned an empty buffer')
        n = min(n, len(data))
        buf[:n] = data[:n]
        proto.buffer_updated(n)
        data = data[n:]
