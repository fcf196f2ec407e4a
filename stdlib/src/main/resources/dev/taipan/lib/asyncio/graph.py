"""Call graphs of tasks and futures (new in Python 3.14): where a task is stopped, and who awaits it.

A task's call stack is the chain of coroutines it is suspended in (each coroutine's cr_await); for
the task running now it is the stack of frames up to its coroutine. "Awaited by" comes from
future_add_to_awaited_by(), which Task (awaiting a future or task), TaskGroup, gather() and
shield() call, so the graph climbs from a task to the tasks waiting for it.
"""

import dataclasses
import sys
import types

from . import events
from . import futures
from . import tasks

__all__ = (
    'capture_call_graph',
    'format_call_graph',
    'print_call_graph',
    'FrameCallGraphEntry',
    'FutureCallGraph',
)

_ASYNC = (types.CoroutineType, types.AsyncGeneratorType)


@dataclasses.dataclass(frozen=True, slots=True)
class FrameCallGraphEntry:
    frame: types.FrameType


@dataclasses.dataclass(frozen=True, slots=True)
class FutureCallGraph:
    future: futures.Future
    call_stack: tuple['FrameCallGraphEntry', ...]
    awaited_by: tuple['FutureCallGraph', ...]


def _check_future(future):
    if not isinstance(future, futures.Future):
        raise TypeError(f"{future!r} object does not appear to be compatible with asyncio.Future")


def _trim(entries, limit):
    """At most abs(limit) entries: the first ones for a positive limit, the last ones for a negative one."""
    if limit is None:
        return entries
    if limit > 0:
        return entries[:limit]
    if limit < 0:
        return entries[limit:]
    return entries


def _awaited_by(future, limit):
    return tuple(_graph_of(waiter, limit) for waiter in (future._asyncio_awaited_by or ()))


def _graph_of(future, limit):
    """The graph of a future that is not running: its coroutine chain, innermost frame first."""
    _check_future(future)
    coro = None
    get_coro = getattr(future, 'get_coro', None)
    if get_coro is not None and limit != 0:
        coro = get_coro()
    stack = []
    while coro is not None:
        if hasattr(coro, 'cr_await'):
            frame, coro = coro.cr_frame, coro.cr_await
        elif hasattr(coro, 'ag_await'):
            frame, coro = coro.ag_frame, coro.ag_await
        elif hasattr(coro, 'gi_yieldfrom'):
            frame, coro = coro.gi_frame, coro.gi_yieldfrom  # a @types.coroutine generator
        else:
            break
        if frame is None:
            break  # finished: nothing is stopped there
        stack.append(FrameCallGraphEntry(frame))
    stack = _trim(stack, limit)
    stack.reverse()
    return FutureCallGraph(future, tuple(stack), _awaited_by(future, limit))


def capture_call_graph(future=None, /, *, depth=1, limit=None):
    """The call graph of future, or of the current task: a FutureCallGraph, or None without one.

    For the current task the call stack starts depth frames above the caller of this function.
    limit keeps at most abs(limit) entries of each call stack: the innermost ones when positive,
    the outermost ones when negative; 0 keeps only the "awaited by" information.
    """
    loop = events._get_running_loop()
    if future is not None:
        if loop is None or future is not tasks.current_task(loop=loop):
            return _graph_of(future, limit)
    else:
        if loop is None:
            raise RuntimeError('capture_call_graph() is called outside of a running event loop '
                               'and no *future* to introspect was provided')
        future = tasks.current_task(loop=loop)
        if future is None:
            return None
    _check_future(future)
    stack = []
    frame = sys._getframe(depth) if limit != 0 else None
    while frame is not None:
        stack.append(FrameCallGraphEntry(frame))
        back = frame.f_back
        if isinstance(frame.f_generator, _ASYNC) and back is not None and back.f_generator is None:
            break  # the outermost coroutine: below it is the loop running the task
        frame = back
    if limit is not None:
        stack = _trim(stack, -limit)
    return FutureCallGraph(future, tuple(stack), _awaited_by(future, limit))


def _frame_line(frame):
    """'File ..., line N, in [async ]name()' for one entry of a call stack."""
    gen = frame.f_generator
    if gen is None:
        return f'File {frame.f_code.co_filename!r}, line {frame.f_lineno}, in {frame.f_code.co_qualname}()'
    if hasattr(gen, 'cr_code'):
        tag, code, frame = 'async', gen.cr_code, gen.cr_frame or frame
    elif hasattr(gen, 'ag_code'):
        tag, code, frame = 'async generator', gen.ag_code, gen.ag_frame or frame
    else:
        tag, code, frame = 'generator', gen.gi_code, gen.gi_frame or frame
    return f'File {frame.f_code.co_filename!r}, line {frame.f_lineno}, in {tag} {code.co_qualname}()'


def _render(graph, lines, level):
    indent = '    ' * level
    if isinstance(graph.future, tasks.Task):
        lines.append(f'{indent}* Task(name={graph.future.get_name()!r}, id={id(graph.future):#x})')
    else:
        lines.append(f'{indent}* Future(id={id(graph.future):#x})')
    if graph.call_stack:
        lines.append(f'{indent}  + Call stack:')
        for entry in graph.call_stack:
            lines.append(f'{indent}  |   {_frame_line(entry.frame)}')
    if graph.awaited_by:
        lines.append(f'{indent}  + Awaited by:')
        for waiter in graph.awaited_by:
            _render(waiter, lines, level + 1)


def format_call_graph(future=None, /, *, depth=1, limit=None):
    """The call graph of future (or of the current task) as text; '' when there is none."""
    graph = capture_call_graph(future, depth=depth + 1, limit=limit)
    if graph is None:
        return ''
    lines = []
    _render(graph, lines, 0)
    return '\n'.join(lines)


def print_call_graph(future=None, /, *, file=None, depth=1, limit=None):
    """Print the call graph of future (or of the current task) to file (default sys.stdout)."""
    print(format_call_graph(future, depth=depth + 1, limit=limit), file=file)
