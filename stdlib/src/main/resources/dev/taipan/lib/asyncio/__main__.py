"""`taipan -m asyncio`: the asyncio REPL, or, with `ps PID` / `pstree PID`, the tasks of another
running Taipan process (CPython 3.14's command line; its argparse messages, written out here)."""

import sys

PROG = 'taipan -m asyncio'
COMMANDS = {
    'ps': 'Display a table of all pending tasks in a process',
    'pstree': 'Display a tree of all pending tasks in a process',
}
USAGE = f'usage: {PROG} [-h] {{ps,pstree}} ...'


def _help():
    print(f'{USAGE}\n\nInteractive asyncio shell and CLI tools\n\n'
          'positional arguments:\n'
          '  {ps,pstree}  sub-commands\n'
          + ''.join(f'    {name:<11}{text}\n' for name, text in COMMANDS.items())
          + '\noptions:\n'
          '  -h, --help   show this help message and exit')


def _fail(usage, prog, message):
    print(usage, file=sys.stderr)
    print(f'{prog}: error: {message}', file=sys.stderr)
    sys.exit(2)


def _command(name, args):
    """ps/pstree PID: the process id, checked as argparse checks it, then the report."""
    prog = f'{PROG} {name}'
    usage = f'usage: {prog} [-h] pid'
    if '-h' in args or '--help' in args:
        print(f'{usage}\n\npositional arguments:\n  pid         Process ID to inspect\n\n'
              'options:\n  -h, --help  show this help message and exit')
        sys.exit(0)
    if not args:
        _fail(usage, prog, 'the following arguments are required: pid')
    try:
        pid = int(args[0])
    except ValueError:
        _fail(usage, prog, f'argument pid: invalid int value: {args[0]!r}')
    if len(args) > 1:
        _fail(USAGE, PROG, 'unrecognized arguments: ' + ' '.join(args[1:]))
    from . import tools
    if name == 'ps':
        tools.display_awaited_by_tasks_table(pid)
    else:
        tools.display_awaited_by_tasks_tree(pid)
    sys.exit(0)


def _repl():
    # The asyncio REPL (the "repl" part of Taipan) starts here.
    print('taipan: the asyncio REPL is not supported yet', file=sys.stderr)
    sys.exit(2)


def main(argv):
    if not argv:
        _repl()
    first = argv[0]
    if first in ('-h', '--help'):
        _help()
        sys.exit(0)
    if first in COMMANDS:
        _command(first, argv[1:])
    if first.startswith('-'):
        _fail(USAGE, PROG, f'unrecognized arguments: {" ".join(argv)}')
    _fail(USAGE, PROG, f"argument command: invalid choice: {first!r} (choose from ps, pstree)")


if __name__ == '__main__':
    main(sys.argv[1:])
