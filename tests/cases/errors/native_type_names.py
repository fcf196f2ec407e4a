# Messages name built-in types of other modules as CPython's tp_name does ('collections.deque'),
# and types that CPython defines in Python by their plain name (asyncio's Handle).
import _thread
import asyncio
import collections
import functools
import itertools
import operator
import re
import threading

cases = [
    lambda: collections.deque().nope,
    lambda: threading.local().nope,
    lambda: itertools.count().nope,
    lambda: _thread.allocate_lock().nope,
    lambda: asyncio.Future.nope,
    lambda: asyncio.Handle.nope,
    lambda: len(itertools.count()),
    lambda: next(collections.deque()),
    lambda: itertools.chain()(),
    lambda: functools.partial(len).nope,
    lambda: operator.itemgetter(1).nope,
    lambda: re.compile("a").nope,
    lambda: len(re.compile("a")),
    lambda: iter(5),
    lambda: (lambda: 0)[1],
    lambda: asyncio.CancelledError().nope,
]
for case in cases:
    try:
        case()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
import weakref


class C:
    pass


c = C()
for case in [lambda: collections.deque() < 1, lambda: -itertools.count(), lambda: weakref.ref(c) + 1,
             lambda: abs(collections.deque()), lambda: pow(collections.deque(), 2, 3)]:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
