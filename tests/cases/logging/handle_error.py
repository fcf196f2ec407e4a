# A failing emit() reports "--- Logging error ---" on stderr with the call stack, message and
# arguments, and logging goes on; with raiseExceptions false it stays silent.
import io
import logging
import sys

log = logging.getLogger("bad")
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
log.propagate = False


def report(action):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        action()
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    # the traceback's inner frames are the logging package's own: show the rest
    for line in text.splitlines():
        if line.startswith(("---", "Call stack", "Message", "Arguments", "Traceback", "TypeError",
                            "ValueError", "RuntimeError")) or 'handle_error.py", line' in line:
            print(line)
    print("--")


def caller():
    log.warning("%d items", "not a number")


report(caller)
report(lambda: log.warning("%s and %s", "only one"))


class Broken(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("disk full")
        except RuntimeError:
            self.handleError(record)


log.addHandler(Broken())
report(lambda: log.warning("to a broken handler %s", 1))
log.removeHandler(log.handlers[-1])
logging.raiseExceptions = False
report(lambda: log.warning("%d silenced", "x"))
logging.raiseExceptions = True
log.warning("logging still works")


class BadStr:
    def __repr__(self):
        return "<BadStr>"

    def __str__(self):
        raise ValueError("no str")


report(lambda: log.warning(BadStr()))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
