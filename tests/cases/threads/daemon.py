# Daemon threads: the flag is inherited from the creating thread, and the program does not
# wait for daemon threads at exit (this one is still sleeping when the program ends).
import threading
import time

print(threading.Thread().daemon, threading.Thread(daemon=True).daemon)
flags = []


def spawn():
    flags.append(threading.Thread().daemon)


for daemon in (False, True):
    t = threading.Thread(target=spawn, daemon=daemon)
    t.start()
    t.join()
print(flags)

t = threading.Thread(daemon=None)
t.daemon = True
print(t.daemon, "daemon" in repr(t))

sleeper = threading.Thread(target=time.sleep, args=(5,), daemon=True)
sleeper.start()
print("exiting with a daemon thread alive:", sleeper.is_alive())
