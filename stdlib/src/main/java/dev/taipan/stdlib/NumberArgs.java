package dev.taipan.stdlib;

import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.Protocols;

/** Argument conversions and arity checks shared by the Java modules (math, time, _random, ...), with CPython's messages. */
final class NumberArgs {
    private NumberArgs() {}

    /** PyFloat_AsDouble: float, int, or anything with __float__ (or __index__); "must be real number, not X" otherwise. */
    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        PyObject m = o.type().lookup("__float__");
        if (m != null) {
            PyObject r = Call.callMethod(m, o);
            if (r instanceof PyFloat f) return f.value;
            throw Errors.typeError(o.type().name + ".__float__ returned non-float (type " + r.type().name + ")");
        }
        if (o.type().lookup("__index__") != null) return Protocols.index(o).toDouble();
        throw Errors.typeError("must be real number, not " + o.type().name);
    }

    /** operator.index(o) as a PyInt (exact int). */
    static PyInt index(PyObject o) {
        return Protocols.index(o);
    }

    /** Raises CPython's "f() takes exactly one argument (n given)" unless exactly one positional argument came. */
    static PyObject one(String qualname, PyObject[] args, String[] kwnames) {
        noKeywords(qualname, kwnames);
        if (args.length != 1) {
            throw Errors.typeError(qualname + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    static void noKeywords(String qualname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
    }

    /** "name expected N arguments, got M" style check (min..max positional, no keywords). */
    static void range(String name, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        int n = args.length;
        if (n >= min && n <= max) return;
        if (min == max) {
            throw Errors.typeError(name + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n < min) {
            throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    /** A float converted to int exactly (floor/ceil/trunc results), with CPython's errors for inf and nan. */
    static PyInt intFromDouble(double d) {
        if (d > -9.2e18 && d < 9.2e18) return PyInt.of((long) d);
        return PyInt.of(PyFloat.toBigInteger(d));
    }
}
