package dev.taipan.runtime;

/** Factory for the exceptions the runtime raises, with CPython's message texts. */
public final class Errors {
    private Errors() {}

    public static PyException of(PyType type, String msg) {
        return new PyException(new PyBaseException(type, PyStr.of(msg)));
    }

    public static PyException typeError(String msg) {
        return of(PyExc.TypeError, msg);
    }

    public static PyException valueError(String msg) {
        return of(PyExc.ValueError, msg);
    }

    public static PyException indexError(String msg) {
        return of(PyExc.IndexError, msg);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(PyExc.KeyError, key));
    }

    public static PyException attributeError(String msg) {
        return of(PyExc.AttributeError, msg);
    }

    /** "'int' object has no attribute 'foo'", with name and obj set as CPython does. */
    public static PyException noAttribute(PyObject obj, String name) {
        String msg;
        if (obj instanceof PyModule m) {
            msg = "module '" + m.name + "' has no attribute '" + name + "'";
        } else {
            msg = "'" + obj.type().tpName() + "' object has no attribute '" + name + "'";
        }
        PyBaseException e = new PyBaseException(PyExc.AttributeError, PyStr.of(msg));
        e.setSlot("name", PyStr.of(name));
        e.setSlot("obj", obj);
        return new PyException(e);
    }

    public static PyException nameError(String name) {
        PyBaseException e = new PyBaseException(PyExc.NameError, PyStr.of("name '" + name + "' is not defined"));
        e.setSlot("name", PyStr.of(name));
        return new PyException(e);
    }

    public static PyException unboundLocal(String name) {
        PyBaseException e = new PyBaseException(PyExc.UnboundLocalError,
                PyStr.of("cannot access local variable '" + name + "' where it is not associated with a value"));
        e.setSlot("name", PyStr.of(name));
        return new PyException(e);
    }

    public static PyException unboundFree(String name) {
        PyBaseException e = new PyBaseException(PyExc.NameError,
                PyStr.of("cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope"));
        e.setSlot("name", PyStr.of(name));
        return new PyException(e);
    }

    public static PyException overflowError(String msg) {
        return of(PyExc.OverflowError, msg);
    }

    public static PyException zeroDivision(String msg) {
        return of(PyExc.ZeroDivisionError, msg);
    }

    public static PyException runtimeError(String msg) {
        return of(PyExc.RuntimeError, msg);
    }

    public static PyException notImplemented(String msg) {
        return of(PyExc.NotImplementedError, msg);
    }

    public static PyException stopIteration(PyObject value) {
        PyBaseException e = value == null ? new PyBaseException(PyExc.StopIteration) : new PyBaseException(PyExc.StopIteration, value);
        return new PyException(e);
    }

    public static PyException osError(PyType type, int errno, String strerror, String filename) {
        PyBaseException e = new PyBaseException(type, PyInt.of(errno), PyStr.of(strerror));
        e.setField("errno", e.args.get(0));
        e.setField("strerror", e.args.get(1));
        if (filename != null) e.setField("filename", PyStr.of(filename));
        return new PyException(e);
    }

    public static PyException recursionError() {
        return of(PyExc.RecursionError, "maximum recursion depth exceeded");
    }

    /** "unsupported operand type(s) for +: 'int' and 'str'" */
    public static PyException unsupported(String symbol, PyObject a, PyObject b) {
        return typeError("unsupported operand type(s) for " + symbol + ": '" + a.type().tpName() + "' and '" + b.type().tpName() + "'");
    }

    public static PyException notIterable(PyObject o) {
        return typeError("'" + o.type().tpName() + "' object is not iterable");
    }

    public static PyException notSubscriptable(PyObject o) {
        if (o instanceof PyType t) {
            return typeError("type '" + t.name + "' is not subscriptable");
        }
        return typeError("'" + o.type().tpName() + "' object is not subscriptable");
    }
}
