"""Lines of source files, read once and cached (used by traceback, warnings and inspect)."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for a lazily loaded module source
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of the file, with its newline; '' when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of the file (each ending in a newline), from the cache when present."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all of them, or just filename's)."""
    if filename is None:
        filenames = list(cache)
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def _source_from_loader(filename, module_globals):
    entry = cache.get(filename)
    if entry is not None and len(entry) == 1:
        try:
            data = entry[0]()
        except (ImportError, OSError):
            data = None
        if data is not None:
            lines = [line + '\n' for line in data.splitlines()]
            cache[filename] = (len(data), None, lines, filename)
            return lines
    return None


def updatecache(filename, module_globals=None):
    """Read the file into the cache (searching sys.path for a relative name) and return its lines."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        if lazycache(filename, module_globals):
            lines = _source_from_loader(filename, module_globals)
            if lines is not None:
                return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        with open(fullname, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (stat.st_size, stat.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get filename's source from its module's loader; True when that is possible."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if get_source is None:
        return False
    name = module_globals['__name__']

    def get_lines(name=name, get_source=get_source):
        return get_source(name)
    cache[filename] = (get_lines,)
    return True
