# Tests cr_running, cr_suspended, cr_frame and cr_await across a coroutine's life.
import types

@types.coroutine
def pause():
    yield "p"

async def inner():
    await pause()

def show(label, c):
    print(label, "running", c.cr_running, "suspended", c.cr_suspended,
          "frame", c.cr_frame is not None, "await", type(c.cr_await).__name__)

async def outer():
    show("inside", me)
    await inner()
    return 1

me = outer()
show("created", me)
me.send(None)
show("suspended", me)
try:
    me.send(None)
except StopIteration:
    pass
show("finished", me)

c = inner()
show("inner created", c)
c.send(None)
show("inner suspended", c)
c.close()
show("inner closed", c)
