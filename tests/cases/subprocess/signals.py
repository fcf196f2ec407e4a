# A child ended by a signal reports minus the signal number; send_signal, terminate, kill.
import signal
import subprocess

p = subprocess.Popen(["sleep", "5"])
p.terminate()
print(p.wait())

p = subprocess.Popen(["sleep", "5"])
p.kill()
print(p.wait())

p = subprocess.Popen(["sleep", "5"])
p.send_signal(signal.SIGUSR1)
print(p.wait())
e = subprocess.CalledProcessError(p.returncode, p.args)
print(e)

p = subprocess.Popen(["sh", "-c", "trap 'echo caught; exit 7' TERM; echo ready; while :; do sleep 0.05; done"],
                     stdout=subprocess.PIPE, text=True)
print(p.stdout.readline(), end="")
p.terminate()
print(p.communicate()[0], end="")
print(p.returncode)

# signalling a finished child does nothing
p.send_signal(signal.SIGKILL)
p.kill()
print(p.returncode)

try:
    subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired:
    print("timed out, killed")
