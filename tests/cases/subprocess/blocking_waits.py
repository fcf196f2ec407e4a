# Waiting for a child blocks only the waiting thread (others run meanwhile), and Ctrl-C (SIGINT)
# interrupts the wait with KeyboardInterrupt.
import os
import signal
import subprocess
import threading
import time

ticks = 0
stop = threading.Event()


def ticker():
    global ticks
    while not stop.wait(0.01):
        ticks += 1


t = threading.Thread(target=ticker)
t.start()
p = subprocess.Popen(["sh", "-c", "sleep 0.3; echo done"], stdout=subprocess.PIPE)
print(p.stdout.read(), "other thread ran:", ticks > 5)
before = ticks
print(subprocess.run(["sleep", "0.2"]).returncode, "other thread ran:", ticks - before > 5)
stop.set()
t.join()

p = subprocess.Popen(["sleep", "5"])
threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT)).start()
start = time.monotonic()
try:
    p.wait()
except KeyboardInterrupt:
    print("KeyboardInterrupt", time.monotonic() - start < 2, p.poll())
p.kill()
print(p.wait())

threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT)).start()
try:
    subprocess.run(["sleep", "5"], capture_output=True)
except KeyboardInterrupt:
    print("KeyboardInterrupt from run")
