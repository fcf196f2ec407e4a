package dev.taipan.stdlib;

import dev.taipan.ast.Operator;
import dev.taipan.ast.UnaryOperator;
import dev.taipan.runtime.CompareOp;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyNotImplemented;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.ThreadState;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The operator module: Python's operators as functions, plus itemgetter, attrgetter and methodcaller. */
public final class OperatorModule implements NativeModule {

    @Override
    public String name() {
        return "operator";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("operator");
        for (Operator op : Operator.values()) {
            String stem = op.dunder.substring(2, op.dunder.length() - 2);
            String name = switch (op) {
                case BITAND -> "and_";
                case BITOR -> "or_";
                default -> stem;
            };
            binary(m, name, stem, (a, b) -> Ops.binary(a, op, b));
            binary(m, "i" + stem, "i" + stem, (a, b) -> Ops.inplace(a, op, b));
        }
        for (CompareOp op : CompareOp.values()) {
            String name = op.dunder.substring(2, 4);
            binary(m, name, name, (a, b) -> Ops.compare(a, b, op));
        }
        unary(m, "neg", "neg", x -> Ops.unary(UnaryOperator.NEG, x));
        unary(m, "pos", "pos", x -> Ops.unary(UnaryOperator.POS, x));
        unary(m, "invert", "invert", x -> Ops.unary(UnaryOperator.INVERT, x));
        unary(m, "inv", "inv", x -> Ops.unary(UnaryOperator.INVERT, x));
        unary(m, "not_", "not", x -> PyBool.of(!x.isTrue()));
        unary(m, "truth", null, x -> PyBool.of(x.isTrue()));
        unary(m, "index", "index", Protocols::index);
        unary(m, "abs", "abs", x -> builtin("abs").call(x));
        binary(m, "is_", null, (a, b) -> PyBool.of(a == b));
        binary(m, "is_not", null, (a, b) -> PyBool.of(a != b));
        binary(m, "contains", "contains", (a, b) -> PyBool.of(a.contains(b)));
        binary(m, "getitem", "getitem", PyObject::getItem);
        binary(m, "delitem", "delitem", (a, b) -> {
            a.delItem(b);
            return PyNone.NONE;
        });
        binary(m, "concat", "concat", OperatorModule::concat);
        binary(m, "iconcat", "iconcat", (a, b) -> {
            requireSequence(a);
            return Ops.inplace(a, Operator.ADD, b);
        });
        binary(m, "countOf", null, OperatorModule::countOf);
        binary(m, "indexOf", null, OperatorModule::indexOf);
        PyBuiltin.Body setitem = (a, k) -> {
            fixed("setitem", a, k, 3);
            a[0].setItem(a[1], a[2]);
            return PyNone.NONE;
        };
        m.function("setitem", setitem);
        m.put("__setitem__", new PyBuiltin.Function("__setitem__", "_operator", setitem));
        m.function("length_hint", (a, k) -> {
            NumberArgs.range("length_hint", a, k, 1, 2);
            return PyInt.of(lengthHint(a[0], a.length > 1 ? NumberArgs.index(a[1]).asInt() : 0));
        });
        m.function("call", (a, k) -> {
            int npos = a.length - (k == null ? 0 : k.length);
            if (npos < 1) throw Errors.typeError("call() missing required argument 'obj' (pos 1)");
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return a[0].call(rest, k);
        });
        m.put("__call__", m.globals.getStr("call"));
        m.put("itemgetter", OperatorCallables.ITEMGETTER);
        m.put("attrgetter", OperatorCallables.ATTRGETTER);
        m.put("methodcaller", OperatorCallables.METHODCALLER);
        return m;
    }

    private static PyObject builtin(String name) {
        return ThreadState.current().interp.builtins.getStr(name);
    }

    private static void fixed(String name, PyObject[] a, String[] k, int n) {
        if (k != null && k.length > 0) throw Errors.typeError("_operator." + name + "() takes no keyword arguments");
        if (a.length != n) throw Errors.typeError(name + " expected " + n + " arguments, got " + a.length);
    }

    /** Registers f as name, and as __dunder__ too when dunder is not null. */
    private static void binary(PyModule m, String name, String dunder, BiFunction<PyObject, PyObject, PyObject> f) {
        m.function(name, (a, k) -> {
            fixed(name, a, k, 2);
            return f.apply(a[0], a[1]);
        });
        if (dunder != null) {
            String dn = "__" + dunder + "__";
            m.put(dn, new PyBuiltin.Function(dn, "_operator", (a, k) -> {
                fixed(dn, a, k, 2);
                return f.apply(a[0], a[1]);
            }));
        }
    }

    private static void unary(PyModule m, String name, String dunder, Function<PyObject, PyObject> f) {
        m.function(name, (a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("_operator." + name + "() takes no keyword arguments");
            if (a.length != 1) throw Errors.typeError("_operator." + name + "() takes exactly one argument (" + a.length + " given)");
            return f.apply(a[0]);
        });
        if (dunder != null) {
            String dn = "__" + dunder + "__";
            m.put(dn, new PyBuiltin.Function(dn, "_operator", (a, k) -> {
                if (a.length != 1) throw Errors.typeError("_operator." + dn + "() takes exactly one argument (" + a.length + " given)");
                return f.apply(a[0]);
            }));
        }
    }

    private static void requireSequence(PyObject a) {
        if (a.type().lookup("__getitem__") == null || a instanceof dev.taipan.runtime.PyDict) {
            throw Errors.typeError("'" + a.type().name + "' object can't be concatenated");
        }
    }

    static PyObject concat(PyObject a, PyObject b) {
        requireSequence(a);
        return Ops.binary(a, Operator.ADD, b);
    }

    static PyObject countOf(PyObject seq, PyObject x) {
        PyObject it = seq.iter();
        long n = 0;
        for (PyObject o = it.next(); o != null; o = it.next()) {
            if (o == x || Ops.eq(o, x)) n++;
        }
        return PyInt.of(n);
    }

    static PyObject indexOf(PyObject seq, PyObject x) {
        PyObject it = seq.iter();
        long n = 0;
        for (PyObject o = it.next(); o != null; o = it.next(), n++) {
            if (o == x || Ops.eq(o, x)) return PyInt.of(n);
        }
        throw Errors.valueError("sequence.index(x): x not in sequence");
    }

    /** PyObject_LengthHint: len() when defined, else __length_hint__, else the default. */
    static long lengthHint(PyObject o, long dflt) {
        if (o.type().lookup("__len__") != null || o instanceof dev.taipan.runtime.PyList || o instanceof dev.taipan.runtime.PyTuple
                || o instanceof dev.taipan.runtime.PyStr || o instanceof dev.taipan.runtime.PyDict) {
            try {
                return o.len();
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) throw e;
            }
        }
        PyObject hint = o.type().lookup("__length_hint__");
        if (hint == null) return dflt;
        PyObject r = hint.descrGet(o, o.type()).call();
        if (r == PyNotImplemented.NOT_IMPLEMENTED) return dflt;
        if (!(r instanceof PyInt ri)) {
            throw Errors.typeError("__length_hint__ must be an integer, not " + r.type().name);
        }
        if (ri.signum() < 0) throw Errors.valueError("__length_hint__() should return >= 0");
        return ri.asInt();
    }
}
