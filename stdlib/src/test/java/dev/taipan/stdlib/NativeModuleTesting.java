package dev.taipan.stdlib;

import dev.taipan.runtime.Bootstrap;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.ThreadState;
import java.math.BigInteger;
import java.util.function.Supplier;

/** Helpers for unit tests that drive Java modules through the runtime API and compare reprs with CPython's. */
final class NativeModuleTesting {
    private NativeModuleTesting() {}

    static PyModule load(NativeModule module) {
        InterpState interp = new InterpState();
        ThreadState.attach(new ThreadState(interp));
        Bootstrap.installBuiltins(interp);
        PyModule m = module.create(interp);
        interp.modules.putStr(module.name(), m);
        return m;
    }

    static PyObject i(long v) {
        return PyInt.of(v);
    }

    static PyObject big(String digits) {
        return PyInt.of(new BigInteger(digits));
    }

    static PyObject f(double v) {
        return new PyFloat(v);
    }

    static PyObject s(String v) {
        return PyStr.of(v);
    }

    static PyObject list(PyObject... items) {
        return PyList.of(items);
    }

    static PyObject tuple(PyObject... items) {
        return PyTuple.of(items);
    }

    static PyObject ints(long... v) {
        PyList l = new PyList();
        for (long x : v) l.append(PyInt.of(x));
        return l;
    }

    static PyObject call(PyObject module, String name, PyObject... args) {
        return module.getAttr(name).call(args);
    }

    static PyObject callKw(PyObject module, String name, PyObject[] args, String... kwnames) {
        return module.getAttr(name).call(args, kwnames);
    }

    /** The repr of the result, or "TypeName: message" when it raises, as a Python script would print them. */
    static String outcome(Supplier<PyObject> f) {
        try {
            return f.get().repr();
        } catch (PyException e) {
            return e.value.type().name + ": " + e.value.str();
        }
    }
}
