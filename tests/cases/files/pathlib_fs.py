# pathlib on the file system: creating, reading, listing, globbing, renaming and removing.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    print(root.exists(), root.is_dir(), root.is_file(), root.is_absolute())
    sub = root / "a" / "b"
    sub.mkdir(parents=True)
    sub.mkdir(parents=True, exist_ok=True)
    try:
        sub.mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    try:
        (root / "x" / "y").mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)

    f = root / "notes.txt"
    print(f.write_text("line one\nline two\n"), f.read_text().splitlines(), f.exists(), f.is_file())
    print(f.stat().st_size, f.name, f.stem, f.suffix, f.parent == root)
    print((root / "data.bin").write_bytes(bytes(range(5))), (root / "data.bin").read_bytes())
    with f.open("a") as fh:
        fh.write("line three\n")
    with f.open() as fh:
        print(fh.readlines()[-1], end="")
    (sub / "deep.py").write_text("print('deep')\n")
    (root / "a" / "mid.py").write_text("")
    (root / ".hidden.py").touch()
    (root / "empty.txt").touch()
    (root / "empty.txt").touch()
    try:
        (root / "empty.txt").touch(exist_ok=False)
    except FileExistsError as e:
        print("FileExistsError", e.errno)

    print(sorted(p.name for p in root.iterdir()))
    print(sorted(str(p.relative_to(root)) for p in root.glob("*.py")))
    print(sorted(str(p.relative_to(root)) for p in root.glob("*/*.py")))
    print(sorted(str(p.relative_to(root)) for p in root.glob("**/*.py")))
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*.py")))
    print(sorted(str(p.relative_to(root)) for p in root.glob("a/**")))
    print(sorted(str(p.relative_to(root)) for p in root.glob("*/")), list(root.glob("nothing*")))
    print(sorted((str(d.relative_to(root)), sorted(dirs), sorted(files)) for d, dirs, files in root.walk()))

    moved = f.rename(root / "renamed.txt")
    print(type(moved).__name__, moved.name, f.exists(), moved.exists())
    moved.replace(root / "notes.txt")
    print(f.exists())
    cwd = Path.cwd()
    os.chdir(tmp)
    try:
        rel = Path("a/b/deep.py")
        print(rel.exists(), rel.absolute() == root.resolve() / rel, rel.resolve() == (root / rel).resolve())
        print(Path.cwd() == root.resolve(), Path("a/../a/mid.py").resolve() == (root / "a" / "mid.py").resolve())
    finally:
        os.chdir(cwd)
    print(Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser() == Path.home() / "x")
    print((root / "notes.txt").samefile(str(root / "notes.txt")))

    (root / "empty.txt").unlink()
    (root / "empty.txt").unlink(missing_ok=True)
    try:
        (root / "empty.txt").unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror)
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, e.filename == str(root / "missing.txt"))
    try:
        (root / "a").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    try:
        (root / "x.txt").write_text(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
    try:
        (root / "x.txt").write_bytes("text")
    except TypeError as e:
        print("TypeError:", e)
    try:
        list(root.glob("/abs"))
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    print(os.path.exists(tmp))
print(os.path.exists(tmp))
