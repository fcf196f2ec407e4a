"""The 'asyncio' logger.

`logger` stands for logging.getLogger('asyncio'): every attribute read, write or call goes to
that logger, but the logging package is imported only on first use, which keeps
`import asyncio` cheap (parsing logging costs Taipan about as much as a third of asyncio).
"""


class _DeferredLogger:
    """logging.getLogger(name), fetched (and logging imported) on the first attribute access."""

    __slots__ = ('_name',)

    def __init__(self, name):
        object.__setattr__(self, '_name', name)

    def _logger(self):
        import logging
        return logging.getLogger(object.__getattribute__(self, '_name'))

    def __getattr__(self, attr):
        return getattr(self._logger(), attr)

    def __setattr__(self, attr, value):
        setattr(self._logger(), attr, value)

    def __delattr__(self, attr):
        delattr(self._logger(), attr)

    def __repr__(self):
        return repr(self._logger())


logger = _DeferredLogger(__package__)
