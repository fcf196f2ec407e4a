package dev.taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** float: a Java double, printed exactly as CPython's repr (shortest round-trip digits). */
public class PyFloat extends PyObject {
    public static final PyType TYPE = new PyType("float", PyType.OBJECT, true, cls -> new PyFloat(0.0));

    public final double value;

    public PyFloat(double v) {
        this.value = v;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }

    @Override
    public String repr() {
        return repr(value);
    }

    /** CPython's repr of a double: shortest digits, exponent form when the point is far away. */
    public static String repr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0.0) return (1.0 / d < 0) ? "-0.0" : "0.0";
        String[] de = shortestDigits(d);
        String digits = de[0];
        int decpt = Integer.parseInt(de[1]);
        boolean neg = d < 0;
        StringBuilder sb = new StringBuilder();
        if (neg) sb.append('-');
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) sb.append('0');
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) sb.append('0');
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /**
     * The shortest decimal digits that round-trip to |d| and the decimal point position:
     * |d| == 0.DIGITS * 10**decpt. Uses Java's Double.toString (shortest since JDK 19).
     */
    public static String[] shortestDigits(double d) {
        String s = Double.toString(Math.abs(d));
        int e = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        if (frac.equals("0")) frac = "";
        String all = intPart + frac;
        int decpt = intPart.length() + exp;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
            decpt--;
        }
        all = all.substring(lead);
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') end--;
        all = all.substring(0, end);
        if (Math.abs(d) < 1e-300 && all.length() > 1) {
            // Double.toString keeps extra digits for subnormals (4.9E-324): find the shortest that round-trips
            double target = Math.abs(d);
            for (int k = 1; k < all.length(); k++) {
                java.math.BigDecimal bd = new java.math.BigDecimal("0." + all + "E" + decpt).round(new java.math.MathContext(k));
                if (bd.doubleValue() == target) return digitsOf(bd);
            }
        }
        return new String[] {all, Integer.toString(decpt)};
    }

    /** Digits and point position of a BigDecimal already rounded to the wanted precision. */
    private static String[] digitsOf(java.math.BigDecimal bd) {
        java.math.BigDecimal s = bd.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        int decpt = digits.length() - s.scale();
        return new String[] {digits, Integer.toString(decpt)};
    }

    @Override
    public long hash() {
        return hashDouble(value, this);
    }

    /** Python's numeric hash of a double (equal to the int hash for integral values). */
    public static long hashDouble(double v, PyObject self) {
        if (Double.isNaN(v)) return self.identityHash();
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return PyInt.of((long) v).hashValue();
        }
        if (v == Math.rint(v)) {
            return PyInt.of(new BigDecimal(v).toBigInteger()).hashValue();
        }
        // non-integral: CPython's algorithm over the binary expansion
        long mod = PyInt.HASH_MODULUS;
        int[] exp = new int[1];
        double m = frexp(Math.abs(v), exp);
        int e = exp[0];
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & mod) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= mod) x -= mod;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & mod) | (x >>> (61 - e));
        if (v < 0) x = -x;
        if (x == -1) x = -2;
        return x;
    }

    private static double frexp(double v, int[] exp) {
        if (v == 0) {
            exp[0] = 0;
            return 0;
        }
        int e = Math.getExponent(v) + 1;
        double m = v / Math.pow(2, e);
        if (Double.isInfinite(Math.pow(2, e)) || m == 0 || Double.isNaN(m)) {
            m = Math.scalb(v, -e);
        }
        while (m >= 1.0) {
            m /= 2;
            e++;
        }
        while (m < 0.5) {
            m *= 2;
            e--;
        }
        exp[0] = e;
        return m;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyFloat f) {
            double a = value, b = f.value;
            boolean r = switch (op) {
                case LT -> a < b;
                case LE -> a <= b;
                case EQ -> a == b;
                case NE -> a != b;
                case GT -> a > b;
                case GE -> a >= b;
            };
            return PyBool.of(r);
        }
        if (other instanceof PyInt i) {
            return compareIntFloat(i, value, op.swapped());
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** Compares int i with double d exactly (op applied as i OP d). */
    static PyObject compareIntFloat(PyInt i, double d, CompareOp op) {
        if (Double.isNaN(d)) {
            return PyBool.of(op == CompareOp.NE);
        }
        if (Double.isInfinite(d)) {
            return PyBool.of(op.test(d > 0 ? -1 : 1));
        }
        int c;
        if (!i.isBig() && Math.abs(i.value) < (1L << 53)) {
            c = Double.compare((double) i.value, d);
            if (c != 0 || (double) i.value == d) c = Double.compare((double) i.value, d);
            if ((double) i.value == d) c = 0;
        } else {
            BigDecimal bd = new BigDecimal(d);
            c = new BigDecimal(i.toBig()).compareTo(bd);
        }
        return PyBool.of(op.test(c));
    }

    @Override
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        double o;
        if (other instanceof PyFloat f) o = f.value;
        else if (other instanceof PyInt i) o = i.toDouble();
        else return PyNotImplemented.NOT_IMPLEMENTED;
        return reflected ? FloatMath.binary(op, o, value) : FloatMath.binary(op, value, o);
    }

    @Override
    public PyObject unaryOp(dev.taipan.ast.UnaryOperator op) {
        return switch (op) {
            case NEG -> new PyFloat(-value);
            case POS -> this;
            case INVERT -> null;
            case NOT -> PyBool.of(value == 0.0);
        };
    }

    public static BigInteger toBigInteger(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
        return new BigDecimal(d).toBigInteger();
    }
}
