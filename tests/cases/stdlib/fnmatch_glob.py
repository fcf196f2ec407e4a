# Tests fnmatch (translate, fnmatch, filter) and glob over a small temporary tree.
import fnmatch
import glob
import os

for p in ["*.py", "a?c", "[abc]x", "[!a-c]*", "**/*.txt", "x[", "a[]]b", "[a-]", "a.b+c", "*a*b*"]:
    print(repr(p), repr(fnmatch.translate(p)))
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatchcase("abc", "a[a-c]c"))
root = "_tmp_glob_tree"
os.makedirs(os.path.join(root, "sub", "deep"), exist_ok=True)
for name in ("a.py", "b.txt", os.path.join("sub", "c.py"), os.path.join("sub", "deep", "d.py"), ".hidden.py"):
    with open(os.path.join(root, name), "w") as f:
        f.write("x")
print(sorted(glob.glob(os.path.join(root, "*.py"))))
print(sorted(glob.glob(os.path.join(root, "*", "*.py"))))
print(sorted(glob.glob(os.path.join(root, "**", "*.py"), recursive=True)))
print(sorted(glob.glob("*.py", root_dir=root)), glob.escape("a[b]*?"), glob.glob(os.path.join(root, "nope*")))
print(sorted(glob.glob(os.path.join(root, "**"), recursive=True)))
print(sorted(glob.glob(os.path.join(root, "**", ""), recursive=True)))
for dirpath, dirnames, filenames in sorted(os.walk(root), reverse=True):
    for fn in filenames:
        os.remove(os.path.join(dirpath, fn))
    os.rmdir(dirpath)
print(os.path.exists(root))
