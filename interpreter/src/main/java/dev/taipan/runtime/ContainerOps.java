package dev.taipan.runtime;

import dev.taipan.ast.Operator;

/**
 * The binary and in-place operators of list, tuple and dict (concatenation, repetition, dict
 * union), with CPython's sequence fallbacks: when neither operand's number slot answers, the
 * left sequence's concat/repeat raises "can only concatenate ..." / "can't multiply sequence ...".
 */
public final class ContainerOps {
    private ContainerOps() {}

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    // ---- list ------------------------------------------------------------------------------------

    /** list OP other (reflected: other OP list); NotImplemented when list has no such operator. */
    public static PyObject listBinary(PyList self, Operator op, PyObject other, boolean reflected) {
        if (op == Operator.ADD) {
            if (reflected) return NI;
            if (other instanceof PyList o) return listConcat(self, o);
            return fallback(self, op, other, "can only concatenate list (not \"" + other.type().name + "\") to list");
        }
        if (op == Operator.MUL) {
            if (!reflected && !other.type().builtin) {
                PyObject r = userReflected(self, op, other, true);
                if (r != null) return r;
            }
            PyObject n = Protocols.indexOrNull(other);
            if (n != null) return listRepeat(self, repeatCount(n));
            throw nonIntMultiplier(other);
        }
        return NI;
    }

    /** list OP= other; null when list has no in-place form of op. */
    public static PyObject listInplace(PyList self, Operator op, PyObject other) {
        if (op == Operator.ADD) {
            PyObject r = userReflected(self, op, other, false);
            if (r != null) return r;
            ListMethods.extend(self, other);
            return self;
        }
        if (op == Operator.MUL) {
            PyObject r = userReflected(self, op, other, false);
            if (r != null) return r;
            PyObject n = Protocols.indexOrNull(other);
            if (n == null) throw nonIntMultiplier(other);
            listRepeatInPlace(self, repeatCount(n));
            return self;
        }
        return null;
    }

    /** list + list (list.__add__ with a list argument). */
    public static PyList listConcat(PyList a, PyList b) {
        int n = a.size + b.size;
        PyObject[] items = new PyObject[Math.max(n, 1)];
        System.arraycopy(a.items, 0, items, 0, a.size);
        System.arraycopy(b.items, 0, items, a.size, b.size);
        return new PyList(items, n);
    }

    public static PyList listRepeat(PyList a, long count) {
        int size = a.size;
        if (count <= 0 || size == 0) return new PyList();
        int n = checkedSize(size, count);
        PyObject[] items = new PyObject[n];
        if (size == 1) {
            java.util.Arrays.fill(items, a.items[0]);
        } else {
            for (int k = 0; k < n; k += size) System.arraycopy(a.items, 0, items, k, size);
        }
        return new PyList(items, n);
    }

    static void listRepeatInPlace(PyList a, long count) {
        int size = a.size;
        if (count <= 0 || size == 0) {
            ListMethods.clear(a);
            return;
        }
        if (count == 1) return;
        int n = checkedSize(size, count);
        PyObject[] items = new PyObject[n];
        for (int k = 0; k < n; k += size) System.arraycopy(a.items, 0, items, k, size);
        a.items = items;
        a.size = n;
    }

    // ---- tuple -----------------------------------------------------------------------------------

    /** tuple OP other (reflected: other OP tuple); NotImplemented when tuple has no such operator. */
    public static PyObject tupleBinary(PyTuple self, Operator op, PyObject other, boolean reflected) {
        if (op == Operator.ADD) {
            if (reflected) return NI;
            if (other instanceof PyTuple o) return tupleConcat(self, o);
            return fallback(self, op, other, "can only concatenate tuple (not \"" + other.type().name + "\") to tuple");
        }
        if (op == Operator.MUL) {
            if (!reflected && !other.type().builtin) {
                PyObject r = userReflected(self, op, other, true);
                if (r != null) return r;
            }
            PyObject n = Protocols.indexOrNull(other);
            if (n != null) return tupleRepeat(self, repeatCount(n));
            throw nonIntMultiplier(other);
        }
        return NI;
    }

    public static PyTuple tupleConcat(PyTuple a, PyTuple b) {
        if (b.items.length == 0 && a.getClass() == PyTuple.class) return a;
        if (a.items.length == 0 && b.getClass() == PyTuple.class) return b;
        PyObject[] items = new PyObject[a.items.length + b.items.length];
        System.arraycopy(a.items, 0, items, 0, a.items.length);
        System.arraycopy(b.items, 0, items, a.items.length, b.items.length);
        return PyTuple.wrap(items);
    }

    public static PyTuple tupleRepeat(PyTuple a, long count) {
        int size = a.items.length;
        if (count <= 0 || size == 0) return PyTuple.EMPTY;
        if (count == 1 && a.getClass() == PyTuple.class) return a;
        int n = checkedSize(size, count);
        PyObject[] items = new PyObject[n];
        for (int k = 0; k < n; k += size) System.arraycopy(a.items, 0, items, k, size);
        return PyTuple.wrap(items);
    }

    // ---- dict ------------------------------------------------------------------------------------

    /** dict | other (reflected: other | dict); NotImplemented unless both are dicts. */
    public static PyObject dictBinary(PyDict self, Operator op, PyObject other, boolean reflected) {
        if (op != Operator.BITOR || !(other instanceof PyDict o)) return NI;
        PyDict left = reflected ? o : self;
        PyDict right = reflected ? self : o;
        PyDict result = DictMethods.plainCopy(left);
        DictMethods.updateFromArg(result, right);
        return result;
    }

    /** dict |= other (any mapping or iterable of pairs); null for other operators. */
    public static PyObject dictInplace(PyDict self, Operator op, PyObject other) {
        if (op != Operator.BITOR) return null;
        DictMethods.updateFromArg(self, other);
        return self;
    }

    // ---- shared ----------------------------------------------------------------------------------

    /** The repeat count of an __index__ result, as PyNumber_AsSsize_t with OverflowError. */
    static long repeatCount(PyObject index) {
        PyInt i = (PyInt) index;
        if (i.isBig()) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        return i.value;
    }

    private static int checkedSize(int size, long count) {
        if (count > (Integer.MAX_VALUE - 8) / size) throw new PyException(new PyBaseException(PyExc.MemoryError));
        return (int) (size * count);
    }

    static PyException nonIntMultiplier(PyObject other) {
        return Errors.typeError("can't multiply sequence by non-int of type '" + other.type().name + "'");
    }

    /**
     * A user-defined reflected operator on other (__radd__ / __rmul__ written in Python), which
     * CPython's number protocol tries before the sequence's own concat or repeat; null when
     * there is none or it returned NotImplemented, or when Ops.binary already tried it first
     * (afterOps: other's class derives from self's and overrides the reflected operator).
     */
    private static PyObject userReflected(PyObject self, Operator op, PyObject other, boolean afterOps) {
        PyType ts = self.type(), to = other.type();
        if (to.builtin) return null;
        PyObject m = to.lookup(op.rdunder);
        if (m == null || m == PyNone.NONE || m instanceof PyBuiltin.Method) return null;
        if (afterOps && to != ts && to.isSubtypeOf(ts) && m != ts.lookup(op.rdunder)) return null;
        PyObject r = Call.callMethod(m, other, self);
        return r == NI ? null : r;
    }

    private static PyObject fallback(PyObject self, Operator op, PyObject other, String concatMessage) {
        PyObject r = userReflected(self, op, other, true);
        if (r != null) return r;
        throw Errors.typeError(concatMessage);
    }
}
