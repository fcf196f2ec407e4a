"""tempfile: temporary files and folders with names no one else has.

TemporaryFile, NamedTemporaryFile, TemporaryDirectory, mkstemp, mkdtemp, mktemp, gettempdir and
gettempprefix, as CPython's; SpooledTemporaryFile keeps its data in a real temporary file from
the start.
"""

import os
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp",
           "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "template", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _random.Random()
    return "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def _candidate_dirs():
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.getenv(name)
        if value:
            yield value
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    yield os.getcwd()


def _find_tempdir():
    for d in _candidate_dirs():
        d = os.path.abspath(d)
        if os.path.isdir(d) and os.access(d, os.W_OK | os.X_OK):
            return d
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % list(_candidate_dirs()))


def gettempdir():
    """The folder temporary files go to: $TMPDIR, $TEMP, $TMP, /tmp, ... (the first usable one)."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return os.fsdecode(tempdir)


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    """The defaults filled in, all str or all bytes (mixing them is a TypeError, as in CPython)."""
    kinds = {type(v) for v in (prefix, suffix, dir) if v is not None and not hasattr(type(v), "__fspath__")}
    if dir is not None and hasattr(type(dir), "__fspath__") and not isinstance(dir, (str, bytes)):
        dir = os.fspath(dir)
        kinds.add(type(dir))
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if bytes in kinds:
        return (prefix if prefix is not None else gettempprefixb(), suffix if suffix is not None else b"",
                dir if dir is not None else gettempdirb())
    return (prefix if prefix is not None else template, suffix if suffix is not None else "",
            dir if dir is not None else gettempdir())


def _names(dir, prefix, suffix):
    for _ in range(TMP_MAX):
        name = _random_name()
        if isinstance(prefix, bytes):
            name = name.encode()
        yield os.path.join(dir, prefix + name + suffix)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file only this user can read and write: returns (fd, absolute path)."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for path in _names(dir, prefix, suffix):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new folder only this user can use: returns its absolute path."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for path in _names(dir, prefix, suffix):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has at the moment (unsafe: another program may take it first)."""
    if dir is None:
        dir = gettempdir()
    for path in _names(dir, prefix, suffix):
        if not os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a name on disk, removed when closed (delete, delete_on_close) or at the
    end of its with block (delete); other attributes are the file's."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._delete = delete
        self._delete_on_close = delete_on_close
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper file={self.file!r}>"

    def _remove(self):
        if not self._removed:
            self._removed = True
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        if self._delete:
            self._remove()
        return result

    def close(self):
        self.file.close()
        if self._delete and self._delete_on_close:
            self._remove()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None, delete_on_close=True):
    """An open temporary file with a name others can open; removed on close (see delete, delete_on_close)."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        os.close(fd)
        file = open(name, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """An open temporary file with no name on disk (removed at once; gone when closed)."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(name)
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.close(fd)
        raise


def SpooledTemporaryFile(max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                         dir=None, *, errors=None):
    """A temporary file (Taipan writes it to disk from the start instead of spooling it in memory)."""
    return TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)


class TemporaryDirectory:
    """A temporary folder (name), removed with everything in it by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._cleaned = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if self._cleaned or not os.path.lexists(self.name):
            self._cleaned = True
            return
        import shutil
        self._cleaned = True
        shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
