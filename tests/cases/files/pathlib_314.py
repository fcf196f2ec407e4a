# expected: hand-written
# pathlib as of Python 3.14: a single dot is a valid suffix, and Path.copy, copy_into, move and
# move_into exist. Source: https://docs.python.org/3.14/library/pathlib.html
#   PurePath.suffix/suffixes/with_suffix: ".. versionchanged:: 3.14 A single dot ("``.``") is
#   considered a valid suffix. In previous versions, ValueError is raised if a single dot is
#   supplied."; PurePath.stem (gh-140490): PurePosixPath('my/library.').stem == 'library';
#   Path.copy(target) / copy_into(target_dir) / move(target) / move_into(target_dir):
#   ".. versionadded:: 3.14", each returning a new Path instance pointing to the target.
import tempfile
from pathlib import Path, PurePosixPath

p = PurePosixPath("my/library.")
print(repr(p.suffix), p.suffixes, repr(p.stem))
print(PurePosixPath("a.tar.").suffixes, repr(PurePosixPath("..").suffix), repr(PurePosixPath(".x.").suffix))
print(PurePosixPath("file").with_suffix("."), PurePosixPath("file.txt").with_suffix("."))

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    src = root / "src.txt"
    src.write_text("data")
    copied = src.copy(root / "copy.txt")
    print(type(copied).__name__, copied.name, copied.read_text())
    (root / "dest").mkdir()
    into = src.copy_into(root / "dest")
    print(into.relative_to(root), into.read_text())
    tree = root / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "f.txt").write_text("in tree")
    tree2 = tree.copy(root / "tree2")
    print(tree2.name, (tree2 / "sub" / "f.txt").read_text())
    moved = copied.move(root / "moved.txt")
    print(moved.name, copied.exists(), moved.read_text())
    moved_in = moved.move_into(root / "dest")
    print(moved_in.relative_to(root), moved.exists())
    tree3 = tree2.move(root / "tree3")
    print(tree3.name, tree2.exists(), sorted(str(x.relative_to(tree3)) for x in tree3.rglob("*")))
