# shutil: copying, moving and removing files and trees; which.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src.txt")
    with open(src, "w") as f:
        f.write("payload\n")
    os.chmod(src, 0o640)
    dst = shutil.copyfile(src, os.path.join(tmp, "copy.txt"))
    print(os.path.basename(dst), open(dst).read(), end="")
    os.mkdir(os.path.join(tmp, "dir"))
    d2 = shutil.copy(src, os.path.join(tmp, "dir"))
    print(os.path.relpath(d2, tmp), oct(os.stat(d2).st_mode & 0o777))
    d3 = shutil.copy2(src, os.path.join(tmp, "dir", "two.txt"))
    print(os.path.relpath(d3, tmp), os.stat(d3).st_mtime == os.stat(src).st_mtime)
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print("SameFileError:", str(e).replace(tmp, "TMP"))
    try:
        shutil.copyfile(os.path.join(tmp, "nope"), dst)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror)

    tree = os.path.join(tmp, "tree")
    os.makedirs(os.path.join(tree, "a", "b"))
    for name in ("a/one.txt", "a/b/two.txt", "a/b/skip.pyc"):
        with open(os.path.join(tree, name), "w") as f:
            f.write(name)
    copied = shutil.copytree(tree, os.path.join(tmp, "tree2"), ignore=shutil.ignore_patterns("*.pyc"))
    print(sorted(os.path.relpath(os.path.join(d, f), copied) for d, _, fs in os.walk(copied) for f in fs))
    try:
        shutil.copytree(tree, copied)
    except FileExistsError as e:
        print("FileExistsError:", e.errno)
    shutil.copytree(tree, copied, dirs_exist_ok=True)
    print(sorted(os.listdir(os.path.join(copied, "a", "b"))))

    moved = shutil.move(os.path.join(tmp, "copy.txt"), os.path.join(tmp, "moved.txt"))
    print(os.path.basename(moved), os.path.exists(os.path.join(tmp, "copy.txt")))
    moved = shutil.move(os.path.join(tmp, "moved.txt"), os.path.join(tmp, "dir"))
    print(os.path.relpath(moved, tmp))
    moved = shutil.move(copied, os.path.join(tmp, "tree3"))
    print(os.path.basename(moved), os.path.isdir(moved), os.path.exists(copied))
    with open(os.path.join(tmp, "src2.txt"), "w") as f:
        f.write("again")
    try:
        shutil.move(os.path.join(tmp, "src2.txt"), os.path.join(tmp, "dir", "..", "dir"))
        shutil.move(os.path.join(tmp, "dir", "src2.txt"), os.path.join(tmp, "dir"))
    except shutil.Error as e:
        print("Error:", str(e).replace(tmp, "TMP"))

    shutil.rmtree(tree)
    print(os.path.exists(tree))
    try:
        shutil.rmtree(tree)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, e.filename == tree)
    shutil.rmtree(tree, ignore_errors=True)
    try:
        shutil.rmtree(src)
    except NotADirectoryError as e:
        print("NotADirectoryError:", e.strerror)
    errors = []
    shutil.rmtree(tree, onexc=lambda func, path, exc: errors.append(type(exc).__name__))
    print(errors)

    buf_src = os.path.join(tmp, "big.bin")
    with open(buf_src, "wb") as f:
        f.write(os.urandom(100_000))
    with open(buf_src, "rb") as a, open(os.path.join(tmp, "big2.bin"), "wb") as b:
        shutil.copyfileobj(a, b, 4096)
    print(os.path.getsize(os.path.join(tmp, "big2.bin")))

print(shutil.which("sh") is not None, os.path.basename(shutil.which("sh")), shutil.which("no-such-program-xyz"))
print(shutil.which("sh", path="/no/such/dir"), shutil.which("/bin/sh"), shutil.which("/no/such/sh"))
size = shutil.get_terminal_size()
print(isinstance(size.columns, int), len(size))
