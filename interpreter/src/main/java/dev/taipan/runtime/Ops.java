package dev.taipan.runtime;

import dev.taipan.ast.Operator;
import dev.taipan.ast.UnaryOperator;

/** Operator dispatch as CPython does it: reflected operands, subclass priority, NotImplemented, rich comparisons. */
public final class Ops {
    private Ops() {}

    // ---- binary operators ------------------------------------------------------------------

    /** One side's implementation: Java code for built-in types, dunder methods for user classes. */
    private static PyObject side(PyObject x, Operator op, PyObject y, boolean reflected) {
        if (x.type().builtin) return x.binaryOp(op, y, reflected);
        return binaryDunder(x, op, y, reflected);
    }

    static PyObject binaryDunder(PyObject x, Operator op, PyObject y, boolean reflected) {
        PyObject m = x.type().lookup(reflected ? op.rdunder : op.dunder);
        if (m == null || m == PyNone.NONE) return PyNotImplemented.NOT_IMPLEMENTED;
        if (m instanceof PyBuiltin.Method bm && bm.owner.builtin) {
            return x.binaryOp(op, y, reflected);
        }
        return Call.callMethod(m, x, y);
    }

    /** a OP b */
    public static PyObject binary(PyObject a, Operator op, PyObject b) {
        PyObject r = binaryOrNull(a, op, b);
        if (r != null) return r;
        if (op == Operator.POW) {
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().tpName() + "' and '" + b.type().tpName() + "'");
        }
        throw Errors.unsupported(op.symbol, a, b);
    }

    /** a OP b, or null when neither operand supports it. */
    private static PyObject binaryOrNull(PyObject a, Operator op, PyObject b) {
        PyType ta = a.type(), tb = b.type();
        PyObject r;
        if (ta != tb && tb.isSubtypeOf(ta) && !tb.builtin && overrides(tb, ta, op.rdunder)) {
            r = side(b, op, a, true);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            r = side(a, op, b, false);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        } else {
            r = side(a, op, b, false);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            if (ta != tb) {
                r = side(b, op, a, true);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            }
        }
        return null;
    }

    private static PyObject inplaceFallback(PyObject a, Operator op, PyObject b) {
        PyObject r = binaryOrNull(a, op, b);
        if (r != null) return r;
        throw Errors.unsupported(op.symbol + "=", a, b);
    }

    private static boolean overrides(PyType sub, PyType base, String name) {
        PyObject m = sub.lookup(name);
        return m != null && m != base.lookup(name);
    }

    /** a OP= b: the in-place dunder when the type has one, else the binary operator. */
    public static PyObject inplace(PyObject a, Operator op, PyObject b) {
        PyType ta = a.type();
        if (ta.builtin) {
            PyObject r = a.inplaceOp(op, b);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            return inplaceFallback(a, op, b);
        }
        PyObject m = ta.lookup(op.idunder);
        if (m != null && m != PyNone.NONE) {
            PyObject r = Call.callMethod(m, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        return inplaceFallback(a, op, b);
    }

    /** int * sequence: gives the sequence a chance (3 * [1]). */
    static PyObject sequenceRepeatForInt(PyInt i, Operator op, PyObject other, boolean reflected) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    static PyObject unaryDunder(PyObject x, UnaryOperator op) {
        String name = switch (op) {
            case NEG -> "__neg__";
            case POS -> "__pos__";
            case INVERT -> "__invert__";
            case NOT -> null;
        };
        if (name == null) return PyBool.of(!x.isTrue());
        PyObject m = x.type().lookup(name);
        if (m == null) return null;
        return Call.callMethod(m, x);
    }

    public static PyObject unary(UnaryOperator op, PyObject x) {
        if (op == UnaryOperator.NOT) return PyBool.of(!x.isTrue());
        PyObject r = x.type().builtin ? x.unaryOp(op) : unaryDunder(x, op);
        if (r == null) {
            throw Errors.typeError("bad operand type for unary " + op.symbol + ": '" + x.type().tpName() + "'");
        }
        return r;
    }

    // ---- comparisons -------------------------------------------------------------------------

    private static PyObject cmpSide(PyObject x, PyObject y, CompareOp op) {
        if (x.type().builtin) return x.richCompare(y, op);
        return richCompareDunder(x, y, op);
    }

    /** The dunder path for one direction of a comparison (user classes; object's defaults). */
    public static PyObject richCompareDunder(PyObject x, PyObject y, CompareOp op) {
        PyObject m = x.type().lookup(op.dunder);
        if (m == null || m == PyNone.NONE) return PyNotImplemented.NOT_IMPLEMENTED;
        if (m instanceof PyBuiltin.Method bm && bm.owner == PyType.OBJECT) {
            return objectCompare(x, y, op);
        }
        if (m instanceof PyBuiltin.Method bm && bm.owner.builtin && !(x instanceof PyInstance)) {
            return x.richCompare(y, op);
        }
        return Call.callMethod(m, x, y);
    }

    /** object.__eq__ and friends: identity for ==, the inverse of __eq__ for !=, NotImplemented otherwise. */
    public static PyObject objectCompare(PyObject x, PyObject y, CompareOp op) {
        if (op == CompareOp.EQ) return x == y ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
        if (op == CompareOp.NE) {
            PyObject eq = x.type().builtin ? x.richCompare(y, CompareOp.EQ) : richCompareDunder(x, y, CompareOp.EQ);
            if (eq == PyNotImplemented.NOT_IMPLEMENTED) return eq;
            return PyBool.of(!eq.isTrue());
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    public static PyObject identityCompare(PyObject x, PyObject y, CompareOp op) {
        if (op == CompareOp.EQ) return x == y ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
        if (op == CompareOp.NE) return x == y ? PyBool.FALSE : PyNotImplemented.NOT_IMPLEMENTED;
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** a OP b for a rich comparison, returning whatever the dunder returned. */
    public static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        PyType ta = a.type(), tb = b.type();
        PyObject r;
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && !tb.builtin && overrides(tb, ta, op.swapped().dunder);
        if (reflectedFirst) {
            r = cmpSide(b, a, op.swapped());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        r = cmpSide(a, b, op);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        if (!reflectedFirst) {
            r = cmpSide(b, a, op.swapped());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        if (op == CompareOp.EQ) return PyBool.of(a == b);
        if (op == CompareOp.NE) return PyBool.of(a != b);
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + ta.tpName() + "' and '" + tb.tpName() + "'");
    }

    /** == as containers use it: identity first, then __eq__. */
    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) return true;
        if (a instanceof PyInt x && b instanceof PyInt y && x.small && y.small) return x.value == y.value;
        if (a instanceof PyInt x && b instanceof PyInt y && a.getClass() == b.getClass() && a.getClass() == PyInt.class) {
            return x.toBig().equals(y.toBig());
        }
        if (a instanceof PyStr x && b instanceof PyStr y && a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return x.value.equals(y.value);
        }
        return compare(a, b, CompareOp.EQ).isTrue();
    }

    public static boolean lessThan(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.small && y.small) return x.value < y.value;
        return compare(a, b, CompareOp.LT).isTrue();
    }

    /** `a is b` */
    public static boolean is(PyObject a, PyObject b) {
        if (a == b) return true;
        // small ints and interned strings are shared in CPython; values of the same int compare identical there
        return false;
    }

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        return o.isTrue();
    }

    /** `x in container` */
    public static boolean contains(PyObject container, PyObject x) {
        return container.contains(x);
    }
}
