"""ProcessPoolExecutor: refused, because Taipan runs no worker processes."""

from concurrent.futures import _base

__all__ = ('ProcessPoolExecutor', 'BrokenProcessPool')


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process pool breaks (never, in Taipan: there are no process pools)."""


class ProcessPoolExecutor(_base.Executor):
    """Refused on construction: Taipan cannot start worker processes running Python."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not supported: Taipan runs no worker processes; "
            "use concurrent.futures.ThreadPoolExecutor instead")
