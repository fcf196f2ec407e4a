"""shutil: copying, moving and removing files and trees; finding programs (which)."""

import fnmatch
import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move", "rmtree", "Error",
           "SpecialFileError", "ignore_patterns", "which", "disk_usage", "get_terminal_size", "SameFileError",
           "chown", "make_archive", "unpack_archive"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile() was given the same file as source and destination."""


class SpecialFileError(OSError):
    """A named pipe or another file that cannot be copied."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the rest of file object fsrc to fdst, length bytes (default 64 KiB) at a time."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the content of file src to dst (created or truncated); returns dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as fsrc:
        try:
            with open(dst, "wb") as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f"Directory does not exist: {dst}") from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst."""
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copies the permission bits and the access and modification times of src to dst."""
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, st.st_mode & 0o7777)


def copy(src, dst, *, follow_symlinks=True):
    """Copies file src to dst (a file, or a folder to copy into) with its permissions; returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), keeping the times too."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An ignore= function for copytree that skips names matching any of the glob patterns."""
    def _ignore(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copies the tree at src to dst (which must not exist unless dirs_exist_ok); returns dst."""
    with os.scandir(src) as it:
        entries = list(it)
    names = [e.name for e in entries]
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        s = os.path.join(src, entry.name)
        d = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink() and symlinks:
                os.symlink(os.readlink(s), d)
            elif entry.is_dir():
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _rmtree(path, onexc):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError as e:
        onexc(os.scandir, path, e)
        entries = []
    for entry in entries:
        full = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree(full, onexc)
        else:
            try:
                os.unlink(full)
            except OSError as e:
                onexc(os.unlink, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        onexc(os.rmdir, path, e)


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Removes the folder path and everything in it."""
    if ignore_errors:
        def onexc(*args):
            pass
    elif onexc is None:
        if onerror is not None:
            def onexc(func, p, exc):
                onerror(func, p, (type(exc), exc, exc.__traceback__))
        else:
            def onexc(func, p, exc):
                raise exc
    if os.path.islink(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as e:
            onexc(os.path.islink, path, e)
            return
    try:
        os.lstat(path)
    except OSError as e:
        onexc(os.lstat, path, e)
        return
    if not os.path.isdir(path):
        try:
            os.scandir(path)
        except OSError as e:
            onexc(os.scandir, path, e)
            return
    _rmtree(path, onexc)


def _basename(path):
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.sep))


def move(src, dst, copy_function=copy2):
    """Moves file or folder src to dst (into dst when it is a folder); returns the new path."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if os.path.abspath(os.fspath(real_dst)).startswith(os.path.abspath(os.fspath(src)) + os.sep):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd found on PATH (or path), or None."""
    if os.path.dirname(cmd):
        if os.path.exists(cmd) and os.access(cmd, mode) and not os.path.isdir(cmd):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    use_bytes = isinstance(cmd, bytes)
    path = os.fsdecode(path) if use_bytes else path
    for d in path.split(os.pathsep):
        name = os.path.join(os.fsdecode(d) if use_bytes else d, os.fsdecode(cmd) if use_bytes else cmd)
        if os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name):
            return os.fsencode(name) if use_bytes else name
    return None


def get_terminal_size(fallback=(80, 24)):
    """(columns, lines) from $COLUMNS and $LINES, else fallback."""
    import os as _os
    try:
        columns = int(_os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(_os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return _TerminalSize(columns, lines)


class _TerminalSize(tuple):
    def __new__(cls, columns, lines):
        return super().__new__(cls, (columns, lines))

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]}, lines={self[1]})"


def disk_usage(path):
    raise NotImplementedError("shutil.disk_usage is not supported by Taipan")


def chown(path, user=None, group=None):
    raise NotImplementedError("shutil.chown is not supported by Taipan")


def make_archive(*args, **kwargs):
    raise NotImplementedError("shutil.make_archive is not supported by Taipan")


def unpack_archive(*args, **kwargs):
    raise NotImplementedError("shutil.unpack_archive is not supported by Taipan")
