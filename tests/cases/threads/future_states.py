# concurrent.futures.Future by hand: states, reprs, results, exceptions, callbacks, errors.
import io
import re
import sys
from concurrent.futures import Future, CancelledError, InvalidStateError, TimeoutError
import concurrent.futures


def show(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))


f = Future()
print(show(f), f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), show(f), f.running(), f.cancel())
f.set_result(42)
print(show(f), f.done(), f.result(), f.exception())
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", show(str(e)))
captured = io.StringIO()   # it logs a critical message naming the future's id
sys.stderr = captured
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stderr = sys.__stderr__
print(captured.getvalue().startswith("Future "), captured.getvalue().endswith(" in unexpected state: FINISHED\n"))

f = Future()
f.set_exception(ValueError("bad"))
print(show(f), repr(f.exception()))
try:
    f.result()
except ValueError as e:
    print("result raised:", e)
try:
    f.set_exception(KeyError())
except InvalidStateError as e:
    print("InvalidStateError:", show(str(e)))

f = Future()
print(f.cancel(), f.cancel(), show(f), f.cancelled(), f.done())
for call in (f.result, f.exception):
    try:
        call()
    except CancelledError as e:
        print(call.__name__, "->", type(e).__name__, type(e).__module__)
print(f.set_running_or_notify_cancel(), f._state)
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", show(str(e)))

# Callbacks: called on completion in order, and at once when added to a done future.
calls = []
f = Future()
f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
f.add_done_callback(lambda fut: calls.append(("second", fut.result())))
f.set_result("x")
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls)
f = Future()
f.add_done_callback(lambda fut: calls.append(("cancelled", fut.cancelled())))
f.cancel()
print(calls[-1])

# Timeouts on a future nobody completes.
f = Future()
for call in (f.result, f.exception):
    try:
        call(timeout=0.01)
    except TimeoutError as e:
        print(call.__name__, "timed out:", type(e) is TimeoutError, repr(str(e)))
print(concurrent.futures.TimeoutError is TimeoutError, issubclass(CancelledError, concurrent.futures._base.Error))
print(issubclass(concurrent.futures.BrokenExecutor, RuntimeError), Future[int])
print(f.result(timeout=0) if f.set_result(None) is None else "")

class Result:
    pass


f = Future()
f.set_result(Result())
print(show(f))
