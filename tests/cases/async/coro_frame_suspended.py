# Tests cr_frame while suspended: f_code.co_name, f_lineno, f_locals at the suspension point; cr_origin is None by default.
import types

@types.coroutine
def pause():
    yield

async def task(a, b):
    total = a + b
    await pause()
    total *= 2
    await pause()
    return total

c = task(2, 3)
print("before start line", c.cr_frame.f_lineno, "locals", c.cr_frame.f_locals)
c.send(None)
f = c.cr_frame
print(f.f_code.co_name, "line", f.f_lineno, "locals", f.f_locals)
c.send(None)
print("line", c.cr_frame.f_lineno, "total", c.cr_frame.f_locals["total"])
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value, "frame", c.cr_frame)
c2 = task(1, 1)
print("cr_origin", c2.cr_origin)
c2.close()
