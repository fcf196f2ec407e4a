# _thread and signal refuse bad arguments with CPython's exceptions and messages.
import _thread
import signal

checks = [
    lambda: _thread.stack_size(-1),
    lambda: _thread.stack_size(100),
    lambda: _thread.start_new_thread(1, ()),
    lambda: _thread.start_new_thread(print, []),
    lambda: _thread.start_new_thread(print, (), []),
    lambda: _thread.allocate_lock().acquire(False, 1),
    lambda: _thread.allocate_lock().acquire(timeout=-2),
    lambda: _thread.allocate_lock().release(),
    lambda: _thread.RLock().release(),
    lambda: signal.pthread_kill(_thread.get_ident(), 99),
    lambda: signal.signal(signal.SIGINT, None),
    lambda: signal.getsignal(0),
    lambda: signal.raise_signal(99),
]
for check in checks:
    try:
        check()
        print("no error")
    except (TypeError, ValueError, RuntimeError, OverflowError, OSError) as e:
        print(type(e).__name__ + ":", e)
