"""Extract, format and print information about Python stack traces.

Exceptions are laid out by the interpreter's own traceback printer (through _traceback), so what
format_exception() returns is exactly what an uncaught exception prints: the same carets, chains,
notes and exception groups.
"""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ---- lists of entries ------------------------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print a list of FrameSummary objects or (filename, lineno, name, line) tuples as a stack trace."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects or tuples: one string per entry, each ending in a newline."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of the traceback tb (to sys.stderr by default)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """The entries of traceback tb as a StackSummary of FrameSummary objects, outermost first."""
    return StackSummary._from_traceback(tb, limit)


# ---- exceptions ------------------------------------------------------------------------------

_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True, **kwargs):
    """Print an exception with its traceback and chained exceptions, as an uncaught one prints, to file."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True, **kwargs):
    """The lines print_exception() prints, as a list of strings each ending in a newline."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False, **kwargs):
    """The exception's last lines ("Type: message" and its notes), as a list of strings."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def _format_final_exc_line(etype, value, *, insert_final_newline=True, colorize=False):
    valuestr = _safe_string(value, 'exception')
    end_char = "\n" if insert_final_newline else ""
    if value is None or not valuestr:
        return f"{etype}{end_char}"
    return f"{etype}: {valuestr}{end_char}"


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit, file, chain)'."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_exc (or sys.last_type/last_value/last_traceback)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit, file, chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit, file, chain)


# ---- stacks ----------------------------------------------------------------------------------

def print_stack(f=None, limit=None, file=None):
    """Print the stack from its invocation point (or from frame f), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """The stack from its invocation point (or from frame f) as a StackSummary, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of the frames of a traceback (where frames support it)."""
    while tb is not None:
        frame = tb.tb_frame
        clear = getattr(frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) for f and each frame it was called from (the current stack when f is None)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _resolve_limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _cut(items, limit):
    """The first limit items, or the last -limit when negative, as extract_tb and extract do."""
    items = list(items)
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[len(items) + limit:] if -limit < len(items) else items


class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name, line (and locals when captured).

    It compares equal to the tuple (filename, lineno, name, line), and unpacks and indexes like it.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_lines', 'locals', '_body')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._lines = line
        self._body = None
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, 'local', func=repr)
                       for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    def _set_lines(self):
        if self._lines is None and self.lineno is not None and self.end_lineno is not None:
            lines = []
            for lineno in range(self.lineno, self.end_lineno + 1):
                lines.append(linecache.getline(self.filename, lineno).rstrip())
            self._lines = "\n".join(lines) + "\n"

    @property
    def _original_lines(self):
        self._set_lines()
        return self._lines

    @property
    def line(self):
        """The first source line of the frame's expression, stripped; None when the source is unavailable."""
        self._set_lines()
        if self._lines is None:
            return None
        return self._lines.partition("\n")[0].strip()

    def _caret_line(self):
        """The carets under the failing expression, from the columns."""
        if self.colno is None or self.end_colno is None or self.end_lineno != self.lineno:
            return ''
        original = self._original_lines.partition("\n")[0]
        start, end = self.colno, min(self.end_colno, len(original))
        if start >= end:
            return ''
        if not original[:start].strip() and not original[end:].strip():
            return ''
        indent = len(original) - len(original.lstrip())
        return '    ' + ' ' * (start - indent) + '^' * (end - start) + '\n'


_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary from (frame, lineno) pairs such as walk_stack() and walk_tb() yield."""
        limit = _resolve_limit(limit)
        result = klass()
        for f, lineno in _cut(frame_gen, limit):
            co = f.f_code
            line = _traceback.code_line(co, lineno) if lineno is not None else None
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None, line=line))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def _from_traceback(klass, tb, limit, capture_locals=False):
        limit = _resolve_limit(limit)
        entries = _traceback.tb_entries(tb)
        frames = [t.tb_frame for t in _cut(_walk_entries(tb), limit)] if capture_locals else None
        result = klass()
        for i, (filename, lineno, name, end_lineno, colno, end_colno, line, body) in enumerate(_cut(entries, limit)):
            fs = FrameSummary(filename, lineno, name, lookup_line=False,
                              locals=frames[i].f_locals if frames else None,
                              line=line, end_lineno=end_lineno, colno=colno, end_colno=end_colno)
            # the interpreter's own layout: the source lines of the expression and its carets
            fs._body = body
            result.append(fs)
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary, **kwargs):
        """The lines for one frame: File line, source line and carets (and captured locals)."""
        filename = frame_summary.filename
        if filename.startswith("<stdin>-"):
            filename = "<stdin>"
        row = ['  File "{}", line {}, in {}\n'.format(filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary._body is not None:
            row.append(frame_summary._body)
        else:
            line = frame_summary.line
            if line:
                row.append('    {}\n'.format(line))
                row.append(frame_summary._caret_line())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self, **kwargs):
        """One string per frame, ready to print; long runs of the same frame end in "[Previous line repeated N more times]"."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


def _walk_entries(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = [text_gen]
        for text in text_gen:
            yield ''.join(indent_str + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering: its stack, message, notes, and chained or grouped exceptions.

    - stack: a StackSummary of the traceback
    - __cause__, __context__: TracebackExceptions of the chained exceptions (or None)
    - exceptions: for exception groups, the TracebackExceptions of the nested ones
    - exc_type_str: the type as printed; for SyntaxError also filename, lineno, text, offset, msg...
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, save_exc_type=True, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self._limit = _resolve_limit(limit)
        self._value = exc_value
        self._tb = exc_traceback
        self._capture_locals = capture_locals
        self.stack = StackSummary._from_traceback(exc_traceback, self._limit, capture_locals)
        self._exc_type = exc_type if save_exc_type else None

        if isinstance(exc_value, BaseException):
            self._str = _traceback.exception_str(exc_value)
        else:
            self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [
                f"Ignored error getting __notes__: {_safe_string(e, '__notes__', repr)}"]

        self._is_syntax_error = False
        self._have_exc_type = exc_type is not None
        if exc_type is not None:
            self.exc_type_qualname = exc_type.__qualname__
            self.exc_type_module = exc_type.__module__
        else:
            self.exc_type_qualname = None
            self.exc_type_module = None

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
            self._is_syntax_error = True
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False

        if not is_recursive_call:
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                    cause = TracebackException(
                        type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                        max_group_width=max_group_width, max_group_depth=max_group_depth,
                        _seen=_seen)
                else:
                    cause = None
                if compact:
                    need_context = cause is None and e is not None and not e.__suppress_context__
                else:
                    need_context = True
                if (e and e.__context__ is not None
                        and need_context and id(e.__context__) not in _seen):
                    context = TracebackException(
                        type(e.__context__), e.__context__, e.__context__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                        max_group_width=max_group_width, max_group_depth=max_group_depth,
                        _seen=_seen)
                else:
                    context = None
                if e and isinstance(e, BaseExceptionGroup):
                    exceptions = []
                    for exc in e.exceptions:
                        exceptions.append(TracebackException(
                            type(exc), exc, exc.__traceback__,
                            limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                            max_group_width=max_group_width, max_group_depth=max_group_depth,
                            _seen=_seen))
                else:
                    exceptions = None
                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = exceptions
                if cause:
                    queue.append((te.__cause__, e.__cause__))
                if context:
                    queue.append((te.__context__, e.__context__))
                if exceptions:
                    queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn('Deprecated in 3.13. Use exc_type_str instead.',
                      DeprecationWarning, stacklevel=2)
        return self._exc_type

    @property
    def exc_type_str(self):
        if not self._have_exc_type:
            return None
        stype = self.exc_type_qualname
        smod = self.exc_type_module
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        return stype

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def _native(self):
        """Whether the interpreter's printer can lay this exception out (a real exception of the recorded type)."""
        return isinstance(self._value, BaseException) and type(self._value) is self._exc_type

    def format_exception_only(self, *, show_group=False, _depth=0, **kwargs):
        """Yield the exception's last lines: "Type: message" (after a SyntaxError's location) and the notes."""
        indent = 3 * _depth * ' '
        if not self._have_exc_type:
            yield indent + _format_final_exc_line(None, self._str)
            return
        if self._native():
            for chunk in _traceback.format_exception_only(self._value):
                if _depth == 0:
                    yield chunk
                else:
                    for line in chunk.split('\n')[:-1] if chunk.endswith('\n') else chunk.split('\n'):
                        yield indent + line + '\n'
        else:
            stype = self.exc_type_str
            for line in _format_final_exc_line(stype, self._str, insert_final_newline=False).split('\n'):
                yield indent + line + '\n'
            notes = self.__notes__
            if isinstance(notes, (list, tuple)):
                for note in notes:
                    note = _safe_string(note, 'note')
                    for line in note.split('\n'):
                        yield indent + line + '\n'
            elif notes is not None:
                yield indent + "{}\n".format(_safe_string(notes, '__notes__', func=repr))
        if self.exceptions and show_group:
            for ex in self.exceptions:
                yield from ex.format_exception_only(show_group=show_group, _depth=_depth + 1)

    def format(self, *, chain=True, _ctx=None, **kwargs):
        """Yield the formatted exception: tracebacks, chained exceptions and groups, the message last."""
        if self._native() and not (self._capture_locals and self.exceptions is None):
            yield from _traceback.format_exception(self._value, self._tb, self._limit, chain,
                                                   self.max_group_width, self.max_group_depth)
            return
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg, chained_exc = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg, chained_exc = _context_message, exc.__context__
                else:
                    chained_msg = chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.stack:
                yield from _ctx.emit('Traceback (most recent call last):\n')
                yield from _ctx.emit(exc.stack.format())
            yield from _ctx.emit(exc.format_exception_only())

    def print(self, *, file=None, chain=True, **kwargs):
        """Print the result of self.format(chain=chain) to file (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
