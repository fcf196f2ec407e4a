package dev.taipan.runtime;

import dev.taipan.ast.Operator;
import java.math.BigInteger;

/** Installs the methods of int and bool (float's are in FloatMethods): the constructor, conversions, rounding, bytes and the operator dunders. */
public final class NumberMethods {
    private NumberMethods() {}

    static final Operator[] INT_OPS = {Operator.ADD, Operator.SUB, Operator.MUL, Operator.DIV, Operator.FLOORDIV, Operator.MOD,
        Operator.POW, Operator.LSHIFT, Operator.RSHIFT, Operator.BITAND, Operator.BITOR, Operator.BITXOR};

    private static PyInt self(PyObject o) {
        return (PyInt) o;
    }

    /** The value of an int (or subclass, or bool) as an exact int. */
    static PyInt exact(PyObject o) {
        return NumberParse.exactInt((PyInt) o);
    }

    public static void install() {
        PyType t = PyInt.TYPE;
        t.staticNew(NumberMethods::newInt);
        for (Operator op : INT_OPS) {
            t.method1(op.dunder, (s, o) -> o instanceof PyInt oi ? IntMath.binary(op, exact(s), exact(oi)) : PyNotImplemented.NOT_IMPLEMENTED);
            t.method1(op.rdunder, (s, o) -> o instanceof PyInt oi ? IntMath.binary(op, exact(oi), exact(s)) : PyNotImplemented.NOT_IMPLEMENTED);
        }
        t.method("__pow__", (s, a, kw) -> pow(s, a, kw, false));
        t.method("__rpow__", (s, a, kw) -> pow(s, a, kw, true));
        t.method1("__divmod__", (s, o) -> o instanceof PyInt oi ? IntMath.divmod(self(s), oi) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method1("__rdivmod__", (s, o) -> o instanceof PyInt oi ? IntMath.divmod(oi, self(s)) : PyNotImplemented.NOT_IMPLEMENTED);
        for (CompareOp op : CompareOp.values()) {
            t.method1(op.dunder, (s, o) -> o instanceof PyInt ? exact(s).richCompare(o, op) : PyNotImplemented.NOT_IMPLEMENTED);
        }
        t.method0("__neg__", s -> IntMath.neg(exact(s)));
        t.method0("__pos__", NumberMethods::exact);
        t.method0("__abs__", s -> IntMath.abs(exact(s)));
        t.method0("__invert__", s -> IntMath.invert(exact(s)));
        t.method0("__bool__", s -> PyBool.of(s.isTrue()));
        t.method0("__int__", NumberMethods::exact);
        t.method0("__index__", NumberMethods::exact);
        t.method0("__trunc__", NumberMethods::exact);
        t.method0("__floor__", NumberMethods::exact);
        t.method0("__ceil__", NumberMethods::exact);
        t.method0("__float__", s -> new PyFloat(self(s).toDouble()));
        t.method("__round__", (s, a, kw) -> {
            StrMethods.noKw("int.__round__", kw);
            StrMethods.argCount("__round__", a, 0, 1);
            return round(exact(s), a.length == 0 ? PyNone.NONE : a[0]);
        });
        t.method0("__hash__", s -> PyInt.of(self(s).hashValue()));
        t.method0("__repr__", s -> PyStr.of(digits(self(s))));
        t.method1("__format__", (s, spec) -> {
            if (!(spec instanceof PyStr sp)) throw Errors.typeError("__format__() argument must be str, not " + spec.type().name);
            return PyStr.of(StrFormat.formatInt(self(s), sp.value));
        });
        t.method0("__getnewargs__", s -> PyTuple.of(exact(s)));
        t.method0("__sizeof__", s -> PyInt.of(28 + 4L * (self(s).toBig().abs().bitLength() / 30)));
        t.method0("bit_length", s -> PyInt.of(bitLength(self(s))));
        t.method0("bit_count", s -> PyInt.of(self(s).isBig() ? self(s).big.abs().bitCount() : bitCountAbs(self(s).value)));
        t.method0("as_integer_ratio", s -> PyTuple.of(exact(s), PyInt.of(1)));
        t.method0("conjugate", NumberMethods::exact);
        t.method0("is_integer", s -> PyBool.TRUE);
        t.getset("real", NumberMethods::exact);
        t.getset("imag", s -> PyInt.of(0));
        t.getset("numerator", NumberMethods::exact);
        t.getset("denominator", s -> PyInt.of(1));
        t.method("to_bytes", IntBytes::toBytes);
        t.define("from_bytes", new PyClassMethod(new PyBuiltin.Function("from_bytes", null, IntBytes::fromBytes)));
        installBool();
        FloatMethods.install();
    }

    private static void installBool() {
        PyType b = PyBool.TYPE;
        for (Operator op : new Operator[] {Operator.BITAND, Operator.BITOR, Operator.BITXOR}) {
            b.method1(op.dunder, (s, o) -> boolBinary((PyBool) s, op, o, false));
            b.method1(op.rdunder, (s, o) -> boolBinary((PyBool) s, op, o, true));
        }
        b.method0("__repr__", s -> PyStr.of(((PyBool) s).value ? "True" : "False"));
        b.method0("__invert__", s -> IntMath.invert(exact(s)));
    }

    /**
     * bool's own operators for PyBool.binaryOp: & | ^ of two bools give a bool; everything else is
     * int arithmetic (returns what PyInt.binaryOp returns).
     */
    public static PyObject boolBinary(PyBool self, Operator op, PyObject other, boolean reflected) {
        if (other instanceof PyBool ob && (op == Operator.BITAND || op == Operator.BITOR || op == Operator.BITXOR)) {
            boolean a = self.value, c = ob.value;
            return PyBool.of(switch (op) {
                case BITAND -> a & c;
                case BITOR -> a | c;
                default -> a ^ c;
            });
        }
        if (!(other instanceof PyInt oi)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyInt me = PyInt.of(self.value ? 1 : 0);
        return reflected ? IntMath.binary(op, exact(oi), me) : IntMath.binary(op, me, exact(oi));
    }

    static String digits(PyInt i) {
        return i.isBig() ? i.big.toString() : Long.toString(i.value);
    }

    static long bitLength(PyInt i) {
        if (i.isBig()) return i.big.abs().bitLength();
        long v = i.value;
        if (v == Long.MIN_VALUE) return 64;
        return 64 - Long.numberOfLeadingZeros(Math.abs(v));
    }

    private static long bitCountAbs(long v) {
        if (v == Long.MIN_VALUE) return 1;
        return Long.bitCount(Math.abs(v));
    }

    private static PyObject pow(PyObject s, PyObject[] a, String[] kw, boolean reflected) {
        StrMethods.noKw(reflected ? "int.__rpow__" : "int.__pow__", kw);
        StrMethods.argCount(reflected ? "__rpow__" : "__pow__", a, 1, 2);
        PyObject other = a[0];
        PyObject mod = a.length > 1 ? a[1] : PyNone.NONE;
        if (!(other instanceof PyInt oi)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyInt base = reflected ? exact(oi) : exact(s), exp = reflected ? exact(s) : exact(oi);
        if (mod == PyNone.NONE) return IntMath.pow(base, exp);
        if (!(mod instanceof PyInt mi)) return PyNotImplemented.NOT_IMPLEMENTED;
        return IntMath.powMod(base, exp, exact(mi));
    }

    /** round(i, ndigits) for an int: itself when ndigits is None or >= 0, else half-even to 10**-ndigits. */
    static PyInt round(PyInt i, PyObject ndigits) {
        if (ndigits == PyNone.NONE) return i;
        PyInt nd = Protocols.index(ndigits);
        if (nd.signum() >= 0) return i;
        if (nd.isBig() || nd.value < -400000) return PyInt.of(0);
        BigInteger pow = BigInteger.TEN.pow((int) -nd.value);
        BigInteger v = i.toBig();
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return PyInt.of(q.multiply(pow));
    }

    /** A double truncated to an int (int(3.7)), with CPython's errors for inf and nan. */
    static PyInt fromDouble(double d) {
        if (d > -9.2e18 && d < 9.2e18) return PyInt.of((long) d);
        return PyInt.of(PyFloat.toBigInteger(d));
    }

    // ---- the constructor ------------------------------------------------------------------------

    private static final String[] NEW_NAMES = {"x", "base"};

    private static PyObject newInt(PyType cls, PyObject[] args, String[] kw) {
        PyInt v;
        if (kw == null && args.length == 1) {
            v = NumberParse.intOf(args[0]);
        } else if (kw == null && args.length == 0) {
            v = PyInt.of(0);
        } else {
            PyObject[] p = StrMethods.clinic("int", args, kw, NEW_NAMES, 1, 0, 2, 0);
            if (p[1] == null) {
                v = p[0] == null ? PyInt.of(0) : NumberParse.intOf(p[0]);
            } else {
                if (p[0] == null) throw Errors.typeError("int() missing string argument");
                PyInt base = Protocols.index(p[1]);
                long b = base.isBig() ? -1 : base.value;
                v = NumberParse.intOf(p[0], b);
            }
        }
        if (cls == PyInt.TYPE) return v;
        return new PyIntSub(cls, v);
    }
}
