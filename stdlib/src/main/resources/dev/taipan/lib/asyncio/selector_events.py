"""The selector event loop (its selector lives in the native loop core)."""

__all__ = 'BaseSelectorEventLoop',

from . import base_events


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """Selector event loop: the loop core sleeps in a java.nio Selector."""
