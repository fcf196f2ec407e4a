# From seed documents 002 ("Future와 Task": Future states PENDING/FINISHED/CANCELLED and the
# method table) and 004 ("Future, Task": result, done, cancelled, add_done_callback,
# remove_done_callback, cancel, get_loop). Shows each method on real futures and tasks.
import asyncio


def on_done(fut):
    state = "cancelled" if fut.cancelled() else f"result={fut.result()!r}"
    print(f"  callback: {state}")


def never_called(fut):
    print("  this callback was removed")


async def compute():
    await asyncio.sleep(0.01)
    return 42


async def main():
    loop = asyncio.get_running_loop()

    # PENDING --set_result()--> FINISHED
    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    try:
        fut.result()                       # 완료 전 호출 시 InvalidStateError
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.add_done_callback(on_done)
    fut.add_done_callback(never_called)
    print("removed callbacks:", fut.remove_done_callback(never_called))
    print("get_loop is running loop:", fut.get_loop() is loop)
    loop.call_soon(fut.set_result, "value")
    print("await future ->", await fut)
    print("done:", fut.done(), "result:", fut.result())
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    # PENDING --set_exception()--> FINISHED
    failed = loop.create_future()
    failed.set_exception(ValueError("bad"))
    print("exception:", repr(failed.exception()), "done:", failed.done())
    try:
        await failed
    except ValueError as e:
        print("await raised ValueError:", e)

    # PENDING --cancel()--> CANCELLED
    doomed = loop.create_future()
    doomed.add_done_callback(on_done)
    print("cancel ->", doomed.cancel(), "cancel again ->", doomed.cancel())
    await asyncio.sleep(0)
    print("cancelled:", doomed.cancelled(), "done:", doomed.done())
    try:
        doomed.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")

    # Task: a Future subclass that drives a coroutine.
    task = asyncio.create_task(compute(), name="compute-task")
    print(isinstance(task, asyncio.Future), task.get_name(), task.get_coro().__name__)
    task.set_name("renamed")
    task.add_done_callback(on_done)
    print("task result:", await task, "name:", task.get_name())


asyncio.run(main())
