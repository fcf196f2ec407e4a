# current_thread, main_thread, get_ident, get_native_id, active_count and enumerate.
import threading

main = threading.main_thread()
print(main.name, threading.current_thread() is main, main.is_alive(), main.daemon)
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(repr(main) == f"<_MainThread(MainThread, started {main.ident})>")
print(threading.active_count(), threading.enumerate() == [main])

inside = threading.Event()
release = threading.Event()
seen = {}


def body():
    me = threading.current_thread()
    seen["me"] = me
    seen["ident"] = threading.get_ident() == me.ident
    seen["main"] = threading.main_thread() is main
    seen["not main"] = me is not main
    inside.set()
    release.wait()


t = threading.Thread(target=body, name="second")
t.start()
inside.wait()
print(seen["me"] is t, seen["ident"], seen["main"], seen["not main"])
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(t.ident != main.ident)
release.set()
t.join()
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(threading.TIMEOUT_MAX > 1e6, threading.ThreadError is RuntimeError)
print(threading.stack_size())
