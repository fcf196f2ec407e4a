package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Code;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTraceback;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.TracebackPrinter;
import java.util.List;

/**
 * The _traceback module: the Java hooks of the traceback module, so that it formats exceptions with the
 * interpreter's own printer (the same carets, chains, notes and exception groups as an uncaught exception).
 */
public final class TracebackModule implements NativeModule {
    @Override
    public String name() {
        return "_traceback";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_traceback");
        m.function("format_exception", (a, kw) -> {
            ArgParser.count("format_exception", a, kw, 6, 6);
            PyBaseException e = exception(a[0]);
            PyTraceback tb = a[1] instanceof PyTraceback t ? t : null;
            var options = new TracebackPrinter.Options(limit(a[2]), a[3].isTrue(), Protocols.index(a[4]).asInt(), Protocols.index(a[5]).asInt());
            return strings(TracebackPrinter.formatChunks(e, tb, options));
        });
        m.function("format_exception_only", (a, kw) -> {
            ArgParser.count("format_exception_only", a, kw, 1, 1);
            return strings(TracebackPrinter.exceptionOnlyLines(exception(a[0])));
        });
        m.function("exception_str", (a, kw) -> {
            ArgParser.count("exception_str", a, kw, 1, 1);
            return PyStr.of(TracebackPrinter.exceptionStr(exception(a[0])));
        });
        m.function("tb_entries", (a, kw) -> {
            ArgParser.count("tb_entries", a, kw, 1, 1);
            PyList out = new PyList();
            if (a[0] == PyNone.NONE) return out;
            if (!(a[0] instanceof PyTraceback tb)) throw Errors.typeError("expected a traceback, not " + a[0].type().name);
            for (PyTraceback t : TracebackPrinter.entries(tb, null)) out.append(entry(t));
            return out;
        });
        m.function("code_line", (a, kw) -> {
            ArgParser.count("code_line", a, kw, 2, 2);
            if (!(a[0] instanceof Code c)) return PyNone.NONE;
            String src = c.sourceLine(Protocols.index(a[1]).asInt());
            return src == null ? PyNone.NONE : PyStr.of(src.strip());
        });
        return m;
    }

    /**
     * (filename, lineno, name, end_lineno, colno, end_colno, line, body) of one traceback entry: line is the
     * stripped first source line, body what the printer shows under the File line (the source lines of a
     * multi-line expression and the carets).
     */
    private static PyTuple entry(PyTraceback t) {
        String line = TracebackPrinter.sourceLine(t);
        String printed = TracebackPrinter.formatEntry(t);
        String body = printed.substring(printed.indexOf('\n') + 1);
        boolean cols = t.col >= 0;
        return PyTuple.of(PyStr.of(t.code.filename), PyInt.of(t.line), PyStr.of(t.code.name),
                cols ? PyInt.of(t.endLine) : PyInt.of(t.line), cols ? PyInt.of(t.col) : PyNone.NONE, cols ? PyInt.of(t.endCol) : PyNone.NONE,
                line == null ? PyNone.NONE : PyStr.of(line), PyStr.of(body));
    }

    private static PyBaseException exception(PyObject o) {
        if (o instanceof PyBaseException e) return e;
        throw Errors.typeError("expected an exception, not " + o.type().name);
    }

    private static Integer limit(PyObject o) {
        return o == PyNone.NONE ? null : Protocols.index(o).asInt();
    }

    private static PyList strings(List<String> parts) {
        PyList out = new PyList(parts.size());
        for (String s : parts) out.append(PyStr.of(s));
        return out;
    }
}
