# pathlib's pure operations: joining, parts, names and suffixes, comparisons, errors.
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = PurePath("/usr/lib/python3.tar.gz")
print(p, repr(p), type(p).__name__)
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.root, repr(p.drive))
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:])
print(p.with_name("x.py"), p.with_suffix(".bz2"), p.with_suffix(""), p.with_stem("other"))
q = Path("a") / "b" / "c.txt"
print(q, repr(q), type(q).__name__, isinstance(q, PurePath), isinstance(q, PosixPath))
print("/etc" / Path("hosts"), Path("a", "b", "/abs", "c"), Path(), Path("."), Path("a//b/./c/"), Path("//x"), Path("///x"))
print(Path("a/../b"), Path("~").parts, Path("a").joinpath("b", "c"), PurePosixPath(Path("x")))
print(Path("/a/b/c").relative_to("/a"), Path("/a/b").relative_to(Path("/a/b")), Path("/a/b").relative_to("/c", walk_up=True))
print(Path("/a/b").is_relative_to("/a"), Path("/a/b").is_relative_to("/c"), Path("/a").is_absolute(), Path("a").is_absolute())
print(Path(".bashrc").suffix, Path(".bashrc").stem, Path("a.b.c").suffixes, Path("..").suffix, Path("..").stem)
print(Path("/").name, Path("/").parent, Path(".").parent, Path("a").parent, Path("").parts)
print(Path("a") == PurePosixPath("a"), Path("a") == "a", Path("a") < Path("b"), sorted([Path("b"), Path("a/c"), Path("a")]))
print(hash(Path("a/b")) == hash(PurePath("a/b")), len({Path("x"), Path("x/"), Path("./x")}))
print(Path("/tmp/a b").as_uri(), Path("a/b").as_posix(), bytes(Path("a/b")), str(Path("/x/y")))
print(Path("src/main.py").match("*.py"), Path("src/main.py").match("src/*.py"), Path("src/main.py").match("/*.py"))
print(Path("a/b/c.py").full_match("a/**/*.py"), Path("a/c.py").full_match("a/**/*.py"), Path("b/c.py").full_match("a/**"))
for f in (lambda: Path("/").with_name("x"), lambda: Path("a").with_name(""), lambda: Path("a").with_name("b/c"),
          lambda: Path("a").with_suffix("txt"), lambda: Path("").with_suffix(".x"),
          lambda: Path("/a/b").relative_to("/c"), lambda: Path("a").relative_to("/a"),
          lambda: Path("a.txt").with_stem("")):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
for bad in (1, None, b"bytes"):
    try:
        Path(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    Path("a") / 3
except TypeError as e:
    print("TypeError:", e)
