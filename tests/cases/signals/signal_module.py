# The signal module: enums, handlers run in the main thread, os.kill/raise_signal to this
# process, errors for bad signal numbers and handlers, setitimer.
import os
import signal
import time

print(signal.SIGINT, repr(signal.SIGINT), f'{signal.SIGINT}', signal.SIGINT.name, signal.SIGINT.value)
print(signal.Signals(15), repr(signal.Signals(15)), signal.Signals['SIGTERM'] is signal.SIGTERM)
print(signal.SIG_DFL, repr(signal.SIG_IGN), signal.SIGINT == 2, hash(signal.SIGINT) == 2)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGPIPE))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.Signals(99)
except ValueError as e:
    print("ValueError:", e)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
print(sorted(signal.valid_signals())[:3], signal.NSIG)


def handler(signum, frame):
    print("handler:", signal.Signals(signum).name, type(frame).__name__)


print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after os.kill")
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal")
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored:", signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

for bad in [(signal.SIGKILL, handler), (signal.SIGSTOP, handler), (0, handler), (99, handler),
            (signal.SIGUSR1, 5), (signal.SIGUSR1, "x")]:
    try:
        signal.signal(*bad)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    os.kill(os.getpid(), 99)
except OSError as e:
    print(type(e).__name__ + ":", e)

# SIGALRM from an interval timer interrupts a sleep only if the handler raises
fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
time.sleep(0.15)
print("sleep finished after the handler ran:", fired, time.monotonic() - start >= 0.14)
print(signal.getitimer(signal.ITIMER_REAL))


class Stop(Exception):
    pass


def stop(signum, frame):
    raise Stop("from the handler")


signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
try:
    time.sleep(5)
except Stop as e:
    print("sleep cut short:", e, time.monotonic() - start < 1)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
