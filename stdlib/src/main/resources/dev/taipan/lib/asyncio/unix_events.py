"""The event loop and policy for Unix-like systems."""

__all__ = (
    'SelectorEventLoop',
    'DefaultEventLoopPolicy',
    'EventLoop',
)

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """Unix event loop."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy."""
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
EventLoop = SelectorEventLoop
