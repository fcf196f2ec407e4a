# extract_stack, format_stack and print_stack from nested calls, with and without limit.
import sys
import traceback


def inner():
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno) for fs in stack])
    print([(fs.name, fs.line) for fs in traceback.extract_stack(limit=2)])
    print(traceback.format_stack(limit=1))
    traceback.print_stack(file=sys.stdout)
    traceback.print_stack(limit=2, file=sys.stdout)
    frame = sys._getframe()
    print([f.f_code.co_name for f, lineno in traceback.walk_stack(frame)])
    print([name for _, _, name, _ in traceback.extract_stack(frame.f_back)])


def middle():
    inner()


def outer():
    middle()


outer()
traceback.print_stack(file=sys.stdout)
print(traceback.format_stack(sys._getframe()))
