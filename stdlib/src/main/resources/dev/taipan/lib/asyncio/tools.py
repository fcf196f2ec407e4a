"""`taipan -m asyncio ps PID` and `pstree PID`: the tasks of another running Taipan process.

The process is read through _remote_debugging (an agent attached to its JVM); the table and the
tree are laid out as CPython 3.14's asyncio.tools lays them out. Tasks awaiting each other in a
cycle cannot form a tree: pstree reports the cycles instead.
"""

import sys
from collections import defaultdict, namedtuple

import _remote_debugging

# The shapes CPython's _remote_debugging returns (frames innermost first).
FrameInfo = namedtuple('FrameInfo', 'filename lineno funcname')
CoroInfo = namedtuple('CoroInfo', 'call_stack task_name')
TaskInfo = namedtuple('TaskInfo', 'task_id task_name coroutine_stack awaited_by')
AwaitedInfo = namedtuple('AwaitedInfo', 'thread_id awaited_by')

_TASK, _CORO = 'task', 'coroutine'


class CycleFoundException(Exception):
    """Tasks await each other in a cycle: no tree can be drawn."""

    def __init__(self, cycles, id2name):
        super().__init__(cycles, id2name)
        self.cycles = cycles
        self.id2name = id2name


def get_all_awaited_by(pid):
    """Every pending task of process pid, grouped by thread: a list of AwaitedInfo."""
    result = []
    for thread_id, tasks in _remote_debugging.get_all_awaited_by(pid):
        infos = []
        for task_id, name, frames, awaiters in tasks:
            stack = [CoroInfo([FrameInfo(*f) for f in frames], name)]
            by = [CoroInfo([FrameInfo(*f) for f in waiter_frames], waiter_id)
                  for waiter_id, waiter_frames in awaiters]
            infos.append(TaskInfo(task_id, name, stack, by))
        result.append(AwaitedInfo(thread_id, infos))
    return result


def _entry(frame):
    """A frame as the tree shows it: "function file:line" (just the function when it has no file)."""
    if isinstance(frame, str):
        return frame
    if frame.lineno == 0 and frame.filename == '':
        return frame.funcname
    return f'{frame.funcname} {frame.filename}:{frame.lineno}'


def _name(frame):
    """A frame as the table shows it: the function only."""
    return _entry(frame).split(' ')[0]


def _index(result):
    """(task id -> name, [(awaiter id, awaiter's stack, task id)], task id -> its own stack)."""
    names, awaits, stacks = {}, [], {}
    for thread in result:
        for task in thread.awaited_by:
            names[task.task_id] = task.task_name
            for coro in task.coroutine_stack:
                stacks[task.task_id] = [_entry(f) for f in coro.call_stack]
            for coro in task.awaited_by:
                awaits.append((coro.task_name, [_entry(f) for f in coro.call_stack], task.task_id))
    return names, awaits, stacks


def _find_cycles(awaits):
    """The cycles of the task graph (awaiter -> awaited), each a list of task ids ending where it began."""
    graph = defaultdict(set)
    for parent, _stack, child in awaits:
        graph[parent].add(child)
    state = {}  # missing: unvisited; 1: on the current path; 2: done
    path, cycles = [], []

    def visit(node):
        state[node] = 1
        path.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in state:
                visit(nxt)
            elif state[nxt] == 1:
                cycles.append(path[path.index(nxt):] + [nxt])
        state[node] = 2
        path.pop()

    for node in list(graph):
        if node not in state:
            visit(node)
    return cycles


def _build_tree(names, awaits, stacks):
    """The nodes' labels and children: tasks, and the coroutine frames between a task and what it awaits."""
    labels = {(_TASK, tid): name for tid, name in names.items()}
    children = defaultdict(list)
    frame_nodes = defaultdict(dict)  # parent node -> {frame label: node}
    counter = [0]

    def frame_node(parent, label):
        node = frame_nodes[parent].get(label)
        if node is None:
            counter[0] += 1
            node = (_CORO, counter[0])
            labels[node] = label
            children[parent].append(node)
            frame_nodes[parent][label] = node
        return node

    for parent, stack, child in awaits:
        node = (_TASK, parent)
        for label in reversed(stack):
            node = frame_node(node, label)
        if (_TASK, child) not in children[node]:
            children[node].append((_TASK, child))

    # a task awaiting no other task shows its own stack below it
    parents = {parent for parent, _stack, _child in awaits}
    for tid in names:
        if tid not in parents and tid in stacks:
            node = (_TASK, tid)
            for label in reversed(stacks[tid]):
                node = frame_node(node, label)
    return labels, children


def build_async_tree(result, task_emoji='(T)', cor_emoji=''):
    """The trees of tasks (one list of lines per task nobody awaits), as pstree prints them."""
    names, awaits, stacks = _index(result)
    cycles = _find_cycles(awaits)
    if cycles:
        raise CycleFoundException(cycles, names)
    labels, children = _build_tree(names, awaits, stacks)
    awaited = {c for kids in children.values() for c in kids}

    def render(node, prefix, last, lines):
        flag = task_emoji if node[0] == _TASK else cor_emoji
        lines.append(f"{prefix}{'└── ' if last else '├── '}{flag} {labels[node]}")
        prefix += '    ' if last else '│   '
        kids = children.get(node, [])
        for i, kid in enumerate(kids):
            render(kid, prefix, i == len(kids) - 1, lines)
        return lines

    return [render(node, '', True, []) for node in labels if node not in awaited]


def build_task_table(result):
    """The rows of ps: one per task and awaiter (a task nobody awaits has one row)."""
    names, _awaits, _stacks = _index(result)
    table = []
    for thread in result:
        for task in thread.awaited_by:
            frames = [f for coro in task.coroutine_stack for f in coro.call_stack]
            stack = ' -> '.join(_name(f) for f in frames)
            if not task.awaited_by:
                table.append([thread.thread_id, hex(task.task_id), task.task_name, stack, '', '', '0x0'])
                continue
            for coro in task.awaited_by:
                waiter = coro.task_name
                chain = ' -> '.join(_name(f) for f in coro.call_stack)
                shown_id = hex(waiter) if isinstance(waiter, int) else str(waiter)
                table.append([thread.thread_id, hex(task.task_id), task.task_name, stack, chain,
                              names.get(waiter, 'Unknown'), shown_id])
    return table


def _get_awaited_by_tasks(pid):
    try:
        return get_all_awaited_by(pid)
    except (RuntimeError, ProcessLookupError) as e:
        while e.__context__ is not None:
            e = e.__context__
        print(f'Error retrieving tasks: {e}')
        sys.exit(1)
    except PermissionError:
        print('Error: The specified process cannot be attached to due to insufficient permissions.\n'
              'Taipan attaches to the process\'s JVM: it must run as the same user, with attaching '
              'allowed (no -XX:+DisableAttachMechanism).\n')
        sys.exit(1)


def display_awaited_by_tasks_table(pid):
    """Print a table of all pending tasks of process pid."""
    table = build_task_table(_get_awaited_by_tasks(pid))
    print(f"{'tid':<10} {'task id':<20} {'task name':<20} {'coroutine stack':<50} "
          f"{'awaiter chain':<50} {'awaiter name':<15} {'awaiter id':<15}")
    print('-' * 180)
    for row in table:
        print(f'{row[0]:<10} {row[1]:<20} {row[2]:<20} {row[3]:<50} {row[4]:<50} {row[5]:<15} {row[6]:<15}')


def display_awaited_by_tasks_tree(pid):
    """Print the tree of all pending tasks of process pid."""
    tasks = _get_awaited_by_tasks(pid)
    try:
        trees = build_async_tree(tasks)
    except CycleFoundException as e:
        print('ERROR: await-graph contains cycles - cannot print a tree!', file=sys.stderr)
        print('', file=sys.stderr)
        for cycle in e.cycles:
            shown = ' → '.join(e.id2name.get(tid, hex(tid)) for tid in cycle)
            print(f'cycle: {shown}', file=sys.stderr)
        sys.exit(1)
    for tree in trees:
        print('\n'.join(tree))
