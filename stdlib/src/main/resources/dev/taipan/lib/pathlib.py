"""pathlib: paths as objects (PurePath, PurePosixPath, Path, PosixPath) over os and os.path.

As in CPython 3.14 (a single dot is a suffix; Path.copy, copy_into, move, move_into). Windows
paths are refused: PureWindowsPath and WindowsPath raise UnsupportedOperation.
"""

import fnmatch
import io
import os
import posixpath
import re

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_MAGIC = re.compile("[*?[]")


class UnsupportedOperation(NotImplementedError):
    """An operation that this kind of path does not support."""


def _split_root(path):
    """(root, relative part) of a POSIX path: exactly two leading slashes are kept, more become one."""
    if path[:1] != "/":
        return "", path
    if path[1:2] == "/" and path[2:3] != "/":
        return "//", path[2:]
    return "/", path.lstrip("/")


class _PathParents:
    """The sequence of a path's ancestors (path.parents)."""

    __slots__ = ("_path", "_root", "_tail")

    def __init__(self, path):
        self._path = path
        self._root = path.root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parts(self._root, self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path as a value: joined with /, split into parts, never touching the file system."""

    __slots__ = ("_root", "_tail", "_str", "_hash")

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        raw = []
        for a in args:
            if isinstance(a, PurePath):
                raw.append(str(a))
                continue
            try:
                p = os.fspath(a)
            except TypeError:
                p = a
            if not isinstance(p, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, "
                                f"not {type(p).__name__!r}")
            raw.append(p)
        root, tail = "", []
        for p in raw:
            r, rel = _split_root(p)
            if r:
                root, tail = r, []
            tail.extend(x for x in rel.split("/") if x and x != ".")
        self._root = root
        self._tail = tail
        self._str = None
        self._hash = None

    def _from_parts(self, root, tail):
        p = object.__new__(type(self))
        p._root = root
        p._tail = list(tail)
        p._str = None
        p._hash = None
        return p

    def with_segments(self, *pathsegments):
        """A new path of this path's type from the segments (subclasses may pass more on)."""
        return type(self)(*pathsegments)

    # ---- text ------------------------------------------------------------------------

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._tail)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not isinstance(self, Path):
            import warnings
            warnings.warn("pathlib.PurePath.as_uri() is deprecated and scheduled for removal in Python 3.19. "
                          "Use pathlib.Path.as_uri().", DeprecationWarning, stacklevel=2)
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")
        quoted = "".join(chr(b) if b in safe else "%{:02X}".format(b) for b in os.fsencode(str(self)))
        return "file://" + quoted

    # ---- comparison --------------------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _key(self):
        return [self._root] + self._tail

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    # ---- joining -----------------------------------------------------------------------

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    # ---- parts -------------------------------------------------------------------------

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + tuple(self._tail)

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parts(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ""

    @property
    def suffix(self):
        name = self.name.lstrip(".")
        i = name.rfind(".")
        return name[i:] if i != -1 else ""

    @property
    def suffixes(self):
        return ["." + ext for ext in self.name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if i != -1 and name[:i].lstrip("."):
            return name[:i]
        return name

    def with_name(self, name):
        if not name or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        if not self._tail:
            raise ValueError(f"{self!r} has an empty name")
        return self._from_parts(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        stem = self.stem
        if not stem:
            raise ValueError(f"{self!r} has an empty name")
        if suffix and not suffix.startswith("."):
            raise ValueError(f"Invalid suffix {suffix!r}")
        return self.with_name(stem + suffix)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def relative_to(self, other, /, *, walk_up=False):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        step = 0
        for step, path in enumerate([other] + list(other.parents)):
            if path == self or path in self.parents:
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if path.name == "..":
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        return self._from_parts("", [".."] * step + self._tail[len(path._tail):])

    def is_relative_to(self, other, /):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches the glob pattern, from the right (absolute patterns match whole paths)."""
        pat = self.with_segments(path_pattern)
        if not pat.parts:
            raise ValueError("empty pattern")
        parts, pparts = self.parts, pat.parts
        if pat._root:
            if len(parts) != len(pparts):
                return False
        elif len(pparts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pparts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        """Whether the whole path matches the glob pattern ('**' matches any number of segments)."""
        pat = self.with_segments(pattern)
        return _match_segments(list(self.parts), list(pat.parts))


def _match_segments(parts, pats):
    if not pats:
        return not parts
    if pats[0] == "**":
        return any(_match_segments(parts[i:], pats[1:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], pats[0]) and _match_segments(parts[1:], pats[1:])


class PurePosixPath(PurePath):
    """A pure path with POSIX rules."""

    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by Taipan."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation("Windows paths are not supported by Taipan")


class Path(PurePath):
    """A path on the file system: PurePath's operations plus reading, writing, listing and changing files."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        home = os.path.expanduser("~")
        if home == "~":
            raise RuntimeError("Could not determine home directory.")
        return cls(home)

    # ---- facts ---------------------------------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self) if follow_symlinks else os.path.lexists(self)

    def is_dir(self, *, follow_symlinks=True):
        return os.path.isdir(self) if follow_symlinks else os.path.isdir(self) and not os.path.islink(self)

    def is_file(self, *, follow_symlinks=True):
        return os.path.isfile(self) if follow_symlinks else os.path.isfile(self) and not os.path.islink(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def is_junction(self):
        return False

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    # ---- whole paths -----------------------------------------------------------------------

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            os.stat(self)
        return self.with_segments(os.path.realpath(self))

    def expanduser(self):
        if not self._root and self._tail and self._tail[0].startswith("~"):
            home = os.path.expanduser(self._tail[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self.with_segments(home, *self._tail[1:])
        return self

    def readlink(self):
        return self.with_segments(os.readlink(self))

    # ---- contents --------------------------------------------------------------------------

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open(mode="r", encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"memoryview: a bytes-like object is required, not '{type(data).__name__}'")
        with self.open(mode="wb") as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    # ---- folders -------------------------------------------------------------------------

    def _child(self, name):
        return self._from_parts(self._root, self._tail + [name])

    def iterdir(self):
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """The paths below this one matching the relative glob pattern ('**' is any depth of folders)."""
        pattern = os.fspath(pattern) if not isinstance(pattern, PurePath) else str(pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern.startswith("/"):
            raise NotImplementedError("Non-relative patterns are unsupported")
        dir_only = pattern.endswith("/")
        parts = [p for p in pattern.split("/") if p and p != "."]
        return _select(self, parts, dir_only)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        pattern = os.fspath(pattern) if not isinstance(pattern, PurePath) else str(pattern)
        return self.glob("**/" + pattern)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for dirpath, dirnames, filenames in os.walk(self, topdown=top_down, onerror=on_error,
                                                    followlinks=follow_symlinks):
            yield self.with_segments(dirpath), dirnames, filenames

    # ---- changes -------------------------------------------------------------------------

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok and os.path.exists(self):
            os.utime(self)
            return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def copy(self, target, *, follow_symlinks=True, preserve_metadata=False):
        """Copies this file or folder tree to target; returns the new path."""
        import shutil
        target = target if isinstance(target, PurePath) else self.with_segments(target)
        if self.is_dir(follow_symlinks=follow_symlinks):
            shutil.copytree(self, target, symlinks=not follow_symlinks,
                            copy_function=shutil.copy2 if preserve_metadata else shutil.copyfile)
        elif preserve_metadata:
            shutil.copy2(self, target, follow_symlinks=follow_symlinks)
        else:
            shutil.copyfile(self, target, follow_symlinks=follow_symlinks)
        return target

    def copy_into(self, target_dir, *, follow_symlinks=True, preserve_metadata=False):
        """Copies this file or folder tree into the folder target_dir; returns the new path."""
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        target_dir = target_dir if isinstance(target_dir, PurePath) else self.with_segments(target_dir)
        return self.copy(target_dir / self.name, follow_symlinks=follow_symlinks, preserve_metadata=preserve_metadata)

    def move(self, target):
        """Moves this file or folder tree to target; returns the new path."""
        target = target if isinstance(target, PurePath) else self.with_segments(target)
        try:
            os.replace(self, target)
        except OSError:
            import shutil
            self.copy(target, follow_symlinks=False, preserve_metadata=True)
            if self.is_dir(follow_symlinks=False):
                shutil.rmtree(self)
            else:
                self.unlink()
        return target

    def move_into(self, target_dir):
        """Moves this file or folder tree into the folder target_dir; returns the new path."""
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        target_dir = target_dir if isinstance(target_dir, PurePath) else self.with_segments(target_dir)
        return self.move(target_dir / self.name)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def owner(self, *, follow_symlinks=True):
        raise UnsupportedOperation("Path.owner() is not supported by Taipan")

    def group(self, *, follow_symlinks=True):
        raise UnsupportedOperation("Path.group() is not supported by Taipan")


def _select(base, parts, dir_only):
    """The paths below base matching the pattern segments parts, in os.scandir order."""
    if not parts:
        if not dir_only or base.is_dir():
            yield base
        return
    head, rest = parts[0], parts[1:]
    if head == "**":
        for d in _walk_dirs(base):
            if rest:
                yield from _select(d, rest, dir_only)
            else:
                yield d
        if not rest and not dir_only:
            for d in _walk_dirs(base):
                try:
                    with os.scandir(d) as it:
                        entries = [e.name for e in it if not e.is_dir()]
                except OSError:
                    continue
                for name in entries:
                    yield d._child(name)
        return
    if _MAGIC.search(head) is None:
        child = base._child(head)
        if rest:
            if child.is_dir():
                yield from _select(child, rest, dir_only)
        elif os.path.lexists(child) and (not dir_only or child.is_dir()):
            yield child
        return
    try:
        with os.scandir(base) as it:
            entries = [(e.name, e.is_dir()) for e in it]
    except OSError:
        return
    for name, is_dir in entries:
        if not fnmatch.fnmatchcase(name, head):
            continue
        if rest:
            if is_dir:
                yield from _select(base._child(name), rest, dir_only)
        elif not dir_only or is_dir:
            yield base._child(name)


def _walk_dirs(base):
    """base and every folder below it (not following links), parents first."""
    yield base
    try:
        with os.scandir(base) as it:
            dirs = [e.name for e in it if e.is_dir(follow_symlinks=False)]
    except OSError:
        return
    for name in dirs:
        yield from _walk_dirs(base._child(name))


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by Taipan."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation(f"cannot instantiate {cls.__name__!r} on your system")
