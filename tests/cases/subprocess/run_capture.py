# subprocess.run: captured output as bytes and text, input=, shell commands, CompletedProcess.
import subprocess

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)

r = subprocess.run(["printf", "%s\\n", "a", "b"], stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)
print(r)

r = subprocess.run("echo out; echo err >&2; exit 3", shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))

r = subprocess.run(["cat"], input=b"bytes in\n", capture_output=True)
print(r.stdout)
r = subprocess.run(["tr", "a-z", "A-Z"], input="shout\n", capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run(["cat"], input="x\r\ny\rz\n", capture_output=True, universal_newlines=True)
print(repr(r.stdout))
r = subprocess.run(["cat"], input="caf\u00e9\n", capture_output=True, encoding="utf-8")
print(repr(r.stdout))

print(subprocess.check_output(["echo", "checked"]))
print(repr(subprocess.check_output("echo $((6 * 7))", shell=True, text=True)))
print(subprocess.check_output(["sh", "-c", "echo to-err >&2"], stderr=subprocess.STDOUT))
print(subprocess.check_output(["cat"], input=None, text=True) == "")
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.call("exit 5", shell=True))
print(subprocess.check_call(["true"]))
print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("echo fail; exit 4"))

big = subprocess.run(["sh", "-c", "i=0; while [ $i -lt 2000 ]; do echo line $i; echo err $i >&2; i=$((i+1)); done"],
                     capture_output=True, text=True)
print(len(big.stdout.splitlines()), len(big.stderr.splitlines()), big.stdout.splitlines()[-1])
data = bytes(range(256)) * 1000
r = subprocess.run(["cat"], input=data, capture_output=True)
print(len(r.stdout), r.stdout == data)
for seq in (["a", "b c"], ['a"b', "c\\\\", "d\\\\ e", ""], []):
    print(subprocess.list2cmdline(seq))
