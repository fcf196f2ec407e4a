# Timeouts: run(timeout=) kills the child and raises TimeoutExpired with the output so far;
# Popen.wait(timeout) and communicate(timeout) raise it and can be called again.
import subprocess
import time

start = time.monotonic()
try:
    subprocess.run(["sh", "-c", "echo early; exec sleep 5"], capture_output=True, timeout=0.25)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)
    print(e.cmd, e.timeout, e.output, e.stdout, e.stderr)
print("killed quickly:", time.monotonic() - start < 2)

try:
    subprocess.check_output(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e, e.output)

p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
print(p.poll(), p.returncode)
p.kill()
print(p.wait(), p.poll())

p = subprocess.Popen(["sh", "-c", "echo first; exec sleep 5"], stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.25)
except subprocess.TimeoutExpired as e:
    print("partial:", e.output)
p.kill()
print(p.communicate(), p.returncode)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b"data", timeout=5))
try:
    p.communicate(b"more")
except ValueError as e:
    print("ValueError:", e)
print(p.communicate(), p.returncode)
print(isinstance(subprocess.TimeoutExpired("x", 1), subprocess.SubprocessError))
