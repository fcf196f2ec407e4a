"""The asyncio package: Taipan's event loop and the asyncio API (CPython 3.14's)."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .unix_events import *

from . import base_events, coroutines, events, exceptions, futures, locks, queues
from . import runners, tasks, taskgroups, timeouts, unix_events

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           tasks.__all__ +
           taskgroups.__all__ +
           timeouts.__all__ +
           unix_events.__all__)
