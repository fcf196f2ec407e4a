package dev.taipan.runtime;

/** The functions of the sys module: exit, the recursion limit, exc_info/exception, _getframe, the async generator hooks, getsizeof, displayhook and friends. */
final class SysFunctions {
    private SysFunctions() {}

    static void install(PyModule m, InterpState interp) {
        m.function("exit", (a, kw) -> {
            ArgParser.count("exit", a, kw, 0, 1);
            throw new PyException(a.length == 0 ? new PyBaseException(PyExc.SystemExit) : new PyBaseException(PyExc.SystemExit, a[0]));
        });
        m.function("getrecursionlimit", (a, kw) -> {
            ArgParser.count("getrecursionlimit", a, kw, 0, 0);
            return PyInt.of(interp.recursionLimit);
        });
        m.function("setrecursionlimit", (a, kw) -> {
            BuiltinFunctions.one("setrecursionlimit", a, kw);
            PyInt n = Protocols.index(a[0]);
            if (n.isBig() || n.value > Integer.MAX_VALUE || n.value < Integer.MIN_VALUE) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            int limit = (int) n.value;
            if (limit < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
            int depth = ThreadState.current().depth;
            if (limit <= depth) {
                throw Errors.of(PyExc.RecursionError, "cannot set the recursion limit to " + limit + " at the recursion depth " + depth
                        + ": the limit is too low");
            }
            interp.recursionLimit = limit;
            return PyNone.NONE;
        });
        m.function("exc_info", (a, kw) -> {
            ArgParser.count("exc_info", a, kw, 0, 0);
            PyBaseException e = ThreadState.current().handled;
            if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        });
        m.function("exception", (a, kw) -> {
            ArgParser.count("exception", a, kw, 0, 0);
            PyBaseException e = ThreadState.current().handled;
            return e == null ? PyNone.NONE : e;
        });
        m.function("_getframe", (a, kw) -> {
            ArgParser.count("_getframe", a, kw, 0, 1);
            int depth = a.length == 0 ? 0 : Protocols.index(a[0]).asInt();
            Frame f = ThreadState.current().frame;
            for (int k = 0; k < depth && f != null; k++) f = f.back;
            if (f == null) throw Errors.valueError("call stack is not deep enough");
            return f.asPython();
        });
        m.function("getdefaultencoding", (a, kw) -> constant("getdefaultencoding", a, kw, "utf-8"));
        m.function("getfilesystemencoding", (a, kw) -> constant("getfilesystemencoding", a, kw, "utf-8"));
        m.function("getfilesystemencodeerrors", (a, kw) -> constant("getfilesystemencodeerrors", a, kw, "surrogateescape"));
        m.function("intern", (a, kw) -> {
            BuiltinFunctions.one("intern", a, kw);
            if (a[0].getClass() != PyStr.class) throw Errors.typeError("intern() argument must be str, not " + a[0].type().name);
            return PyStr.intern((PyStr) a[0]);
        });
        m.function("is_finalizing", (a, kw) -> {
            ArgParser.count("is_finalizing", a, kw, 0, 0);
            return PyBool.FALSE;
        });
        double[] interval = {0.005};
        m.function("getswitchinterval", (a, kw) -> {
            ArgParser.count("getswitchinterval", a, kw, 0, 0);
            return PyFloat.of(interval[0]);
        });
        m.function("setswitchinterval", (a, kw) -> {
            BuiltinFunctions.one("setswitchinterval", a, kw);
            double v = a[0] instanceof PyFloat f ? f.value : Protocols.index(a[0]).toDouble();
            if (v <= 0) throw Errors.valueError("switch interval must be strictly positive");
            interval[0] = v;
            return PyNone.NONE;
        });
        m.function("get_int_max_str_digits", (a, kw) -> {
            ArgParser.noKeywords("sys.get_int_max_str_digits", kw);
            if (a.length != 0) throw Errors.typeError("sys.get_int_max_str_digits() takes no arguments (" + a.length + " given)");
            return PyInt.of(interp.intMaxStrDigits);
        });
        m.function("set_int_max_str_digits", (a, kw) -> {
            PyObject[] p = ArgParser.parse("set_int_max_str_digits", a, kw, new String[] {"maxdigits"}, 1, 1, 0);
            PyInt n = Protocols.index(p[0]);
            if (n.isBig() || n.value != 0 && (n.value <= 640 || n.value > Integer.MAX_VALUE)) {
                throw Errors.valueError("maxdigits must be 0 or larger than 640");
            }
            interp.intMaxStrDigits = (int) n.value;
            return PyNone.NONE;
        });
        m.function("set_asyncgen_hooks", (a, kw) -> {
            PyObject[] p = ArgParser.parse("set_asyncgen_hooks", a, kw, new String[] {"firstiter", "finalizer"}, 0, 2, 0);
            checkHook("finalizer", p[1]);
            checkHook("firstiter", p[0]);
            ThreadState ts = ThreadState.current();
            if (p[1] != null) ts.asyncgenFinalizer = p[1] == PyNone.NONE ? null : p[1];
            if (p[0] != null) ts.asyncgenFirstiter = p[0] == PyNone.NONE ? null : p[0];
            return PyNone.NONE;
        });
        m.function("get_asyncgen_hooks", (a, kw) -> {
            ArgParser.count("get_asyncgen_hooks", a, kw, 0, 0);
            ThreadState ts = ThreadState.current();
            return SysModule.ASYNCGEN_HOOKS.make(orNone(ts.asyncgenFirstiter), orNone(ts.asyncgenFinalizer));
        });
        m.function("set_coroutine_origin_tracking_depth", (a, kw) -> {
            PyObject[] p = ArgParser.parse("set_coroutine_origin_tracking_depth", a, kw, new String[] {"depth"}, 1, 1, 0);
            PyInt n = Protocols.index(p[0]);
            if (n.signum() < 0) throw Errors.valueError("depth must be >= 0");
            ThreadState.current().coroOriginDepth = n.isBig() ? Integer.MAX_VALUE : (int) Math.min(n.value, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        m.function("get_coroutine_origin_tracking_depth", (a, kw) -> {
            ArgParser.noKeywords("sys.get_coroutine_origin_tracking_depth", kw);
            if (a.length != 0) throw Errors.typeError("sys.get_coroutine_origin_tracking_depth() takes no arguments (" + a.length + " given)");
            return PyInt.of(ThreadState.current().coroOriginDepth);
        });
        m.function("getsizeof", (a, kw) -> {
            PyObject[] p = ArgParser.parse("getsizeof", a, kw, new String[] {"object", "default"}, 1, 2, 0);
            return PyInt.of(sizeOf(p[0]));
        });
        m.function("displayhook", (a, kw) -> {
            BuiltinFunctions.one("displayhook", a, kw);
            return displayhook(interp, a[0]);
        });
        m.put("__displayhook__", m.globals.getStr("displayhook"));
        m.function("excepthook", (a, kw) -> {
            ArgParser.noKeywords("excepthook", kw);
            if (a.length != 3) throw Errors.typeError("excepthook expected 3 arguments, got " + a.length);
            PyObject err = interp.sys.globals.getStr("stderr");
            if (err == null || err == PyNone.NONE) throw Errors.runtimeError("lost sys.stderr");
            // as CPython's: a value that is no exception is reported, not raised
            String text = a[1] instanceof PyBaseException value ? TracebackPrinter.format(value)
                    : "TypeError: print_exception(): Exception expected for value, " + a[1].type().name + " found\n";
            Call.invoke(err, "write", PyStr.of(text));
            return PyNone.NONE;
        });
        m.put("__excepthook__", m.globals.getStr("excepthook"));
    }

    /** sys.displayhook (the interactive prompt's echo): repr(value) on sys.stdout, remembered as builtins._; None is skipped. */
    private static PyObject displayhook(InterpState interp, PyObject value) {
        if (value == PyNone.NONE) return PyNone.NONE;
        interp.builtins.putStr("_", PyNone.NONE);
        String text = value.repr();
        PyObject out = interp.sys.globals.getStr("stdout");
        if (out == null || out == PyNone.NONE) throw Errors.runtimeError("lost sys.stdout");
        Call.invoke(out, "write", PyStr.of(text + "\n"));
        interp.builtins.putStr("_", value);
        return PyNone.NONE;
    }

    /** A hook given to set_asyncgen_hooks must be callable or None. */
    private static void checkHook(String name, PyObject hook) {
        if (hook != null && hook != PyNone.NONE && !Builtins.callable(hook)) {
            throw Errors.typeError("callable " + name + " expected, got " + hook.type().name);
        }
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyObject constant(String name, PyObject[] a, String[] kw, String value) {
        ArgParser.count(name, a, kw, 0, 0);
        return PyStr.of(value);
    }

    /** An approximation of CPython's sizes on a 64-bit build (Java objects have other sizes). */
    static long sizeOf(PyObject o) {
        if (o == PyNone.NONE) return 16;
        if (o instanceof PyBool) return 28;
        if (o instanceof PyInt i) return 24 + 4L * Math.max(1, (i.toBig().abs().bitLength() + 29) / 30);
        if (o instanceof PyFloat) return 24;
        if (o instanceof PyStr s) {
            int max = 0;
            for (int k = 0; k < s.value.length(); k++) max = Math.max(max, s.value.charAt(k));
            int n = s.length();
            if (max < 128) return 41 + n;
            if (max < 256) return 57 + n;
            return n == s.value.length() ? 58 + 2L * n : 76 + 4L * n;
        }
        if (o instanceof PyBytes b) return 33 + b.size();
        if (o instanceof PyByteArray b) return 57 + b.size();
        if (o instanceof PyTuple t) return 40 + 8L * t.size();
        if (o instanceof PyList l) return 56 + 8L * l.size;
        if (o instanceof PyDict d) return d.size() == 0 ? 64 : d.size() <= 5 ? 224 : d.size() <= 10 ? 352 : 64 + 50L * d.size();
        if (o instanceof PySet s) return s.len() <= 4 ? 216 : 216 + 64L * s.len();
        if (o instanceof PyType t) return t.builtin ? 928 : 1712;
        return 48;
    }
}
