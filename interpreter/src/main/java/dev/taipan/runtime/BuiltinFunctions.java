package dev.taipan.runtime;

/**
 * The builtins module of one interpreter: the type names, the exceptions, the constants, and
 * the built-in functions (the simple ones and print/input/iter/next here; the others in
 * BuiltinConversions, BuiltinReductions, BuiltinIntrospection and BuiltinOpen).
 */
public final class BuiltinFunctions {
    private BuiltinFunctions() {}

    /** Fills the builtins namespace of one interpreter. */
    public static void install(InterpState interp, PyDict builtins) {
        builtins.putStr("__name__", PyStr.of("builtins"));
        builtins.putStr("__doc__", PyStr.of("Built-in functions, types, exceptions, and other objects."));
        builtins.putStr("__debug__", PyBool.TRUE);
        builtins.putStr("None", PyNone.NONE);
        builtins.putStr("True", PyBool.TRUE);
        builtins.putStr("False", PyBool.FALSE);
        builtins.putStr("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        builtins.putStr("Ellipsis", PyNotImplemented.ELLIPSIS);
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyFloat.TYPE, PyBool.TYPE, PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE,
            PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.SET_TYPE, PySet.FROZENSET_TYPE, PyRange.TYPE, PySlice.TYPE,
            Iterators.ENUMERATE, Iterators.ZIP, Iterators.MAP, Iterators.FILTER, Iterators.REVERSED, PyProperty.TYPE,
            PyStaticMethod.TYPE, PyClassMethod.TYPE, PySuper.TYPE, PyMemoryView.TYPE};
        for (PyType t : types) builtins.putStr(t.name, t);
        for (PyType t : PyExc.ALL) builtins.putStr(t.name, t);
        builtins.putStr("EnvironmentError", PyExc.OSError);
        builtins.putStr("IOError", PyExc.OSError);

        fn(builtins, "complex", (a, kw) -> {
            throw Errors.notImplemented("complex numbers are not supported by Taipan");
        });
        fn(builtins, "print", BuiltinFunctions::print);
        fn(builtins, "input", BuiltinFunctions::input);
        fn(builtins, "open", BuiltinOpen::open);
        fn(builtins, "len", (a, kw) -> {
            one("len", a, kw);
            if (a[0] instanceof PyRange r) return r.length();
            return PyInt.of(a[0].len());
        });
        fn(builtins, "id", (a, kw) -> {
            one("id", a, kw);
            return PyInt.of(Ids.id(a[0]));
        });
        fn(builtins, "hash", (a, kw) -> {
            one("hash", a, kw);
            return PyInt.of(a[0].hash());
        });
        fn(builtins, "repr", (a, kw) -> {
            one("repr", a, kw);
            return PyStr.of(a[0].repr());
        });
        fn(builtins, "ascii", (a, kw) -> {
            one("ascii", a, kw);
            return PyStr.of(StrFormat.ascii(a[0]));
        });
        fn(builtins, "callable", (a, kw) -> {
            one("callable", a, kw);
            return PyBool.of(Builtins.callable(a[0]));
        });
        fn(builtins, "isinstance", (a, kw) -> {
            ArgParser.count("isinstance", a, kw, 2, 2);
            return PyBool.of(Builtins.isInstance(a[0], a[1]));
        });
        fn(builtins, "issubclass", (a, kw) -> {
            ArgParser.count("issubclass", a, kw, 2, 2);
            return PyBool.of(Builtins.isSubclass(a[0], a[1]));
        });
        fn(builtins, "iter", BuiltinFunctions::iter);
        fn(builtins, "next", BuiltinFunctions::next);
        fn(builtins, "aiter", (a, kw) -> {
            one("aiter", a, kw);
            return aiter(a[0]);
        });
        BuiltinConversions.install(builtins);
        BuiltinReductions.install(builtins);
        BuiltinIntrospection.install(interp, builtins);
    }

    static void fn(PyDict builtins, String name, PyBuiltin.Body body) {
        builtins.putStr(name, new PyBuiltin.Function(name, "builtins", body));
    }

    /** Checks that a built-in function got exactly one positional argument and no keywords. */
    static void one(String name, PyObject[] a, String[] kw) {
        ArgParser.noKeywords(name, kw);
        if (a.length != 1) throw Errors.typeError(name + "() takes exactly one argument (" + a.length + " given)");
    }

    // ---- the interpreter's standard streams, looked up in sys at call time ---------------------

    /** sys.stdout, sys.stderr or sys.stdin as the program currently has it (null when sys has none). */
    static PyObject sysStream(String name) {
        InterpState interp = ThreadState.current().interp;
        if (interp.sys != null) return interp.sys.globals.getStr(name);
        return switch (name) {
            case "stdout" -> interp.stdout;
            case "stderr" -> interp.stderr;
            default -> interp.stdin;
        };
    }

    private static void write(PyObject file, String s) {
        if (file instanceof PyTextIO t) {
            t.write(s);
        } else {
            file.getAttr("write").call(PyStr.of(s));
        }
    }

    // ---- print and input ------------------------------------------------------------------------

    static PyObject print(PyObject[] args, String[] kwnames) {
        int nkw = Call.kwCount(kwnames);
        int npos = args.length - nkw;
        PyObject sep = null, end = null, file = null, flush = null;
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[npos + k];
            switch (kwnames[k]) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v;
                default -> throw Errors.typeError("print() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
        }
        if (file == null || file == PyNone.NONE) {
            file = sysStream("stdout");
            if (file == null) throw Errors.runtimeError("lost sys.stdout");
            if (file == PyNone.NONE) return PyNone.NONE;
        }
        if (sep == PyNone.NONE) sep = null;
        if (sep != null && !(sep instanceof PyStr)) throw Errors.typeError("sep must be None or a string, not " + sep.type().name);
        if (end == PyNone.NONE) end = null;
        if (end != null && !(end instanceof PyStr)) throw Errors.typeError("end must be None or a string, not " + end.type().name);
        String sepS = sep == null ? " " : ((PyStr) sep).value;
        String endS = end == null ? "\n" : ((PyStr) end).value;
        if (file instanceof PyTextIO t) {
            // one write when every piece converts: the same output, fewer encoder passes
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) sb.append(sepS);
                try {
                    sb.append(args[i] instanceof PyStr s && s.getClass() == PyStr.class ? s.value : args[i].str());
                } catch (PyException e) {
                    t.write(sb.toString());
                    throw e;
                }
            }
            t.write(sb.append(endS).toString());
        } else {
            for (int i = 0; i < npos; i++) {
                if (i > 0) write(file, sepS);
                write(file, args[i].str());
            }
            write(file, endS);
        }
        if (flush != null && flush.isTrue()) Call.invoke(file, "flush");
        return PyNone.NONE;
    }

    static PyObject input(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("input", kwnames);
        if (args.length > 1) throw Errors.typeError("input expected at most 1 argument, got " + args.length);
        PyObject in = sysStream("stdin");
        PyObject out = sysStream("stdout");
        if (in == null || in == PyNone.NONE) throw Errors.runtimeError("input(): lost sys.stdin");
        if (out == null || out == PyNone.NONE) throw Errors.runtimeError("input(): lost sys.stdout");
        PyObject err = sysStream("stderr");
        if (err != null && err != PyNone.NONE) {
            try {
                Call.invoke(err, "flush");
            } catch (PyException ignored) {
                // as CPython: a failing stderr flush does not stop input()
            }
        }
        if (args.length == 1) write(out, args[0].str());
        Call.invoke(out, "flush");
        String line;
        if (in instanceof PyTextIO t) {
            line = t.readline(-1);
        } else {
            PyObject r = Call.invoke(in, "readline");
            if (!(r instanceof PyStr s)) throw Errors.typeError("object.readline() returned non-string");
            line = s.value;
        }
        if (line.isEmpty()) throw Errors.of(PyExc.EOFError, "EOF when reading a line");
        if (line.endsWith("\n")) line = line.substring(0, line.length() - 1);
        return PyStr.of(line);
    }

    // ---- iteration ------------------------------------------------------------------------------

    static PyObject iter(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("iter", kwnames);
        if (args.length == 0) throw Errors.typeError("iter expected at least 1 argument, got 0");
        if (args.length > 2) throw Errors.typeError("iter expected at most 2 arguments, got " + args.length);
        if (args.length == 1) return args[0].iter();
        if (!Builtins.callable(args[0])) throw Errors.typeError("iter(v, w): v must be callable");
        return new CallableIterator(args[0], args[1]);
    }

    static PyObject next(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("next", kwnames);
        if (args.length == 0) throw Errors.typeError("next expected at least 1 argument, got 0");
        if (args.length > 2) throw Errors.typeError("next expected at most 2 arguments, got " + args.length);
        PyObject it = args[0];
        PyObject m = it.type().lookup("__next__");
        if (m != null) {
            // through __next__, so that a generator's StopIteration keeps its value
            try {
                return Call.callMethod(m, it);
            } catch (PyException e) {
                if (args.length == 2 && e.matches(PyExc.StopIteration)) return args[1];
                throw e;
            }
        }
        PyObject v = it.next();
        if (v != null) return v;
        if (args.length == 2) return args[1];
        throw Errors.stopIteration(null);
    }

    static PyObject aiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null) throw Errors.typeError("'" + o.type().name + "' object is not an async iterable");
        PyObject it = Call.callMethod(m, o);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '" + it.type().name + "'");
        }
        return it;
    }

    /** iter(callable, sentinel): calls the callable until it returns the sentinel. */
    public static final class CallableIterator extends PyObject {
        public static final PyType TYPE = new PyType("callable_iterator", PyType.OBJECT, true, null).markFinal();
        private PyObject callable;
        private final PyObject sentinel;

        static {
            TYPE.method0("__iter__", self -> self);
            TYPE.method0("__next__", self -> {
                PyObject v = self.next();
                if (v == null) throw Errors.stopIteration(null);
                return v;
            });
        }

        CallableIterator(PyObject callable, PyObject sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (callable == null) return null;
            PyObject v;
            try {
                v = callable.call();
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (v == sentinel || Ops.eq(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }
}
