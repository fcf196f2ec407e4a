# Where a child's streams go: files, DEVNULL, STDOUT, the parent's own streams, another child.
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    out_path = os.path.join(tmp, "out.txt")
    with open(out_path, "w") as f:
        f.write("parent line\n")
        f.flush()
        subprocess.run(["echo", "child line"], stdout=f)
        subprocess.run(["sh", "-c", "echo err line >&2"], stderr=f)
        f.write("parent again\n")
    with open(out_path) as f:
        print(f.read(), end="")

    with open(out_path, "ab") as f:
        subprocess.run(["printf", "appended\\n"], stdout=f.fileno())
    with open(out_path, "rb") as f:
        print(f.read().splitlines()[-1])

    with open(out_path) as f:
        r = subprocess.run(["wc", "-l"], stdin=f, capture_output=True, text=True)
    print(r.stdout.strip())

    r = subprocess.run(["pwd"], cwd=tmp, capture_output=True, text=True)
    print(r.stdout.strip() == os.path.realpath(tmp))
    r = subprocess.run("cat out.txt | head -n 1", shell=True, cwd=tmp, capture_output=True, text=True)
    print(repr(r.stdout))

r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()), r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout)

r = subprocess.run(["sh", "-c", "echo $GREETING-$HOME"], env={"GREETING": "hi", "HOME": "/nowhere"},
                   capture_output=True, text=True)
print(r.stdout, end="")
os.environ["TAIPAN_CASE_VAR"] = "from parent"
r = subprocess.run(["sh", "-c", "echo $TAIPAN_CASE_VAR"], capture_output=True, text=True)
print(r.stdout, end="")
del os.environ["TAIPAN_CASE_VAR"]

# the parent's own stdout and stderr
print("before the child", flush=True)
subprocess.run(["echo", "child on inherited stdout"])
subprocess.run(["sh", "-c", "echo child to parent stdout"], stdout=sys.stdout)
subprocess.run(["sh", "-c", "echo child on stderr >&2"])
print("after the child")
sys.stdout.flush()

# a pipeline: the first child's output is the second one's input
p1 = subprocess.Popen(["printf", "b\\na\\nc\\na\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort", "-u"], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate()[0], p1.wait(), p2.returncode)
