# concurrent.futures.wait and as_completed with futures finished by threads in a known order.
import threading
from concurrent.futures import (Future, ThreadPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, TimeoutError)

gates = [threading.Event() for _ in range(3)]


def job(i):
    gates[i].wait()
    if i == 1:
        raise ValueError("job 1 failed")
    return i


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, i) for i in range(3)]
    done, not_done = wait(fs, timeout=0.02)
    print("timeout:", len(done), len(not_done))
    gates[2].set()
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], len(not_done))
    gates[0].set()
    done, not_done = wait(fs, timeout=1, return_when=FIRST_EXCEPTION)
    print("first exception, none raised yet:", len(done), len(not_done))
    gates[1].set()
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception:", len(done), len(not_done), [f.exception() for f in fs])
    result = wait(fs, return_when=ALL_COMPLETED)
    print(type(result).__name__, len(result.done), result.not_done)

# wait() returns at once when the condition already holds.
done_future = Future()
done_future.set_result(1)
pending = Future()
print(len(wait([done_future, pending], return_when=FIRST_COMPLETED).done))
failed = Future()
failed.set_exception(KeyError("k"))
print(len(wait([failed, pending], return_when=FIRST_EXCEPTION).done))
try:
    wait([pending], return_when="SOMETIMES")
except ValueError as e:
    print("ValueError:", e)

# as_completed yields in completion order; the threads finish in the order the gates open.
gates = [threading.Event() for _ in range(3)]
order = []


def step(i):
    gates[i].wait()
    return i


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(step, i) for i in range(3)]
    gates[2].set()
    for f in as_completed(fs):
        order.append(f.result())
        if f.result() == 2:
            gates[0].set()
        elif f.result() == 0:
            gates[1].set()
print("as_completed order:", order)

# Duplicates are yielded once; a timeout raises TimeoutError with a count.
late = Future()
early = Future()
early.set_result("early")
got = []
try:
    for f in as_completed([early, late, early], timeout=0.02):
        got.append(f.result())
except TimeoutError as e:
    print("as_completed:", got, type(e).__name__, e)
# A cancelled future counts as done for as_completed() once an executor has seen the cancel.
late.cancel()
late.set_running_or_notify_cancel()
print([f.cancelled() for f in as_completed([late])])
