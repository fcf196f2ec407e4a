# Tests __traceback__ objects, tb_lineno/tb_next, and with_traceback() reattaching tracebacks.
def fail():
    raise ValueError("deep")
def middle():
    fail()
try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    saved = e.__traceback__
e2 = RuntimeError("fresh")
print(e2.__traceback__)
e3 = e2.with_traceback(saved)
print(e3 is e2, e2.__traceback__ is saved)
try:
    raise e2
except RuntimeError as e:
    depth = 0
    tb = e.__traceback__
    while tb:
        depth += 1
        tb = tb.tb_next
    print("depth", depth)
print(ValueError("x").with_traceback(None).__traceback__)
