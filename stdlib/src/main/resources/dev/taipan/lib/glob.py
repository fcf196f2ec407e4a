"""Pathname pattern expansion: glob, iglob, escape and has_magic."""

import fnmatch
import os
import re

__all__ = ["escape", "glob", "iglob"]

_MAGIC = re.compile("([*?[])")


def has_magic(s):
    return _MAGIC.search(s) is not None


def escape(pathname):
    """Escapes the special characters of pathname so that it matches only itself."""
    drive, rest = "", pathname
    return drive + _MAGIC.sub(r"[\1]", rest)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname, in the order os.listdir gives them."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob, one path at a time."""
    yield from _iglob(pathname, root_dir, recursive, include_hidden)


def _join(root, path):
    return os.path.join(root, path) if root is not None else path


def _exists(root, path):
    return os.path.lexists(_join(root, path)) if path else True


def _isdir(root, path):
    return os.path.isdir(_join(root, path)) if path else True


def _iglob(pathname, root, recursive, hidden, dironly=False):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if (_isdir if dironly else _exists)(root, pathname):
                yield pathname
        elif _isdir(root, dirname):
            yield pathname
        return
    if not dirname:
        if recursive and basename == "**":
            yield ""
            yield from _rlist(root, "", hidden, dironly)
        else:
            yield from _match_in(root, "", basename, hidden, dironly)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root, recursive, hidden, dironly=True)
    else:
        dirs = [dirname]
    for d in dirs:
        if recursive and basename == "**":
            yield os.path.join(d, "")
            for p in _rlist(root, d, hidden, dironly):
                yield os.path.join(d, p)
        elif has_magic(basename):
            for name in _match_in(root, d, basename, hidden, dironly):
                yield os.path.join(d, name)
        elif (_isdir if dironly else _exists)(root, os.path.join(d, basename)):
            yield os.path.join(d, basename)


def _listdir(root, dirname):
    try:
        return os.listdir(_join(root, dirname) if dirname else (root if root is not None else os.curdir))
    except OSError:
        return []


def _match_in(root, dirname, pattern, hidden, dironly):
    names = _listdir(root, dirname)
    if not (hidden or pattern.startswith(".")):
        names = [n for n in names if not n.startswith(".")]
    names = fnmatch.filter(names, pattern)
    if dironly:
        names = [n for n in names if _isdir(root, os.path.join(dirname, n) if dirname else n)]
    return names


def _rlist(root, dirname, hidden, dironly):
    """Every entry below dirname (directories only when dironly), relative to it, parents first."""
    for name in _listdir(root, dirname):
        if not hidden and name.startswith("."):
            continue
        full = os.path.join(dirname, name) if dirname else name
        is_dir = _isdir(root, full)
        if is_dir or not dironly:
            yield name
        if is_dir:
            for sub in _rlist(root, full, hidden, dironly):
                yield os.path.join(name, sub)
