"""The asyncio package: Taipan's event loop and the asyncio API (CPython 3.14's)."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .runners import *
from .tasks import *
from .threads import *
from .timeouts import *
from .unix_events import *

from . import base_events, coroutines, events, exceptions, futures
from . import runners, tasks, threads, timeouts, unix_events

# asyncio.graph (call graphs) is imported on first use: it needs dataclasses, which costs start-up time.
_GRAPH_NAMES = ('capture_call_graph', 'format_call_graph', 'print_call_graph',
                'FrameCallGraphEntry', 'FutureCallGraph')


# asyncio.subprocess is imported on first use too (it imports the subprocess module).
_SUBPROCESS_NAMES = ('create_subprocess_exec', 'create_subprocess_shell')


# Streams, transports, protocols and Server are imported on first use too: most programs never
# open a connection, and parsing them costs start-up time.
_NETWORK_NAMES = {
    'protocols': ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
                  'BufferedProtocol'),
    'streams': ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
                'start_server'),
    'transports': ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
                   'DatagramTransport', 'SubprocessTransport'),
    'connections': ('Server',),
}
_NETWORK_MODULE = {name: module for module, names in _NETWORK_NAMES.items() for name in names}

# Locks, queues and task groups too: a program that only runs coroutines and tasks needs none of them.
_SYNC_NAMES = {
    'locks': ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier'),
    'queues': ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty', 'QueueShutDown'),
    'taskgroups': ('TaskGroup',),
    'mixins': (),
}
_NETWORK_MODULE.update({name: module for module, names in _SYNC_NAMES.items() for name in names})
_NETWORK_NAMES.update(_SYNC_NAMES)


def __getattr__(name):
    module = _NETWORK_MODULE.get(name)
    if module is not None or name in _NETWORK_NAMES:
        __import__(f'{__name__}.{module or name}')
        module = sys.modules[f'{__name__}.{module or name}']
        return module if name in _NETWORK_NAMES else getattr(module, name)
    if name in _GRAPH_NAMES:
        from . import graph
        return getattr(graph, name)
    if name in _SUBPROCESS_NAMES or name == 'subprocess':
        __import__(__name__ + '.subprocess')
        module = sys.modules[__name__ + '.subprocess']
        return module if name == 'subprocess' else getattr(module, name)
    raise AttributeError(f"module 'asyncio' has no attribute {name!r}")


__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           runners.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           unix_events.__all__ +
           tuple(_NETWORK_MODULE) +
           _GRAPH_NAMES +
           _SUBPROCESS_NAMES)
