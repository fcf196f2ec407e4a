package dev.taipan.runtime;

/**
 * OSError's constructor rules and attributes, as CPython's: OSError(errno, strerror[, filename[,
 * winerror[, filename2]]]) fills errno/strerror/filename/filename2 (the filenames leave args),
 * OSError(errno, ...) picks the subclass for errno, and a subclass with its own __init__ (and
 * OSError's __new__) gets its arguments only in __init__, so they reach OSError only through
 * super().__init__(...).
 */
final class OsErrorMethods {
    private OsErrorMethods() {}

    private static final String[] NAMES = {"errno", "strerror", "filename", "filename2"};

    static void install() {
        PyType os = PyExc.OSError;
        PyType.NewFunction base = PyExc.BaseException.newFunction;
        os.newFunction = (cls, args, kw) -> {
            if (usesInit(cls)) {
                PyBaseException e = (PyBaseException) base.create(cls, new PyObject[0], null);
                e.fields = new java.util.HashMap<>();
                return e;
            }
            ArgParser.noKeywords(cls.name, kw);
            PyType actual = cls;
            if (cls == os && args.length >= 2 && args.length <= 5 && args[0] instanceof PyInt n && !n.isBig()) {
                PyType sub = subclassForErrno(n.value);
                if (sub != null) actual = sub;
            }
            PyBaseException e = (PyBaseException) base.create(actual, args, null);
            init(e, args);
            return e;
        };
        os.define("__new__", new PyBuiltin.StaticNew(os));
        os.method("__init__", (self, args, kw) -> {
            if (!usesInit(self.type())) return PyNone.NONE;
            ArgParser.noKeywords(self.type().name, kw);
            init((PyBaseException) self, args);
            return PyNone.NONE;
        });
        for (String name : NAMES) {
            os.define(name, new PyGetSet(os, name, o -> {
                PyObject v = fields(o).field(name);
                return v == null ? PyNone.NONE : v;
            }, (o, v) -> fields(o).setField(name, v)));
        }
        os.method0("__reduce__", self -> {
            PyBaseException e = fields(self);
            PyTuple args = e.args;
            PyObject fn = e.field("filename"), fn2 = e.field("filename2");
            if (args.size() == 2 && fn != null) {
                args = fn2 == null ? PyTuple.of(args.get(0), args.get(1), fn) : PyTuple.of(args.get(0), args.get(1), fn, PyNone.NONE, fn2);
            }
            return ExceptionMethods.reduce(e, args);
        });
        os.define("characters_written", new PyGetSet(os, "characters_written", o -> {
            PyObject v = fields(o).field("written");
            if (v == null) throw Errors.attributeError("characters_written");
            return v;
        }, (o, v) -> fields(o).setField("written", Protocols.index(v))));
    }

    /** CPython's oserror_use_init: the type's __init__ is not OSError's own, its __new__ is. */
    private static boolean usesInit(PyType t) {
        if (t == PyExc.OSError) return false;
        PyObject init = t.lookup("__init__");
        PyObject nw = t.lookup("__new__");
        boolean ownInit = init instanceof PyBuiltin.Method m && m.owner == PyExc.OSError;
        return !ownInit && nw instanceof PyBuiltin.StaticNew sn && sn.owner == PyExc.OSError;
    }

    /** CPython's oserror_parse_args + oserror_init: fills the fields and sets args. */
    private static void init(PyBaseException e, PyObject[] args) {
        e.fields = new java.util.HashMap<>();
        int n = args.length;
        PyObject[] kept = args;
        if (n >= 2 && n <= 5) {
            e.setField("errno", args[0]);
            e.setField("strerror", args[1]);
            PyObject filename = n >= 3 ? args[2] : PyNone.NONE;
            if (filename != PyNone.NONE) {
                if (e.type() == PyExc.BlockingIOError && isNumber(filename)) {
                    e.setField("written", Protocols.index(filename));
                } else {
                    e.setField("filename", filename);
                    if (n == 5 && args[4] != PyNone.NONE) e.setField("filename2", args[4]);
                    kept = new PyObject[] {args[0], args[1]};
                }
            }
        }
        e.args = PyTuple.of(kept);
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o.type().lookup("__index__") != null;
    }

    /**
     * e with its fields filled in. An OSError the runtime made in Java (args only, or the
     * filenames in its dict) gets them here, from args as the constructor would have.
     */
    static PyBaseException fields(PyObject o) {
        PyBaseException e = (PyBaseException) o;
        if (e.fields != null) return e;
        e.fields = new java.util.HashMap<>();
        int n = e.args.size();
        if (n >= 2 && n <= 5) {
            e.setField("errno", e.args.get(0));
            e.setField("strerror", e.args.get(1));
        }
        PyDict d = e.dict() != null && e.dict().len() > 0 ? e.dict() : null;
        if (d != null) {
            for (String name : NAMES) {
                PyObject v = d.delStr(name);
                if (v != null && v != PyNone.NONE) e.setField(name, v);
            }
        }
        return e;
    }

    /** str(): "[Errno 2] No such file or directory: 'x'", or BaseException's form. */
    static String str(PyBaseException e) {
        fields(e);
        PyObject errno = e.field("errno"), strerror = e.field("strerror"), fn = e.field("filename");
        if (fn != null) {
            String s = "[Errno " + orNone(errno).str() + "] " + orNone(strerror).str() + ": " + fn.repr();
            PyObject fn2 = e.field("filename2");
            return fn2 != null ? s + " -> " + fn2.repr() : s;
        }
        if (errno != null && strerror != null) return "[Errno " + errno.str() + "] " + strerror.str();
        return null;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** The OSError subclass CPython picks for an errno (Linux numbers), or null. */
    static PyType subclassForErrno(long errno) {
        if (errno < 0 || errno > 1000) return null;
        return switch ((int) errno) {
            case 11, 114, 115 -> PyExc.BlockingIOError;
            case 10 -> PyExc.ChildProcessError;
            case 32, 108 -> PyExc.BrokenPipeError;
            case 103 -> PyExc.ConnectionAbortedError;
            case 111 -> PyExc.ConnectionRefusedError;
            case 104 -> PyExc.ConnectionResetError;
            case 17 -> PyExc.FileExistsError;
            case 2 -> PyExc.FileNotFoundError;
            case 21 -> PyExc.IsADirectoryError;
            case 20 -> PyExc.NotADirectoryError;
            case 4 -> PyExc.InterruptedError;
            case 13, 1 -> PyExc.PermissionError;
            case 3 -> PyExc.ProcessLookupError;
            case 110 -> PyExc.TimeoutError;
            default -> null;
        };
    }
}
