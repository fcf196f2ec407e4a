package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.Warnings;

/**
 * The _warnings module: warn() and warn_explicit() over the interpreter's shared filter state
 * (dev.taipan.runtime.Warnings), which the Python warnings module imports as CPython's does.
 */
public final class WarningsModule implements NativeModule {
    private static final String[] WARN = {"message", "category", "stacklevel", "source", "skip_file_prefixes"};
    private static final String[] WARN_EXPLICIT = {"message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"};

    @Override
    public String name() {
        return "_warnings";
    }

    @Override
    public PyModule create(InterpState interp) {
        Warnings w = Warnings.of(interp);
        PyModule m = new PyModule("_warnings");
        m.put("__doc__", PyStr.of("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."));
        m.put("filters", w.filters).put("_defaultaction", w.defaultAction).put("_onceregistry", w.onceRegistry);
        m.function("_filters_mutated", (a, kw) -> {
            ArgParser.count("_filters_mutated", a, kw, 0, 0);
            w.filtersVersion++;
            return PyNone.NONE;
        });
        m.function("warn", (a, kw) -> {
            PyObject[] p = parseWarn(a, kw);
            long stacklevel = p[2] == null ? 1 : Protocols.index(p[2]).asLong("Python int too large to convert to C ssize_t");
            PyTuple skip = null;
            if (p[4] != null) {
                if (!(p[4] instanceof PyTuple t)) {
                    throw Errors.typeError("warn() argument 'skip_file_prefixes' must be tuple, not " + p[4].type().name);
                }
                skip = t;
            }
            return w.warn(p[0], p[1], stacklevel, p[3] == null ? PyNone.NONE : p[3], skip);
        });
        m.function("warn_explicit", (a, kw) -> {
            PyObject[] p = ArgParser.parse("warn_explicit", a, kw, WARN_EXPLICIT, 4, 8, 0);
            if (!(p[2] instanceof PyStr filename)) {
                throw Errors.typeError("warn_explicit() argument 'filename' must be str, not " + p[2].type().name);
            }
            int lineno = Protocols.index(p[3]).asInt();
            PyObject sourceline = null;
            if (p[6] != null && p[6] != PyNone.NONE) {
                if (!(p[6] instanceof PyDict g)) {
                    throw Errors.typeError("module_globals must be a dict, not '" + p[6].type().name + "'");
                }
                sourceline = loaderLine(g, lineno);
            }
            return w.warnExplicit(p[1], p[0], filename.value, lineno, p[4], p[5], sourceline, p[7]);
        });
        return m;
    }

    private static PyObject[] parseWarn(PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (a.length - nkw > 4) {
            throw Errors.typeError("warn() takes at most 4 positional arguments (" + (a.length - nkw) + " given)");
        }
        return ArgParser.parse("warn", a, kw, WARN, 1, 4, 0);
    }

    /** The line from module_globals' __loader__.get_source(__name__), as warn_explicit() shows it; null when there is none. */
    private static PyObject loaderLine(PyDict globals, int lineno) {
        PyObject loader = globals.getStr("__loader__");
        PyObject name = globals.getStr("__name__");
        if (loader == null || loader == PyNone.NONE || name == null) return null;
        PyObject getSource = loader.lookupAttr("get_source");
        if (getSource == null) return null;
        PyObject source = getSource.call(name);
        if (source == PyNone.NONE) return null;
        PyObject lines = Call.invoke(source, "splitlines");
        try {
            return lines.getItem(dev.taipan.runtime.PyInt.of(lineno - 1));
        } catch (PyException e) {
            return null;
        }
    }
}
