# SIGINT's default handler raises KeyboardInterrupt in the main thread: at the next statement
# in running code, or at once in a sleep.
import os
import signal
import time

try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.signal(signal.SIGALRM, lambda s, f: os.kill(os.getpid(), signal.SIGINT))
start = time.monotonic()
try:
    time.sleep(5)
except KeyboardInterrupt:
    print("sleep interrupted:", time.monotonic() - start < 1)

signal.setitimer(signal.ITIMER_REAL, 0.05)
count = 0
try:
    while True:
        count += 1
except KeyboardInterrupt:
    print("loop interrupted:", count > 0)

# a handler may swallow it
signal.signal(signal.SIGINT, lambda s, f: print("custom SIGINT handler"))
os.kill(os.getpid(), signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
print("done")
