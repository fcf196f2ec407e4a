"""Transports: the loop's side of a connection (what a protocol writes to and closes)."""

__all__ = (
    'BaseTransport', 'ReadTransport', 'WriteTransport',
    'Transport', 'DatagramTransport', 'SubprocessTransport',
)


class BaseTransport:
    """Base class for transports: extra information, closing, the protocol."""

    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        """Return optional transport information ('peername', 'sockname', 'socket', ...)."""
        return self._extra.get(name, default)

    def is_closing(self):
        """Return True if the transport is closing or closed."""
        raise NotImplementedError

    def close(self):
        """Close the transport: buffered data is flushed, then connection_lost(None) is called."""
        raise NotImplementedError

    def set_protocol(self, protocol):
        """Set a new protocol."""
        raise NotImplementedError

    def get_protocol(self):
        """Return the current protocol."""
        raise NotImplementedError


class ReadTransport(BaseTransport):
    """Interface for read-only transports."""

    __slots__ = ()

    def is_reading(self):
        """Return True if the transport is receiving."""
        raise NotImplementedError

    def pause_reading(self):
        """Stop calling the protocol's data_received() until resume_reading()."""
        raise NotImplementedError

    def resume_reading(self):
        """Call the protocol's data_received() again when data arrives."""
        raise NotImplementedError


class WriteTransport(BaseTransport):
    """Interface for write-only transports."""

    __slots__ = ()

    def set_write_buffer_limits(self, high=None, low=None):
        """Set the high- and low-water marks at which the protocol is paused and resumed."""
        raise NotImplementedError

    def get_write_buffer_size(self):
        """Return the current size of the write buffer."""
        raise NotImplementedError

    def get_write_buffer_limits(self):
        """Return the (low, high) water marks of write flow control."""
        raise NotImplementedError

    def write(self, data):
        """Write some bytes; never blocks (what cannot be sent now is buffered)."""
        raise NotImplementedError

    def writelines(self, list_of_data):
        """Write an iterable of bytes-like objects (by default: joined, then write())."""
        self.write(b''.join(list_of_data))

    def write_eof(self):
        """Close the write end after flushing buffered data; data may still be received."""
        raise NotImplementedError

    def can_write_eof(self):
        """Return True if this transport supports write_eof()."""
        raise NotImplementedError

    def abort(self):
        """Close the transport at once: buffered data is lost."""
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    """Interface of a bidirectional transport (what create_connection() returns)."""

    __slots__ = ()


class DatagramTransport(BaseTransport):
    """Interface for datagram (UDP) transports."""

    __slots__ = ()

    def sendto(self, data, addr=None):
        """Send data to addr (or to the address given when the transport was made)."""
        raise NotImplementedError

    def abort(self):
        """Close the transport at once: buffered data is lost."""
        raise NotImplementedError


class SubprocessTransport(BaseTransport):
    """Interface of a child process's transport."""

    __slots__ = ()

    def get_pid(self):
        """Get the child's process id."""
        raise NotImplementedError

    def get_returncode(self):
        """Get the child's return code (None while it runs)."""
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        """Get the transport of the child's pipe fd (0, 1 or 2)."""
        raise NotImplementedError

    def send_signal(self, signal):
        """Send a signal to the child."""
        raise NotImplementedError

    def terminate(self):
        """Stop the child (SIGTERM)."""
        raise NotImplementedError

    def kill(self):
        """Kill the child (SIGKILL)."""
        raise NotImplementedError


class _FlowControlMixin(Transport):
    """Write flow control: calls the protocol's pause_writing() when the buffer grows strictly
    over the high-water mark and resume_writing() when it drains to the low-water mark.

    A subclass defines get_write_buffer_size() and calls _maybe_pause_protocol() after the
    buffer grows and _maybe_resume_protocol() after it shrinks.
    """

    __slots__ = ('_loop', '_protocol_paused', '_high_water', '_low_water')

    def __init__(self, extra=None, loop=None):
        super().__init__(extra)
        self._loop = loop
        self._protocol_paused = False
        self._set_write_buffer_limits()

    def _protocol_call(self, name):
        try:
            getattr(self._protocol, name)()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'protocol.{name}() failed',
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })

    def _maybe_pause_protocol(self):
        if self.get_write_buffer_size() > self._high_water and not self._protocol_paused:
            self._protocol_paused = True
            self._protocol_call('pause_writing')

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            self._protocol_call('resume_writing')

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def _set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low

    def set_write_buffer_limits(self, high=None, low=None):
        self._set_write_buffer_limits(high=high, low=low)
        self._maybe_pause_protocol()

    def get_write_buffer_size(self):
        raise NotImplementedError
