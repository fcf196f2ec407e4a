"""Get information about live objects: type predicates, members, source, frames, and signatures.

Functions carry CPython's code flags (co_flags), so the predicates work from the same bits;
signatures come from the code objects' parameter layout, defaults and annotations.
Taipan's built-in functions carry no text signatures, so signature() of one raises ValueError.
"""

import sys
import os
import types
import functools
import linecache
from keyword import iskeyword
from _enumlike import Constants
from collections import namedtuple, OrderedDict

__all__ = [
    "ArgInfo", "BoundArguments", "CORO_CLOSED", "CORO_CREATED",
    "CORO_RUNNING", "CORO_SUSPENDED", "CO_ASYNC_GENERATOR", "CO_COROUTINE",
    "CO_GENERATOR", "CO_ITERABLE_COROUTINE", "CO_NESTED", "CO_NEWLOCALS",
    "CO_NOFREE", "CO_OPTIMIZED", "CO_VARARGS", "CO_VARKEYWORDS",
    "FrameInfo", "FullArgSpec", "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING",
    "GEN_SUSPENDED", "Parameter", "Signature", "TPFLAGS_IS_ABSTRACT",
    "Traceback", "cleandoc", "currentframe", "findsource", "formatannotation",
    "formatannotationrelativeto", "get_annotations", "getabsfile", "getargvalues",
    "getattr_static", "getblock", "getcomments", "getcoroutinelocals",
    "getcoroutinestate", "getdoc", "getfile", "getframeinfo", "getfullargspec",
    "getgeneratorlocals", "getgeneratorstate", "getinnerframes", "getlineno",
    "getmembers", "getmembers_static", "getmodule", "getmodulename", "getmro",
    "getouterframes", "getsource", "getsourcefile", "getsourcelines",
    "indentsize", "isabstract", "isasyncgen", "isasyncgenfunction", "isawaitable",
    "isbuiltin", "isclass", "iscode", "iscoroutine", "iscoroutinefunction",
    "isdatadescriptor", "isframe", "isfunction", "isgenerator",
    "isgeneratorfunction", "isgetsetdescriptor", "ismemberdescriptor",
    "ismethod", "ismethoddescriptor", "ismethodwrapper", "ismodule",
    "isroutine", "istraceback", "markcoroutinefunction", "signature",
    "stack", "trace", "unwrap", "walktree",
]

# The code flags, with CPython's values.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

_sentinel = object()


# ---- type predicates -------------------------------------------------------------------------

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is a bound method."""
    return isinstance(object, types.MethodType)


# Built-in descriptor types whose __get__/__set__/__delete__ the runtime implements
# without exposing them as attributes of the type.
_NATIVE_DESCRIPTOR_SLOTS = (
    (staticmethod, ('__get__',)),
    (classmethod, ('__get__',)),
    (types.MethodType, ('__get__',)),
    (types.MethodDescriptorType, ('__get__',)),
    (types.WrapperDescriptorType, ('__get__',)),
    (types.ClassMethodDescriptorType, ('__get__',)),
    (types.GetSetDescriptorType, ('__get__', '__set__', '__delete__')),
    (types.MemberDescriptorType, ('__get__', '__set__', '__delete__')),
    (type(type('_Slotted', (), {'__slots__': ('a',)}).__dict__['a']), ('__get__', '__set__', '__delete__')),
    (property, ('__get__', '__set__', '__delete__')),
)


def _type_has(tp, name):
    """Whether the type tp implements the descriptor method name."""
    if hasattr(tp, name):
        return True
    for native, slots in _NATIVE_DESCRIPTOR_SLOTS:
        if name in slots and issubclass(tp, native):
            return True
    return False


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but not __set__ or __delete__).

    Classes, methods and functions are not method descriptors.
    """
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, functools.partial):
        return False
    tp = type(object)
    return (_type_has(tp, "__get__")
            and not _type_has(tp, "__set__")
            and not _type_has(tp, "__delete__"))


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (has __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return _type_has(tp, "__set__") or _type_has(tp, "__delete__")


_MemberDescriptorType = _NATIVE_DESCRIPTOR_SLOTS[8][0]


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, _MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor (an attribute of a built-in type)."""
    return isinstance(object, types.GetSetDescriptorType) and not isinstance(object, _MemberDescriptorType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def _unwrap_partialmethod(func):
    partialmethod = getattr(functools, 'partialmethod', None)
    if partialmethod is None:
        return func
    prev = None
    while func is not prev:
        prev = func
        while isinstance(getattr(func, "__partialmethod__", None), partialmethod):
            func = func.__partialmethod__
        while isinstance(func, partialmethod):
            func = getattr(func, 'func')
        func = _unwrap_partial(func)
    return func


def _has_code_flag(f, flag):
    """Whether f (or the function behind a method or partial) has the code flag set."""
    f = _unwrap_partialmethod(f)
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a generator function (a def containing yield)."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def _has_coroutine_mark(f):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    return getattr(f, "_is_coroutine_marker", None) is _is_coroutine_mark


def markcoroutinefunction(func):
    """Decorator making iscoroutinefunction() true for a function that returns a coroutine."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (async def, or marked as one)."""
    return _has_code_flag(obj, CO_COROUTINE) or _has_coroutine_mark(obj)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function (async def with yield)."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    import collections.abc
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper (a bound slot of a built-in type)."""
    return isinstance(object, types.MethodWrapperType) and not isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object)
            or isfunction(object)
            or ismethod(object)
            or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class with abstract methods left."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    import abc
    if not issubclass(type(object), abc.ABCMeta):
        return False
    if hasattr(object, '__abstractmethods__'):
        return False
    # ABCMeta.__new__ has not finished (we are in __init_subclass__): look for them.
    for name, value in object.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(object, name, None)
            if getattr(value, "__isabstractmethod__", False):
                return True
    return False


# ---- members ---------------------------------------------------------------------------------

def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = getmro(object)
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """All (name, value) members of an object, sorted by name; only those satisfying predicate if given."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers(), but reading attributes with getattr_static() (no descriptors or __getattr__ run)."""
    return _getmembers(object, predicate, getattr_static)


def getmro(cls):
    """Return the tuple of a class's bases (including cls) in method resolution order."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes to the innermost object (stopping where stop(f) is true).

    ValueError is raised for a cycle.
    """
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


# ---- documentation ---------------------------------------------------------------------------

def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    """The docstring an object inherits: from its class's bases, or the same-named attribute of the bases."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, property):
        name = obj.fget.__name__
        cls = _findclass(obj.fget)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The object's docstring (inherited from a base class when it has none), cleaned with cleandoc()."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Expand tabs, remove the indentation common to the lines after the first, and drop blank edges."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip(' '))
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip(' ')
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


# ---- files and source ------------------------------------------------------------------------

def getfile(object):
    """The name of the file a module, class, method, function, traceback, frame or code object came from."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The module name for a .py file name, or None."""
    fname = os.path.basename(path)
    if fname.endswith('.py'):
        return fname[:-3]
    return None


def getsourcefile(object):
    """The file name under which the object's source can be found, or None."""
    filename = getfile(object)
    if filename in linecache.cache:
        return filename
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, "__spec__", None), "loader", None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    """The absolute, normalized path of the object's source or compiled file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module an object was defined in, or None if it cannot be found."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    for module in list(sys.modules.values()):
        f = getattr(module, '__file__', None)
        if ismodule(module) and f and os.path.normcase(os.path.abspath(f)) == file:
            return module
    if not hasattr(object, '__name__'):
        return None
    main = sys.modules['__main__']
    if getattr(main, object.__name__, None) is object:
        return main
    builtin = sys.modules['builtins']
    if getattr(builtin, object.__name__, None) is object:
        return builtin
    return None


def _with_decorators(lines, lnum):
    """Move lnum up over the decorator lines directly above a def or class."""
    indent = indentsize(lines[lnum])
    while lnum > 0 and lines[lnum - 1].lstrip().startswith('@') and indentsize(lines[lnum - 1]) == indent:
        lnum -= 1
    return lnum


def findsource(object):
    """All the lines of the object's source file and the index of the line where the object starts.

    OSError is raised when the source cannot be found.
    """
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        try:
            lnum = vars(object)['__firstlineno__'] - 1
        except (TypeError, KeyError):
            raise OSError('source code not available')
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, _with_decorators(lines, lnum)
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, _with_decorators(lines, lnum) if lnum >= 0 else lnum
    raise OSError('could not find code object')


def getcomments(object):
    """The comment lines just above an object's source (or at the top of a module's), or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
    elif lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end -= 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end -= 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


def getblock(lines):
    """The lines of the block at the top of lines: a def or class with its decorators and body, or a lambda's line."""
    n = len(lines)
    i = 0
    while i < n and lines[i].lstrip().startswith('@'):
        i = _scan(lines, i)[0] + 1
    if i >= n:
        return lines
    head = lines[i].lstrip()
    end, inline_body = _scan(lines, i)
    if not (head.startswith(('def ', 'class ', 'async ')) or head.startswith(('def\t', 'class\t'))) or inline_body:
        return lines[:end + 1]
    indent = indentsize(lines[i])
    last = end
    body_col = None
    j = end + 1
    while j < n:
        line = lines[j]
        stripped = line.strip()
        if not stripped:
            j += 1
            continue
        col = indentsize(line)
        if stripped.startswith('#'):
            if body_col is not None and col >= body_col:
                last = j
            j += 1
            continue
        if col <= indent:
            break
        if body_col is None:
            body_col = col
        j = _scan(lines, j)[0]
        last = j
        j += 1
    return lines[:last + 1]


def _scan(lines, i):
    """(index of the last physical line of the logical line at lines[i], whether code follows its last top-level colon)."""
    depth = 0
    quote = None
    colon = False
    after = False
    while i < len(lines):
        line = lines[i]
        k = 0
        n = len(line)
        continued = False
        while k < n:
            c = line[k]
            if quote:
                if c == '\\':
                    k += 2
                elif line.startswith(quote, k):
                    k += len(quote)
                    quote = None
                else:
                    k += 1
                continue
            if c == '#':
                break
            if c in '\'"':
                quote = line[k:k + 3] if line[k:k + 3] in ('"""', "'''") else c
                k += len(quote)
                if depth == 0 and colon:
                    after = True
                continue
            if c == '\\' and not line[k + 1:].strip():
                continued = True
                break
            if c in '([{':
                depth += 1
            elif c in ')]}':
                depth -= 1
            if c == ':' and depth == 0:
                colon = True
                after = False
            elif depth == 0 and colon and not c.isspace():
                after = True
            k += 1
        if quote is not None and len(quote) == 1:
            quote = None
        if depth > 0 or quote is not None or continued:
            i += 1
            continue
        return i, after
    return len(lines) - 1, after


def getsourcelines(object):
    """The object's source lines and the number of its first line (the whole file, from 0, for a module)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The text of the object's source code; OSError when it cannot be found."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def walktree(classes, children, parent):
    """Recursive helper for getclasstree()."""
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """Arrange the given classes into a nested list of (class, bases) by inheritance."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ---- annotations and argument specs ----------------------------------------------------------

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations of a class, module or callable (with eval_str, strings evaluated)."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        obj_globals = None
        module = sys.modules.get(getattr(obj, '__module__', None) or '', None)
        if module:
            obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = obj.__dict__
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrapped is not None:
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
            elif isinstance(unwrapped, functools.partial):
                unwrapped = unwrapped.func
            else:
                break
        if hasattr(unwrapped, "__globals__"):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals or {}
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def formatannotation(annotation, base_module=None):
    """An annotation as signatures print it: a class by (module-qualified) name, anything else by repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The names and defaults of a callable's parameters, as a FullArgSpec named tuple."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False, sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """The argument names, *args and **kwargs names, and locals of a frame, as an ArgInfo."""
    co = frame.f_code
    names = co.co_varnames
    nargs = co.co_argcount + co.co_kwonlyargcount
    args = list(names[:nargs])
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[nargs]
        nargs += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[nargs]
    return ArgInfo(args, varargs, varkw, frame.f_locals)


# ---- frames and stacks -----------------------------------------------------------------------

Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                       defaults=[None, None, None, None])

_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getframeinfo(frame, context=1):
    """(filename, lineno, function, context lines, index of the current line among them) of a frame or traceback."""
    if istraceback(frame):
        import _traceback
        entry = _traceback.tb_entries(frame)[0]
        lineno = frame.tb_lineno
        positions = Positions(lineno, entry[3], entry[4], entry[5])
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        positions = Positions(lineno, None, None, None)
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=positions)


def getlineno(frame):
    """The current line number of a frame."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """A FrameInfo for the frame and for each frame that called it, innermost first."""
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """A FrameInfo for each entry of a traceback, outermost first."""
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return framelist


def currentframe():
    """The frame of the caller."""
    return sys._getframe(1)


def stack(context=1):
    """A FrameInfo for the caller and each frame above it, innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """A FrameInfo for each entry of the traceback of the exception being handled."""
    exc = sys.exception()
    tb = None if exc is None else exc.__traceback__
    return getinnerframes(tb, context)


# ---- getattr_static --------------------------------------------------------------------------

def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in klass.__mro__:
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Look an attribute up without running descriptors, __getattr__ or __getattribute__.

    May return a descriptor object where getattr() would return what it computes.
    """
    instance_result = _sentinel
    objtype = type(obj)
    if type not in objtype.__mro__:
        klass = objtype
        instance_result = _check_instance(obj, attr)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        kt = type(klass_result)
        if _type_has(kt, "__get__") and (_type_has(kt, "__set__") or _type_has(kt, "__delete__")):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        for entry in type(klass).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---- generator, coroutine and async generator states -----------------------------------------

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator, as a dict."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine, as a dict."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


def getasyncgenstate(agen):
    """AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    if agen.ag_running:
        return AGEN_RUNNING
    if agen.ag_suspended:
        return AGEN_SUSPENDED
    if agen.ag_frame is None:
        return AGEN_CLOSED
    return AGEN_CREATED


def getasyncgenlocals(agen):
    """The local variables of an asynchronous generator, as a dict."""
    if not isasyncgen(agen):
        raise TypeError(f"{agen!r} is not a Python async generator")
    frame = getattr(agen, "ag_frame", None)
    return frame.f_locals if frame is not None else {}


# ---- signatures ------------------------------------------------------------------------------

class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(Constants, int):
    """How an argument binds to a parameter: an int enumeration from POSITIONAL_ONLY to VAR_KEYWORD."""

    @classmethod
    def _make(cls, value, name, description):
        member = cls._add(name, value)
        member.description = description
        return member

    def __str__(self):
        return self._name_

    def __format__(self, spec):
        if not spec:
            return self._name_
        return int.__format__(int(self), spec)

    def __hash__(self):
        return hash(self._value_)


_POSITIONAL_ONLY = _ParameterKind._make(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind._make(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind._make(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind._make(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind._make(4, 'VAR_KEYWORD', 'variadic keyword')


class Parameter:
    """One parameter of a signature: name, kind, default and annotation (Parameter.empty when absent)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                raise ValueError('{} parameters cannot have default values'.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # implicit arguments of comprehensions: shown as positional-only "implicitN"
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        is_keyword = iskeyword(name) and self._kind is not _POSITIONAL_ONLY
        if is_keyword or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with the given fields changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    __replace__ = replace

    def __str__(self):
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif self._kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): arguments maps parameter names to values; args and kwargs rebuild the call."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Fill in the defaults of missing arguments (() for *args, {} for **kwargs)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    __hash__ = None

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters (an ordered mapping of name to Parameter) and return annotation of a callable."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = OrderedDict()
        elif __validate_parameters__:
            params = OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} parameter'.format(
                        top_kind.description, kind.description))
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        else:
            params = OrderedDict((param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The Signature of a callable."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with other parameters and/or return annotation."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    __replace__ = replace

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values() if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        return hash((params, frozenset(kwo_params.values()), return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        pos_only_param_in_kwargs = []
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                # no more positional arguments
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                elif param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        pos_only_param_in_kwargs.append(param)
                        continue
                    parameters_ex = (param,)
                    break
                elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                    parameters_ex = (param,)
                    break
                elif partial:
                    parameters_ex = (param,)
                    break
                else:
                    argtype = ' keyword-only' if param.kind == _KEYWORD_ONLY else ''
                    raise TypeError('missing a required{argtype} argument: {arg!r}'.format(
                        arg=param.name, argtype=argtype)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _VAR_POSITIONAL:
                    values = [arg_val]
                    values.extend(arg_vals)
                    arguments[param.name] = tuple(values)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name)) from None
                arguments[param.name] = arg_val
        # the remaining parameters take keyword arguments
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=param_name)) from None
            else:
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            elif pos_only_param_in_kwargs:
                raise TypeError(
                    'got some positional-only arguments passed as keyword arguments: {arg!r}'.format(
                        arg=', '.join(param.name for param in pos_only_param_in_kwargs)))
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map the arguments of a call to the parameters (TypeError when they do not fit)."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        """The signature as written in a def: "(a, /, b=1, *args, c, **kw) -> int".

        With max_width, a longer signature puts each parameter on its own line.
        """
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if max_width is not None and len(rendered) > max_width:
            rendered = '(\n    {}\n)'.format(',\n    '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: a function, method, class, partial or object with __call__."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


# Callables implemented in Java: they carry no signature of their own.
_NonUserDefinedCallables = (types.WrapperDescriptorType,
                            types.MethodWrapperType,
                            types.ClassMethodDescriptorType,
                            types.BuiltinFunctionType,
                            types.MethodDescriptorType,
                            type(object.__new__))


def _signature_get_user_defined_method(cls, method_name):
    """cls's method_name when it is a Python-level callable (not a built-in one), else None."""
    if method_name == '__new__':
        meth = getattr(cls, method_name, None)
    else:
        meth = getattr_static(cls, method_name, None)
    if meth is None or isinstance(meth, _NonUserDefinedCallables):
        return None
    if method_name != '__new__':
        meth = _descriptor_get(meth, cls)
    return meth


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature wrapped_sig has after a functools.partial fixes some arguments."""
    old_params = wrapped_sig.parameters
    new_params = OrderedDict(old_params.items())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    # this and every later parameter can then only be given by keyword
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[param_name] = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params.move_to_end(param_name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(param_name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param.name)
    return wrapped_sig.replace(parameters=new_params.values())


def _signature_bound_method(sig):
    """The signature of a function bound as a method: its first parameter dropped."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_is_builtin(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj) or
            isinstance(obj, _NonUserDefinedCallables) or obj in (type, object))


def _signature_is_functionlike(obj):
    """Whether obj looks enough like a Python function (a duck type of one) to read its signature from __code__."""
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and
            isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    if not _signature_is_builtin(func):
        raise TypeError("{!r} is not a Python builtin function".format(func))
    if func is object:
        return cls()
    raise ValueError("no signature found for builtin {!r}".format(func))


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None, eval_str=False):
    """The signature of a Python function, from its code object's parameter layout."""
    is_duck_function = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck_function = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))
    Parameter = cls._parameter_cls
    func_code = func.__code__
    pos_count = func_code.co_argcount
    arg_names = func_code.co_varnames
    posonly_count = func_code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = func_code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    parameters = []
    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count
    for name in positional[:non_default_count]:
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty), kind=kind))
        if posonly_left:
            posonly_left -= 1
    for offset, name in enumerate(positional[non_default_count:]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty),
                                    kind=kind, default=defaults[offset]))
        if posonly_left:
            posonly_left -= 1
    if func_code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty), kind=_VAR_POSITIONAL))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty),
                                    kind=_KEYWORD_ONLY, default=default))
    if func_code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if func_code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty), kind=_VAR_KEYWORD))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck_function)


def _descriptor_get(descriptor, obj):
    """descriptor.__get__(obj, type(obj)) when it is a descriptor, else descriptor itself."""
    if isclass(descriptor):
        return descriptor
    if isinstance(descriptor, staticmethod):
        return descriptor.__func__
    if isinstance(descriptor, classmethod):
        return types.MethodType(descriptor.__func__, obj if isclass(obj) else type(obj))
    get = getattr(type(descriptor), '__get__', _sentinel)
    if get is _sentinel:
        return descriptor
    return get(descriptor, obj, type(obj))


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    """The signature of any callable: methods, wrapped functions, partials, classes, callable instances."""

    def _get_signature_of(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = _get_signature_of(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__") or isinstance(f, types.MethodType)))
        if isinstance(obj, types.MethodType):
            return _get_signature_of(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    partialmethod = getattr(functools, 'partialmethod', None)
    pm = getattr(obj, '__partialmethod__', None)
    if partialmethod is not None and isinstance(pm, partialmethod):
        wrapped_sig = _get_signature_of(pm.func)
        sig = _signature_get_partial(wrapped_sig, pm, (None,))
        first_wrapped_param = tuple(wrapped_sig.parameters.values())[0]
        if first_wrapped_param.kind is Parameter.VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first_wrapped_param,) + tuple(sig.parameters.values()))
    if isinstance(obj, functools.partial):
        wrapped_sig = _get_signature_of(obj.func)
        return _signature_get_partial(wrapped_sig, obj)
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)
    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)
    if isinstance(obj, type):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            return _get_signature_of(call)
        new = _signature_get_user_defined_method(obj, '__new__')
        init = _signature_get_user_defined_method(obj, '__init__')
        for base in obj.__mro__:
            if new is not None and '__new__' in base.__dict__:
                sig = _get_signature_of(new)
                return _signature_bound_method(sig) if skip_bound_arg else sig
            elif init is not None and '__init__' in base.__dict__:
                return _get_signature_of(init)
        if type not in obj.__mro__:
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return sigcls()
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
    else:
        call = getattr_static(type(obj), '__call__', None)
        if call is not None:
            call = _descriptor_get(call, obj)
            return _get_signature_of(call)
    raise ValueError('callable {!r} is not supported by signature'.format(obj))
