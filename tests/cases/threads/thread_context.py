# expected: hand-written
# Thread(context=...), new in CPython 3.14 (threading docs, "Thread objects"): run() runs in
# the given contextvars.Context; without one (and sys.flags.thread_inherit_context off, the
# default of the GIL build) a new thread starts with an empty context.
import contextvars
import threading

var = contextvars.ContextVar("var", default="unset")
var.set("main")
seen = []


def body():
    seen.append(var.get())
    var.set("thread")


t = threading.Thread(target=body)
t.start()
t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=body, context=ctx)
t.start()
t.join()
print(seen)
print(var.get(), ctx[var])
