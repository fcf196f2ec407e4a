package dev.taipan.runtime;

import dev.taipan.ast.Operator;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Installs the methods of float: the constructor, rounding, hex/fromhex, as_integer_ratio and the operator dunders. */
final class FloatMethods {
    private FloatMethods() {}

    private static final Operator[] FLOAT_OPS = {Operator.ADD, Operator.SUB, Operator.MUL, Operator.DIV, Operator.FLOORDIV, Operator.MOD};

    private static double val(PyObject o) {
        return ((PyFloat) o).value;
    }

    /** True for the operands float arithmetic accepts: int (bool included) and float. */
    private static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    private static double num(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).toDouble();
    }

    static void install() {
        PyType t = PyFloat.TYPE;
        t.allocator = PyFloatSub::allocate;
        t.staticNew(FloatMethods::newFloat);
        for (Operator op : FLOAT_OPS) {
            t.method1(op.dunder, (s, o) -> isNumber(o) ? FloatMath.binary(op, val(s), num(o)) : PyNotImplemented.NOT_IMPLEMENTED);
            t.method1(op.rdunder, (s, o) -> isNumber(o) ? FloatMath.binary(op, num(o), val(s)) : PyNotImplemented.NOT_IMPLEMENTED);
        }
        t.method("__pow__", (s, a, kw) -> pow(s, a, kw, false));
        t.method("__rpow__", (s, a, kw) -> pow(s, a, kw, true));
        t.method1("__divmod__", (s, o) -> isNumber(o) ? FloatMath.divmod(val(s), num(o)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method1("__rdivmod__", (s, o) -> isNumber(o) ? FloatMath.divmod(num(o), val(s)) : PyNotImplemented.NOT_IMPLEMENTED);
        for (CompareOp op : CompareOp.values()) {
            t.method1(op.dunder, (s, o) -> new PyFloat(val(s)).richCompare(o, op));
        }
        t.method0("__neg__", s -> new PyFloat(-val(s)));
        t.method0("__pos__", s -> exact(s));
        t.method0("__abs__", s -> new PyFloat(Math.abs(val(s))));
        t.method0("__bool__", s -> PyBool.of(val(s) != 0.0));
        t.method0("__int__", s -> NumberMethods.fromDouble(val(s)));
        t.method0("__trunc__", s -> NumberMethods.fromDouble(val(s)));
        t.method0("__floor__", s -> NumberMethods.fromDouble(Math.floor(val(s))));
        t.method0("__ceil__", s -> NumberMethods.fromDouble(Math.ceil(val(s))));
        t.method0("__float__", FloatMethods::exact);
        t.method("__round__", (s, a, kw) -> {
            StrMethods.noKw("float.__round__", kw);
            StrMethods.argCount("__round__", a, 0, 1);
            return round(val(s), a.length == 0 ? PyNone.NONE : a[0]);
        });
        t.method0("__hash__", s -> PyInt.of(PyFloat.hashDouble(val(s), s)));
        t.method0("__repr__", s -> PyStr.of(PyFloat.repr(val(s))));
        t.method1("__format__", (s, spec) -> {
            if (!(spec instanceof PyStr sp)) throw Errors.typeError("__format__() argument must be str, not " + spec.type().name);
            return PyStr.of(StrFormat.formatFloat((PyFloat) s, sp.value));
        });
        t.method0("__getnewargs__", s -> PyTuple.of(exact(s)));
        t.define("__getformat__", new PyClassMethod(new PyBuiltin.Function("__getformat__", null, (a, kw) -> {
            PyObject arg = a.length > 1 ? a[1] : PyNone.NONE;
            if (!(arg instanceof PyStr k)) throw Errors.typeError("__getformat__() argument must be str, not " + arg.type().name);
            if (!k.value.equals("double") && !k.value.equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian");
        })));
        t.method0("is_integer", s -> PyBool.of(Double.isFinite(val(s)) && val(s) == Math.rint(val(s))));
        t.method0("as_integer_ratio", s -> integerRatio(val(s)));
        t.method0("conjugate", FloatMethods::exact);
        t.getset("real", FloatMethods::exact);
        t.getset("imag", s -> new PyFloat(0.0));
        t.method0("hex", s -> PyStr.of(hex(val(s))));
        t.define("fromhex", new PyClassMethod(new PyBuiltin.Function("fromhex", null, (a, kw) -> {
            StrMethods.noKw("float.fromhex", kw);
            if (a.length != 2) throw Errors.typeError(PyBuiltin.arityMessage("float.fromhex", 1, a.length - 1));
            if (!(a[1] instanceof PyStr hs)) throw Errors.typeError("bad argument type for built-in operation");
            PyFloat r = new PyFloat(fromHex(hs.value));
            PyType cls = (PyType) a[0];
            return cls == PyFloat.TYPE ? r : cls.call(r);
        })));
    }

    static PyFloat exact(PyObject s) {
        return s.getClass() == PyFloat.class ? (PyFloat) s : new PyFloat(val(s));
    }

    private static PyObject pow(PyObject s, PyObject[] a, String[] kw, boolean reflected) {
        StrMethods.noKw(reflected ? "float.__rpow__" : "float.__pow__", kw);
        StrMethods.argCount(reflected ? "__rpow__" : "__pow__", a, 1, 2);
        if (a.length > 1 && a[1] != PyNone.NONE) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (!isNumber(a[0])) return PyNotImplemented.NOT_IMPLEMENTED;
        return reflected ? FloatMath.pow(num(a[0]), val(s)) : FloatMath.pow(val(s), num(a[0]));
    }

    /** round(x) / round(x, ndigits) for a float. */
    static PyObject round(double x, PyObject ndigits) {
        if (ndigits == PyNone.NONE) {
            if (Double.isNaN(x)) throw Errors.valueError("cannot convert float NaN to integer");
            if (Double.isInfinite(x)) throw Errors.overflowError("cannot convert float infinity to integer");
            return NumberMethods.fromDouble(Math.rint(x));
        }
        PyInt nd = Protocols.index(ndigits);
        long n = nd.isBig() ? (nd.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE) : nd.value;
        return new PyFloat(FloatFormat.round(x, n));
    }

    static PyTuple integerRatio(double d) {
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert Infinity to integer ratio");
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert NaN to integer ratio");
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) return PyTuple.of(PyInt.of((long) d), PyInt.of(1));
        BigDecimal bd = new BigDecimal(d);
        BigInteger num = bd.unscaledValue();
        int scale = bd.scale();
        BigInteger den = BigInteger.ONE;
        if (scale > 0) {
            den = BigInteger.TEN.pow(scale);
        } else if (scale < 0) {
            num = num.multiply(BigInteger.TEN.pow(-scale));
        }
        BigInteger g = num.gcd(den);
        return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
    }

    /** float.hex(): 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<digits>p-1022. */
    static String hex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (d < 0 || (d == 0.0 && 1.0 / d < 0)) ? "-" : "";
        if (d == 0.0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(d);
        int rawExp = (int) ((bits >>> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        String lead = rawExp == 0 ? "0" : "1";
        int exp = rawExp == 0 ? -1022 : rawExp - 1023;
        String digits = String.format("%013x", mant);
        return sign + "0x" + lead + "." + digits + "p" + (exp < 0 ? "-" : "+") + Math.abs(exp);
    }

    private static PyException badHex() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }

    /** float.fromhex(s), correctly rounded half-even. */
    static double fromHex(String text) {
        String s = text.strip();
        int i = 0, n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String word = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (word.equals("inf") || word.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (word.equals("nan")) return Double.NaN;
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) i += 2;
        StringBuilder hex = new StringBuilder();
        int fracDigits = 0;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) hex.append(s.charAt(i++));
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
                hex.append(s.charAt(i++));
                fracDigits++;
            }
        }
        if (hex.length() == 0) throw badHex();
        long exp = 0;
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean eneg = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                eneg = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (exp < 1_000_000_000L) exp = exp * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start) throw badHex();
            if (eneg) exp = -exp;
        }
        if (i != n) throw badHex();
        BigInteger m = new BigInteger(hex.toString(), 16);
        double r = scale(m, exp - 4L * fracDigits);
        return neg ? -r : r;
    }

    /** m * 2**e rounded half-even to a double. */
    private static double scale(BigInteger m, long e) {
        if (m.signum() == 0) return 0.0;
        int len = m.bitLength();
        long top = len - 1 + e;
        if (top >= 1024) throw Errors.overflowError("hexadecimal value too large to represent as a float");
        if (top < -1076) return 0.0;
        int prec = top >= -1022 ? 53 : (int) (53 - (-1022 - top));
        int shift = len - prec;
        BigInteger q = m;
        if (shift > 0) {
            q = m.shiftRight(shift);
            BigInteger rem = m.subtract(q.shiftLeft(shift));
            int c = rem.shiftLeft(1).compareTo(BigInteger.ONE.shiftLeft(shift));
            if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        } else {
            shift = 0;
        }
        double r = Math.scalb(q.doubleValue(), (int) (e + shift));
        if (Double.isInfinite(r)) throw Errors.overflowError("hexadecimal value too large to represent as a float");
        return r;
    }

    private static PyObject newFloat(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError("float() takes no keyword arguments");
        StrMethods.argCount("float", args, 0, 1);
        PyFloat v = args.length == 0 ? new PyFloat(0.0) : NumberParse.floatOf(args[0]);
        if (cls == PyFloat.TYPE) return v;
        return new PyFloatSub(cls, v.value);
    }
}
