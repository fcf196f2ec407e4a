package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-ins that look at or run code and namespaces: getattr, setattr, hasattr, delattr,
 * vars, dir, globals, locals, exec, eval, compile, __import__, and the site's exit and quit.
 */
final class BuiltinIntrospection {
    private BuiltinIntrospection() {}

    static void install(InterpState interp, PyDict b) {
        BuiltinFunctions.fn(b, "getattr", (a, kw) -> {
            ArgParser.count("getattr", a, kw, 2, 3);
            String name = ObjectMethods.attrName(a[1]);
            if (a.length == 2) return a[0].getAttr(name);
            PyObject v = lookup(a[0], name);
            return v != null ? v : a[2];
        });
        BuiltinFunctions.fn(b, "hasattr", (a, kw) -> {
            ArgParser.count("hasattr", a, kw, 2, 2);
            return PyBool.of(lookup(a[0], ObjectMethods.attrName(a[1])) != null);
        });
        BuiltinFunctions.fn(b, "setattr", (a, kw) -> {
            ArgParser.count("setattr", a, kw, 3, 3);
            a[0].setAttr(ObjectMethods.attrName(a[1]), a[2]);
            return PyNone.NONE;
        });
        BuiltinFunctions.fn(b, "delattr", (a, kw) -> {
            ArgParser.count("delattr", a, kw, 2, 2);
            a[0].delAttr(ObjectMethods.attrName(a[1]));
            return PyNone.NONE;
        });
        BuiltinFunctions.fn(b, "vars", (a, kw) -> {
            ArgParser.count("vars", a, kw, 0, 1);
            if (a.length == 0) return locals();
            PyObject d = lookup(a[0], "__dict__");
            if (d == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
            return d;
        });
        BuiltinFunctions.fn(b, "dir", (a, kw) -> {
            ArgParser.count("dir", a, kw, 0, 1);
            return dir(a.length == 0 ? null : a[0]);
        });
        BuiltinFunctions.fn(b, "globals", (a, kw) -> {
            ArgParser.noKeywords("globals", kw);
            if (a.length != 0) throw Errors.typeError("globals() takes no arguments (" + a.length + " given)");
            Frame f = ThreadState.current().frame;
            return f == null ? new PyDict() : f.globals;
        });
        BuiltinFunctions.fn(b, "locals", (a, kw) -> {
            ArgParser.noKeywords("locals", kw);
            if (a.length != 0) throw Errors.typeError("locals() takes no arguments (" + a.length + " given)");
            return locals();
        });
        BuiltinFunctions.fn(b, "exec", (a, kw) -> run(a, kw, "exec"));
        BuiltinFunctions.fn(b, "eval", (a, kw) -> run(a, kw, "eval"));
        BuiltinFunctions.fn(b, "compile", BuiltinIntrospection::compile);
        BuiltinFunctions.fn(b, "__import__", BuiltinIntrospection::importFunction);
        b.putStr("exit", new Quitter("exit"));
        b.putStr("quit", new Quitter("quit"));
    }

    /** getattr(o, name, None) as CPython's _PyObject_LookupAttr: null when the lookup raises AttributeError. */
    static PyObject lookup(PyObject o, String name) {
        try {
            return o.lookupAttr(name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) return null;
            throw e;
        }
    }

    private static PyDict locals() {
        Frame f = ThreadState.current().frame;
        return f == null ? new PyDict() : FrameObject.localsOf(f);
    }

    private static PyObject dir(PyObject obj) {
        PyList names;
        if (obj == null) {
            names = locals().keyList();
        } else if (obj instanceof PyModule m && m.type().lookup("__dir__") instanceof PyBuiltin.Method bm && bm.owner == PyType.OBJECT) {
            PyObject custom = m.globals.getStr("__dir__");
            names = custom != null ? Protocols.toList(custom.call()) : m.globals.keyList();
        } else {
            PyObject m = obj.type().lookup("__dir__");
            if (m == null) throw Errors.typeError("object does not provide __dir__");
            names = Protocols.toList(Call.callMethod(m, obj));
        }
        Call.invoke(names, "sort");
        return names;
    }

    // ---- exec, eval, compile -------------------------------------------------------------------

    private static PyObject run(PyObject[] args, String[] kw, String mode) {
        PyObject[] a = ArgParser.parse(mode, args, kw, new String[] {"source", "globals", "locals", "closure"}, 1, 3, 1);
        if (a[3] != null && a[3] != PyNone.NONE) {
            throw Errors.typeError("closure can only be used when source is a code object");
        }
        PyObject globals = a[1] == null ? PyNone.NONE : a[1];
        PyObject locals = a[2] == null ? PyNone.NONE : a[2];
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            if (mode.equals("exec")) throw Errors.typeError("exec() globals must be a dict, not " + globals.type().name);
            throw Errors.typeError(globals.type().lookup("__getitem__") != null
                    ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        }
        if (locals != PyNone.NONE && locals.type().lookup("__getitem__") == null) throw Errors.typeError("locals must be a mapping");
        ThreadState ts = ThreadState.current();
        PyDict g;
        if (globals == PyNone.NONE) {
            Frame f = ts.frame;
            g = f != null ? f.globals : new PyDict();
            if (locals == PyNone.NONE) locals = f != null ? FrameObject.localsOf(f) : g;
        } else {
            g = (PyDict) globals;
            if (locals == PyNone.NONE) locals = g;
        }
        if (g.getStr("__builtins__") == null) g.putStr("__builtins__", ts.interp.builtins);
        PyObject src = a[0];
        String filename = "<string>";
        String runMode = mode;
        String text;
        if (src instanceof CompiledSource c) {
            text = c.source;
            filename = c.filename;
            runMode = c.mode;
        } else if (src instanceof Code) {
            throw Errors.notImplemented(mode + "() of a function's code object is not supported by Taipan");
        } else {
            text = sourceText(src, mode + "() arg 1 must be a string, bytes or code object");
            if (mode.equals("eval")) {
                int i = 0;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
                text = text.substring(i);
            }
        }
        InterpState.SourceRunner runner = ts.interp.sourceRunner;
        if (runner == null) throw Errors.notImplemented(mode + "() is not available in this interpreter");
        PyObject r = runner.run(text, filename, runMode, g, locals);
        return mode.equals("exec") ? PyNone.NONE : r;
    }

    private static String sourceText(PyObject src, String error) {
        if (src instanceof PyStr s) return s.value;
        if (src instanceof BytesLike bl) return StrCodec.decode(bl.array(), bl.size(), "utf-8", "strict");
        throw Errors.typeError(error);
    }

    private static PyObject compile(PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("compile", args, kw,
                new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3, 6, 0);
        String text = sourceText(a[0], "compile() arg 1 must be a string, bytes or AST object");
        String filename = BuiltinOpen.pathString(a[1]);
        if (!(a[2] instanceof PyStr m)) throw Errors.typeError("compile() argument 'mode' must be str, not " + a[2].type().name);
        String mode = m.value;
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (a[3] != null && (Protocols.index(a[3]).asLong("flags") & 0x400) != 0) {
            throw Errors.notImplemented("compile() to an AST is not supported by Taipan");
        }
        InterpState interp = ThreadState.current().interp;
        if (interp.sourceChecker != null) interp.sourceChecker.check(text, filename, mode.equals("eval") ? "eval" : "exec");
        return new CompiledSource(text, filename, mode);
    }

    /** What compile() returns: a code object that keeps its source and is compiled when exec or eval runs it. */
    static final class CompiledSource extends Code {
        final String source;
        final String mode;

        CompiledSource(String source, String filename, String mode) {
            super("<module>", "<module>", filename, source.split("\n", -1), 1, 0, 0, 0, false, false, new String[0], new int[0],
                    new int[0], Code.MODULE);
            this.source = source;
            this.mode = mode;
        }

        @Override
        public PyObject execute(PyFunction fn, Frame frame) {
            return ThreadState.current().interp.sourceRunner.run(source, filename, mode, frame.globals, frame.globals);
        }
    }

    // ---- __import__ ----------------------------------------------------------------------------

    private static PyObject importFunction(PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("__import__", args, kw, new String[] {"name", "globals", "locals", "fromlist", "level"}, 1, 5, 0);
        if (!(a[0] instanceof PyStr n)) throw Errors.typeError("module name must be a string");
        int level = a[4] == null ? 0 : Protocols.index(a[4]).asInt();
        if (level < 0) throw Errors.valueError("level must be >= 0");
        if (n.value.isEmpty() && level == 0) throw Errors.valueError("Empty module name");
        PyDict globals = a[1] instanceof PyDict d ? d : null;
        List<String> from = new ArrayList<>();
        if (a[3] != null && a[3] != PyNone.NONE) {
            PyObject it = a[3].iter();
            for (PyObject o = it.next(); o != null; o = it.next()) {
                if (!(o instanceof PyStr s)) throw Errors.typeError("Item in from list must be str, not " + o.type().name);
                from.add(s.value);
            }
        }
        InterpState.Importer importer = ThreadState.current().interp.importer;
        if (importer == null) throw Errors.of(PyExc.ImportError, "__import__ not found");
        return importer.importModule(n.value, globals, from.toArray(new String[0]), level);
    }

    /** exit and quit as the site module defines them: calling one raises SystemExit. */
    static final class Quitter extends PyObject {
        static final PyType TYPE = new PyType("Quitter", PyType.OBJECT, true, null).markFinal();
        private final String name;

        static {
            TYPE.module = "_sitebuiltins";
            TYPE.method("__call__", PyObject::call);
            TYPE.method0("__repr__", self -> PyStr.of(self.repr()));
        }

        Quitter(String name) {
            this.name = name;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject[] a = ArgParser.parse(name, args, kwnames, new String[] {"code"}, 0, 1, 0);
            PyBaseException e = a[0] == null ? new PyBaseException(PyExc.SystemExit) : new PyBaseException(PyExc.SystemExit, a[0]);
            throw new PyException(e);
        }

        @Override
        public String repr() {
            return "Use " + name + "() or Ctrl-D (i.e. EOF) to exit";
        }
    }
}
