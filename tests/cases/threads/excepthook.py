# An exception escaping Thread.run() goes to threading.excepthook, which prints
# "Exception in thread NAME:" and the traceback on sys.stderr; SystemExit is silent.
import io
import sys
import threading


def fail():
    raise ValueError("boom")


# The real path: the traceback starts in threading's own frames, so only its ends are shown.
captured = io.StringIO()
sys.stderr = captured
t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(3,), name="exiting")
t.start()
t.join()
sys.stderr = sys.__stderr__
lines = captured.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print("thread ended:", t.is_alive())

# The default hook called directly: the whole report goes to stderr.
def nested():
    return {}["missing"]


def report():
    try:
        nested()
    except KeyError:
        threading.excepthook(threading.ExceptHookArgs([*sys.exc_info(), threading.current_thread()]))


r = threading.Thread(target=report, name="reporter")
r.start()
r.join()
print(threading.__excepthook__ is threading.excepthook)

# A custom hook receives (exc_type, exc_value, exc_traceback, thread).
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


threading.excepthook = hook
t = threading.Thread(target=fail, name="hooked")
t.start()
t.join()
print(seen)
args = threading.ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, len(args))


# A hook that fails: "Exception in threading.excepthook:" and sys.excepthook's report.
def bad_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = bad_hook
captured = io.StringIO()
sys.stderr = captured
t = threading.Thread(target=fail)
t.start()
t.join()
sys.stderr = sys.__stderr__
lines = captured.getvalue().splitlines()
print(lines[0], "|", lines[1], "|", lines[-1])
threading.excepthook = threading.__excepthook__
