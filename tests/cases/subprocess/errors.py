# subprocess errors: CalledProcessError, missing programs, bad arguments, as CPython reports them.
import os
import subprocess

try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)

try:
    subprocess.run("echo partial; exit 2", shell=True, check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)

try:
    subprocess.check_output(["sh", "-c", "echo so far; exit 9"])
except subprocess.CalledProcessError as e:
    print(e, repr(e.output))

try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)

r = subprocess.run(["sh", "-c", "exit 3"])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
print(isinstance(subprocess.CalledProcessError(1, "x"), subprocess.SubprocessError))
print(subprocess.CalledProcessError(-9, ["sleep", "9"]))
print(subprocess.CalledProcessError(-200, "x"))

for args in (["nosuchprog"], "nosuchprog", ["./no/such/prog"], [os.path.join("/", "no", "such")]):
    try:
        subprocess.run(args)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename, e)

try:
    subprocess.run(["/"])
except PermissionError as e:
    print(type(e).__name__, e)

try:
    subprocess.run("nosuchprog 2>/dev/null", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)

try:
    subprocess.run(["true"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print(e)

for bad in ([1, 2], ["echo", None]):
    try:
        subprocess.run(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.Popen(["true"], stdout=subprocess.STDOUT)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.run(["cat"], input="text", capture_output=True)
except TypeError as e:
    print("TypeError:", e)
try:
    subprocess.Popen(["true"], bufsize="big")
except TypeError as e:
    print("TypeError:", e)
try:
    subprocess.Popen(["true"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print("SubprocessError:", e)
try:
    subprocess.run(["true"], env={"A": 1})
except TypeError as e:
    print("TypeError:", e)
import io
try:
    subprocess.run(["echo"], stdout=io.StringIO())
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    subprocess.run([])
except IndexError as e:
    print("IndexError:", e)
try:
    subprocess.run([""])
except OSError as e:
    print(type(e).__name__, e)

# input of the wrong type: with stdin the only pipe, it is written straight to it
with subprocess.Popen(["cat"], stdin=subprocess.PIPE) as p:
    try:
        p.communicate(input="text")
    except TypeError as e:
        print("TypeError:", e)
