package dev.taipan.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The warnings machinery of one interpreter, as CPython's _warnings: the filter list, the "once" registry and
 * the default action, warn() and warn_explicit(). The Python `warnings` module shares this state (it imports
 * filters, _onceregistry and _defaultaction from `_warnings`) and, once imported, supplies the showing and
 * formatting, so catch_warnings() and a replaced showwarning() see warnings the runtime issues from Java too.
 * Before it is imported, warnings print straight to sys.stderr in CPython's format.
 */
public final class Warnings {
    /** The filter list (warnings.filters while the module is not imported or keeps it). */
    public PyObject filters;
    public PyObject onceRegistry = new PyDict();
    public PyObject defaultAction = PyStr.of("default");
    /** Bumped by every filter change; a registry remembers the version its entries were made under. */
    public long filtersVersion;
    private final InterpState interp;

    private Warnings(InterpState interp) {
        this.interp = interp;
        PyObject ignore = PyStr.of("ignore");
        PyObject zero = PyInt.of(0);
        filters = PyList.of(
                PyTuple.of(PyStr.of("default"), PyNone.NONE, PyExc.DeprecationWarning, PyStr.of("__main__"), zero),
                PyTuple.of(ignore, PyNone.NONE, PyExc.DeprecationWarning, PyNone.NONE, zero),
                PyTuple.of(ignore, PyNone.NONE, PyExc.PendingDeprecationWarning, PyNone.NONE, zero),
                PyTuple.of(ignore, PyNone.NONE, PyExc.ImportWarning, PyNone.NONE, zero),
                PyTuple.of(ignore, PyNone.NONE, PyExc.ResourceWarning, PyNone.NONE, zero));
    }

    /** The warnings state of interp, created with CPython's default filters on first use. */
    public static synchronized Warnings of(InterpState interp) {
        if (interp.warnings == null) interp.warnings = new Warnings(interp);
        return interp.warnings;
    }

    // ---- entry points for the runtime -----------------------------------------------------------

    /**
     * Issues a warning from Java for the Python frame stacklevel levels up (1: the frame running now), as
     * PyErr_WarnEx does. Throws the warning as an exception when a filter says "error".
     */
    public static void warn(PyType category, String message, int stacklevel) {
        warn(category, message, stacklevel, null);
    }

    /** warn() with the object the warning is about (printed warnings then suggest tracemalloc, as CPython's do). */
    public static void warn(PyType category, String message, int stacklevel, PyObject source) {
        ThreadState ts = ThreadState.current();
        of(ts.interp).warn(PyStr.of(message), category, stacklevel, source, null);
    }

    /**
     * "ResourceWarning: unclosed ..." for source, from a finalizer, as PyErr_ResourceWarning does: located
     * at the Python code running now; at exit (finalizing) at "&lt;sys&gt;:0" and shown without the
     * warnings module, as CPython's shutdown shows it.
     */
    public static void resourceWarning(PyObject source, String message, boolean finalizing) {
        if (!finalizing) {
            warn(PyExc.ResourceWarning, message, 1, source);
            return;
        }
        Warnings w = of(ThreadState.current().interp);
        Location loc = w.locationOf(null, null, 0);
        w.warnExplicit(PyExc.ResourceWarning, PyStr.of(message), loc.filename, loc.lineno, loc.module, loc.registry, null, null);
    }

    /**
     * Issues a warning for an explicit location, as PyErr_WarnExplicit does. globals gives the module name and
     * its __warningregistry__; null stands for no Python frame at all (CPython's "&lt;sys&gt;" context).
     */
    public static void warnExplicit(PyType category, String message, String filename, int lineno, PyDict globals, PyObject source) {
        ThreadState ts = ThreadState.current();
        Warnings w = of(ts.interp);
        Location loc = w.locationOf(globals, filename, lineno);
        w.warnExplicit(category, PyStr.of(message), loc.filename, loc.lineno, loc.module, loc.registry, null, source);
    }

    /**
     * "RuntimeWarning: coroutine 'qualname' was never awaited", as CPython gives it when such a coroutine is
     * freed: located at frame's line (frame null: no Python frame, printed as "&lt;sys&gt;:0"). Unless finalizing,
     * it goes through the warnings module (imported if need be) with the coroutine as its source, so the
     * "Enable tracemalloc" line follows as in CPython; coro may be null when the coroutine is already
     * collected (its qualified name then stands in as the source). At exit (finalizing) it is shown without
     * importing anything, as CPython does then. An "error" filter's exception is reported as unraisable.
     */
    public static void coroutineNeverAwaited(PyObject coro, String qualname, Frame frame, int line, boolean finalizing) {
        coroutineNeverAwaited(coro, qualname, frame, line, finalizing, null);
    }

    /** As above; createdAt (or null) follows the message on its own lines: the "Coroutine created at" traceback of cr_origin. */
    public static void coroutineNeverAwaited(PyObject coro, String qualname, Frame frame, int line, boolean finalizing, String createdAt) {
        ThreadState ts = ThreadState.current();
        Warnings w = of(ts.interp);
        PyObject source = finalizing ? null : coro != null ? coro : PyStr.of(qualname);
        try {
            if (!finalizing) w.importModule();
            Location loc = frame == null ? w.locationOf(null, null, 0) : w.locationOf(frame.globals, frame.code.filename, line);
            w.warnExplicit(PyExc.RuntimeWarning, PyStr.of("coroutine '" + qualname + "' was never awaited"
                    + (createdAt == null ? "" : "\n" + createdAt)), loc.filename, loc.lineno,
                    loc.module, loc.registry, null, source);
        } catch (PyException e) {
            w.writeUnraisable(e.value, coro != null ? coro : PyStr.of(qualname));
        }
    }

    // ---- warn() and warn_explicit() -------------------------------------------------------------

    /** Where a warning is reported: file, line, module name and the registry of warnings already shown there. */
    record Location(String filename, int lineno, PyObject module, PyObject registry) {}

    /** warnings.warn(message, category, stacklevel, source, skip_file_prefixes). */
    public PyObject warn(PyObject message, PyObject category, long stacklevel, PyObject source, PyTuple skipPrefixes) {
        PyObject cat = categoryOf(message, category);
        if (skipPrefixes != null && skipPrefixes.size() > 0 && stacklevel < 2) stacklevel = 2;
        Location loc = setupContext(stacklevel, skipPrefixes);
        return warnExplicit(cat, message, loc.filename, loc.lineno, loc.module, loc.registry, null, source);
    }

    /** The category a warning is issued under: the message's own class when it is a Warning instance. */
    static PyObject categoryOf(PyObject message, PyObject category) {
        if (message instanceof PyBaseException e && e.isInstance(PyExc.Warning)) {
            category = message.type();
        } else if (category == null || category == PyNone.NONE) {
            category = PyExc.UserWarning;
        }
        boolean ok;
        try {
            ok = Builtins.isSubclass(category, PyExc.Warning);
        } catch (PyException e) {
            ok = false;
        }
        if (!ok) throw Errors.typeError("category must be a Warning subclass, not '" + category.type().name + "'");
        return category;
    }

    private static boolean isInternal(String filename) {
        return filename.contains("importlib") && filename.contains("_bootstrap");
    }

    private static boolean skipped(String filename, PyTuple prefixes) {
        if (prefixes == null) return false;
        for (PyObject p : prefixes.items) {
            if (p instanceof PyStr s && filename.startsWith(s.value)) return true;
        }
        return false;
    }

    private Location setupContext(long stacklevel, PyTuple skipPrefixes) {
        Frame f = ThreadState.current().frame;
        if (stacklevel <= 0 || (f != null && isInternal(f.code.filename))) {
            while (--stacklevel > 0 && f != null) f = f.back;
        } else {
            while (--stacklevel > 0 && f != null) {
                do {
                    f = f.back;
                } while (f != null && (isInternal(f.code.filename) || skipped(f.code.filename, skipPrefixes)));
            }
        }
        if (f == null) return locationOf(null, null, 0);
        return locationOf(f.globals, f.code.filename, f.line);
    }

    /** The module name and registry for a location in the module whose globals are given (null: sys, "<sys>":0). */
    private Location locationOf(PyDict globals, String filename, int lineno) {
        if (globals == null) {
            globals = interp.sys.globals;
            filename = "<sys>";
            lineno = 0;
        }
        PyObject registry = globals.getStr("__warningregistry__");
        if (registry == null) {
            registry = new PyDict();
            globals.putStr("__warningregistry__", registry);
        }
        PyObject module = globals.getStr("__name__");
        if (!(module instanceof PyStr) && module != PyNone.NONE) module = PyStr.of("<string>");
        return new Location(filename, lineno, module, registry);
    }

    /**
     * warnings.warn_explicit(): filters the warning and shows it, raises it, or records it in the registry.
     * module null: derived from the filename; registry null or None: no per-module registry.
     */
    public PyObject warnExplicit(PyObject category, PyObject message, String filename, int lineno, PyObject module,
                                 PyObject registry, PyObject sourceline, PyObject source) {
        if (module == PyNone.NONE) return PyNone.NONE;
        if ((interp.devMode || !interp.warnOptions.isEmpty()) && moduleAttr("filters") == null) importModule();
        if (registry != null && registry != PyNone.NONE && !(registry instanceof PyDict)) {
            throw Errors.typeError("'registry' must be a dict or None");
        }
        if (registry == PyNone.NONE) registry = null;
        if (module == null) {
            module = PyStr.of(filename.isEmpty() ? "<unknown>" : filename.endsWith(".py") ? filename.substring(0, filename.length() - 3) : filename);
        }
        PyObject text;
        if (message instanceof PyBaseException e && e.isInstance(PyExc.Warning)) {
            text = PyStr.of(message.str());
            category = message.type();
        } else {
            text = message;
            message = category.call(message);
        }
        if (source == PyNone.NONE) source = null;
        PyObject linenoObj = PyInt.of(lineno);
        PyObject key = PyTuple.of(text, category, linenoObj);
        if (registry != null && alreadyWarned((PyDict) registry, key, false)) return PyNone.NONE;

        PyObject[] item = new PyObject[1];
        String action = filterAction(category, text, lineno, module, item);
        switch (action) {
            case "error" -> throw new PyException((PyBaseException) message);
            case "ignore" -> {
                return PyNone.NONE;
            }
            case "always" -> {
            }
            default -> {
                if (registry != null) ((PyDict) registry).put(key, PyBool.TRUE);
                boolean seen = false;
                switch (action) {
                    case "once" -> {
                        PyObject once = registry != null ? registry : onceRegistry();
                        seen = alreadyWarned((PyDict) once, PyTuple.of(text, category), true);
                    }
                    case "module" -> {
                        if (registry != null) seen = alreadyWarned((PyDict) registry, PyTuple.of(text, category, PyInt.of(0)), true);
                    }
                    case "default" -> {
                    }
                    default -> throw Errors.runtimeError("Unrecognized action (" + PyStr.of(action).repr() + ") in warnings.filters:\n " + item[0].repr());
                }
                if (seen) return PyNone.NONE;
            }
        }
        show(category, text, message, filename, lineno, linenoObj, sourceline, source);
        return PyNone.NONE;
    }

    /** Whether key is in the registry (under the current filters version); with set, records it when not. */
    private boolean alreadyWarned(PyDict registry, PyObject key, boolean set) {
        PyObject version = registry.getStr("version");
        if (!(version instanceof PyInt v) || v.getClass() != PyInt.class || v.isBig() || v.value != filtersVersion) {
            registry.clear();
            registry.putStr("version", PyInt.of(filtersVersion));
        } else {
            PyObject seen = registry.get(key);
            if (seen != null && seen.isTrue()) return true;
        }
        if (set) registry.put(key, PyBool.TRUE);
        return false;
    }

    /** The action of the first filter matching the warning (item[0]: that filter), else the default action. */
    private String filterAction(PyObject category, PyObject text, int lineno, PyObject module, PyObject[] item) {
        PyObject fl = moduleAttr("filters");
        if (fl != null) filters = fl;
        if (!(filters instanceof PyList list)) throw Errors.valueError("_warnings.filters must be a list");
        for (int i = 0; i < list.size; i++) {
            PyObject it = list.items[i];
            if (!(it instanceof PyTuple t) || t.size() != 5) {
                throw Errors.valueError("_warnings.filters item " + i + " isn't a 5-tuple");
            }
            PyObject action = t.items[0];
            if (!(action instanceof PyStr a)) {
                throw Errors.typeError("action must be a string, not '" + action.type().name + "'");
            }
            if (matches(t.items[1], text) && matches(t.items[3], module) && Builtins.isSubclass(category, t.items[2])) {
                long ln = Protocols.index(t.items[4]).value;
                if (ln == 0 || ln == lineno) {
                    item[0] = t;
                    return a.value;
                }
            }
        }
        PyObject da = moduleAttr("defaultaction");
        if (da != null) {
            if (!(da instanceof PyStr)) throw Errors.typeError("_warnings.defaultaction must be a string, not '" + da.type().name + "'");
            defaultAction = da;
        }
        item[0] = PyNone.NONE;
        return ((PyStr) defaultAction).value;
    }

    private static boolean matches(PyObject pattern, PyObject arg) {
        if (pattern == PyNone.NONE) return true;
        if (pattern.getClass() == PyStr.class) return arg instanceof PyStr s && s.value.equals(((PyStr) pattern).value);
        return Call.invoke(pattern, "match", arg).isTrue();
    }

    private PyObject onceRegistry() {
        PyObject r = moduleAttr("onceregistry");
        if (r == null) return onceRegistry;
        if (!(r instanceof PyDict)) throw Errors.typeError("_warnings.onceregistry must be a dict, not '" + r.type().name + "'");
        onceRegistry = r;
        return r;
    }

    // ---- showing --------------------------------------------------------------------------------

    /** An attribute of the imported Python warnings module, or null when it is not imported or lacks it. */
    private PyObject moduleAttr(String name) {
        PyObject m = interp.modules.getStr("warnings");
        if (m == null || m == PyNone.NONE) return null;
        return m.lookupAttr(name);
    }

    private void importModule() {
        try {
            interp.importer.importModule("warnings", new PyDict(), null, 0);
        } catch (PyException e) {
            if (!e.matches(PyExc.ImportError)) throw e;
        }
    }

    /** Set while objects still alive at exit are finalized: warnings are then shown as CPython's shutdown shows them. */
    private boolean shutdown;

    /**
     * Marks interp's exit-time finalization: while on, a warning shown is written as CPython's shutdown
     * writes it (its warnings module gone): "file:line: Category: text" alone, no source line.
     */
    public static void shutdown(InterpState interp, boolean on) {
        of(interp).shutdown = on;
    }

    private void show(PyObject category, PyObject text, PyObject message, String filename, int lineno, PyObject linenoObj,
                      PyObject sourceline, PyObject source) {
        if (shutdown) {
            print(category, text, filename, lineno, PyStr.of(""));
            return;
        }
        if (source != null) importModule();
        PyObject showFn = moduleAttr("_showwarnmsg");
        if (showFn == null) {
            print(category, text, filename, lineno, sourceline);
            return;
        }
        if (!Builtins.callable(showFn)) throw Errors.typeError("warnings._showwarnmsg() must be set to a callable");
        PyObject cls = moduleAttr("WarningMessage");
        if (cls == null) throw Errors.runtimeError("unable to get warnings.WarningMessage");
        // linecache cannot read Taipan's library modules (<frozen ...>): their line comes from the code running there
        String frozenLine = sourceline == null && filename.startsWith("<frozen ") ? sourceLine(filename, lineno) : null;
        PyObject msg = cls.call(message, category, PyStr.of(filename), linenoObj, PyNone.NONE,
                frozenLine == null ? PyNone.NONE : PyStr.of(frozenLine), source == null ? PyNone.NONE : source);
        showFn.call(msg);
    }

    /** Prints "file:line: Category: text" and the stripped source line to sys.stderr, as _warnings does without the module. */
    private void print(PyObject category, PyObject text, String filename, int lineno, PyObject sourceline) {
        PyObject err = interp.sys != null ? interp.sys.globals.getStr("stderr") : interp.stderr;
        if (err == null || err == PyNone.NONE) return;
        StringBuilder sb = new StringBuilder();
        sb.append(filename).append(':').append(lineno).append(": ").append(category.getAttr("__name__").str()).append(": ")
                .append(text.str()).append('\n');
        String line = sourceline instanceof PyStr s ? s.value : sourceLine(filename, lineno);
        if (line != null && !line.isBlank()) sb.append("  ").append(line.strip()).append('\n');
        try {
            Call.invoke(err, "write", PyStr.of(sb.toString()));
        } catch (PyException ignored) {
            // a broken sys.stderr loses the warning, as in CPython
        }
    }

    /** A line of a source file: from the code of a frame on the stack when one ran that file, else read from disk. */
    private String sourceLine(String filename, int lineno) {
        for (Frame f = ThreadState.current().frame; f != null; f = f.back) {
            if (f.code.filename.equals(filename) && f.code.sourceLines != null) return f.code.sourceLine(lineno);
        }
        if (filename.startsWith("<") || lineno < 1) return null;
        Path p = Path.of(filename);
        if (!p.isAbsolute() && interp.cwd != null) p = interp.cwd.resolve(p);
        try {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            return lineno <= lines.size() ? lines.get(lineno - 1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Reports an exception that cannot propagate (in __del__, say), as CPython's "Exception ignored in: obj" message. */
    public static void writeUnraisable(InterpState interp, PyBaseException e, PyObject obj, boolean sourceLines) {
        of(interp).writeUnraisable(e, obj, sourceLines);
    }

    private void writeUnraisable(PyBaseException e, PyObject obj) {
        writeUnraisable(e, obj, true);
    }

    /** As CPython's default sys.unraisablehook; without sourceLines the traceback shows none (as during shutdown). */
    private void writeUnraisable(PyBaseException e, PyObject obj, boolean sourceLines) {
        PyObject err = interp.sys != null ? interp.sys.globals.getStr("stderr") : interp.stderr;
        if (err == null || err == PyNone.NONE) return;
        String where;
        try {
            where = obj.repr();
        } catch (PyException x) {
            where = "<object repr() failed>";
        }
        try {
            Call.invoke(err, "write", PyStr.of("Exception ignored in: " + where + "\n" + TracebackPrinter.formatUnraisable(e, sourceLines)));
        } catch (PyException ignored) {
            // nowhere left to report it
        }
    }
}
