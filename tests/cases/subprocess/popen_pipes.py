# Popen with pipes: writing to stdin, reading stdout line by line, poll/wait, the with statement.
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.stderr)
p.stdin.write(b"one\ntwo\n")
p.stdin.flush()
print(p.stdout.readline())
print(p.poll())
p.stdin.write(b"three\n")
p.stdin.close()
print(p.stdout.read())
print(p.wait(), p.returncode)
p.stdout.close()

with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    print(type(p.stdin).__name__, type(p.stdout).__name__)
    p.stdin.write("alpha\nbeta\n")
    p.stdin.close()
    for line in p.stdout:
        print(repr(line))
print(p.returncode, p.stdout.closed, p.stdin.closed)
print(p)

with subprocess.Popen(["sh", "-c", "echo to stderr >&2; exit 4"], stderr=subprocess.PIPE) as p:
    print(p.stderr.read())
print(p.returncode)

p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     universal_newlines=True)
print(p.universal_newlines, p.text_mode)
print(p.communicate("hi\n"))
print(p.stdin.closed, p.stdout.closed)

p = subprocess.Popen(["printf", "no newline"], stdout=subprocess.PIPE, bufsize=0)
print(type(p.stdout).__name__, p.stdout.read(2), p.stdout.read())
p.wait()

p = subprocess.Popen("exit 0", shell=True)
print(p.args, p.wait(), isinstance(p.pid, int) and p.pid > 0)
p = subprocess.Popen(["true"])
print(repr(p)[:30])
p.wait()
print(repr(p))
p = subprocess.Popen(["echo", "a" * 100], stdout=subprocess.DEVNULL)
p.wait()
print(repr(p))
print(p.communicate())
