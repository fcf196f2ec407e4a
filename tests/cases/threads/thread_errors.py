# The RuntimeErrors of Thread: starting twice, joining early or itself, daemon after start.
import threading

started = threading.Event()
release = threading.Event()


def wait_for_release():
    started.set()
    release.wait()


t = threading.Thread(target=wait_for_release)
for call in (t.join, lambda: t.join(1)):
    try:
        call()
    except RuntimeError as e:
        print("join before start:", e)
t.start()
started.wait()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon:", e)
release.set()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start after end:", e)


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("join self:", e)


s = threading.Thread(target=join_self)
s.start()
s.join()
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("join main:", e)

try:
    threading.Thread(group=1)
except AssertionError as e:
    print("group:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
for call in (n.start, n.join):
    try:
        call()
    except RuntimeError as e:
        print("no __init__:", e)
try:
    n.daemon = True
except RuntimeError as e:
    print("no __init__:", e)

