"""Selectors: high-level I/O multiplexing over the select module (CPython's API).

DefaultSelector is EpollSelector, as on Linux; Taipan's select.epoll and select.poll watch
sockets through a java.nio Selector.
"""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import math
import select

EVENT_READ = (1 << 0)
EVENT_WRITE = (1 << 1)


def _fileobj_to_fd(fileobj):
    """The fd of fileobj: an int, or what its fileno() returns; ValueError when invalid."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


class _SelectorMapping(Mapping):
    """A read-only mapping of file objects (and fds) to their SelectorKeys."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def get(self, fileobj, default=None):
        fd = self._selector._fileobj_lookup(fileobj)
        return self._selector._fd_to_key.get(fd, default)

    def __getitem__(self, fileobj):
        fd = self._selector._fileobj_lookup(fileobj)
        key = self._selector._fd_to_key.get(fd)
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return key

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """The selector API: register file objects for events, then wait for some to be ready."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """Keeps the fd -> key table the concrete selectors share."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            # a closed file object: look it up by identity
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError(f"Invalid events: {events!r}")
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError(f"{fileobj!r} (FD {key.fd}) is already registered")
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)


class SelectSelector(_BaseSelectorImpl):
    """A selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        ready = []
        try:
            r, w, _ = select.select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return ready
        r = set(r)
        w = set(w)
        for fd in r | w:
            events = 0
            if fd in r:
                events |= EVENT_READ
            if fd in w:
                events |= EVENT_WRITE
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class _PollerSelector(_BaseSelectorImpl):
    """A selector over a select.poll or select.epoll object (_new_poller, _READ and _WRITE say which)."""
    _new_poller = None
    _READ = 0
    _WRITE = 0

    def __init__(self):
        super().__init__()
        self._selector = type(self)._new_poller()

    def _mask(self, events):
        return (self._READ if events & EVENT_READ else 0) | (self._WRITE if events & EVENT_WRITE else 0)

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._selector.register(key.fd, self._mask(events))
        except BaseException:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            pass  # closed since it was registered
        return key

    def modify(self, fileobj, events, data=None):
        fd = self._fileobj_lookup(fileobj)
        key = self._fd_to_key.get(fd)
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        if events != key.events:
            try:
                self._selector.modify(fd, self._mask(events))
            except BaseException:
                super().unregister(fileobj)
                raise
        if events != key.events or data != key.data:
            key = key._replace(events=events, data=data)
            self._fd_to_key[fd] = key
        return key

    def _poll(self, timeout):
        """The poller's (fd, mask) list for a timeout in seconds (None: wait until something is ready)."""
        raise NotImplementedError

    def select(self, timeout=None):
        if timeout is not None:
            # the pollers count in whole milliseconds: round up so the wait is never too short
            timeout = 0 if timeout <= 0 else math.ceil(timeout * 1e3) / 1e3
        try:
            polled = self._poll(timeout)
        except InterruptedError:
            return []
        ready = []
        for fd, mask in polled:
            key = self._fd_to_key.get(fd)
            if key is not None:
                events = (EVENT_READ if mask & self._READ else 0) | (EVENT_WRITE if mask & self._WRITE else 0)
                ready.append((key, events & key.events))
        return ready


class PollSelector(_PollerSelector):
    """A selector over select.poll()."""
    _new_poller = select.poll
    _READ = select.POLLIN
    _WRITE = select.POLLOUT

    def _poll(self, timeout):
        return self._selector.poll(None if timeout is None else timeout * 1e3)


class EpollSelector(_PollerSelector):
    """A selector over select.epoll()."""
    _new_poller = select.epoll
    _READ = select.EPOLLIN
    _WRITE = select.EPOLLOUT

    def fileno(self):
        return self._selector.fileno()

    def _poll(self, timeout):
        return self._selector.poll(-1 if timeout is None else timeout, max(len(self._fd_to_key), 1))

    def close(self):
        self._selector.close()
        super().close()


DefaultSelector = EpollSelector
