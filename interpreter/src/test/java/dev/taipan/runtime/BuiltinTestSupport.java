package dev.taipan.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A fresh interpreter state with builtins and sys, captured stdout/stderr and a given stdin, for the built-in tests. */
final class BuiltinTestSupport {
    final InterpState interp = new InterpState();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    BuiltinTestSupport(String stdin, Path cwd) {
        interp.stdoutStream = new PrintStream(out, false, StandardCharsets.UTF_8);
        interp.stderrStream = new PrintStream(err, false, StandardCharsets.UTF_8);
        interp.stdinStream = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        interp.cwd = cwd;
        ThreadState.attach(new ThreadState(interp));
        Bootstrap.installBuiltins(interp);
        interp.modules.putStr("sys", SysModule.create(interp));
    }

    String stdout() {
        interp.stdoutStream.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    PyObject builtin(String name) {
        PyObject f = interp.builtins.getStr(name);
        if (f == null) throw new AssertionError("no builtin " + name);
        return f;
    }

    PyObject call(String name, PyObject... args) {
        return builtin(name).call(args);
    }

    /** Calls builtin name with args whose last kw.length entries are keywords. */
    PyObject callKw(String name, PyObject[] args, String... kw) {
        return builtin(name).call(args, kw);
    }

    String repr(String name, PyObject... args) {
        return call(name, args).repr();
    }

    static String err(Runnable r) {
        try {
            r.run();
            return "no error";
        } catch (PyException e) {
            return e.getMessage();
        }
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyFloat f(double v) {
        return PyFloat.of(v);
    }

    static PyList list(PyObject... items) {
        return PyList.of(items);
    }

    static PyTuple tuple(PyObject... items) {
        return PyTuple.of(items);
    }

    static PyObject fn(String name, PyBuiltin.Body body) {
        return new PyBuiltin.Function(name, null, body);
    }

    /** A method that binds to instances as a Python function does. */
    static PyObject method(String name, PyBuiltin.MethodBody body) {
        return new PyBuiltin.Method(PyFunction.TYPE, name, body);
    }

    /** A class made as a class statement would (no frame: __module__ comes from ns). */
    static PyType cls(String name, PyType[] bases, Object... nameValues) {
        PyDict ns = new PyDict();
        ns.putStr("__module__", s("__main__"));
        for (int k = 0; k < nameValues.length; k += 2) ns.putStr((String) nameValues[k], (PyObject) nameValues[k + 1]);
        return TypeMethods.newClass(name, name, bases, ns, null);
    }
}
