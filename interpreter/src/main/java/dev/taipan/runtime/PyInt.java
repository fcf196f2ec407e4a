package dev.taipan.runtime;

import java.math.BigInteger;

/**
 * int: arbitrary precision, held as a Java long while it fits (big == null) and as a BigInteger
 * otherwise. Arithmetic lives in IntMath; this class is the value and its identity protocols.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = new PyType("int", PyType.OBJECT, true, PyIntSub::allocate);
    private static final int CACHE_LOW = -256;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** 2**61 - 1, the modulus of Python's numeric hash. */
    public static final long HASH_MODULUS = (1L << 61) - 1;

    static {
        for (int i = CACHE_LOW; i <= CACHE_HIGH; i++) {
            CACHE[i - CACHE_LOW] = new PyInt(i);
        }
    }

    public final long value;
    /** Non-null only when the value does not fit in a long. */
    public final BigInteger big;
    /**
     * An exact int (not a bool, not an instance of a subclass) held in a long: what the evaluator's
     * fast paths take. A field, not a getClass() test: before the JIT has compiled them, the JVM's
     * bytecode interpreter makes each getClass() a native call.
     */
    public final boolean small;

    protected PyInt(long v) {
        this(v, null, true);
    }

    protected PyInt(BigInteger b) {
        this(0, b, false);
    }

    /** For bool and int subclasses: never small, whatever the value. */
    protected PyInt(long v, BigInteger b, boolean small) {
        this.value = v;
        this.big = b;
        this.small = small && b == null;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(b);
    }

    public static PyInt of(int v) {
        return of((long) v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final boolean isBig() {
        return big != null;
    }

    public final BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a long, raising OverflowError with msg when it does not fit. */
    public final long asLong(String msg) {
        if (big != null) throw Errors.overflowError(msg);
        return value;
    }

    /** The value as a Java int (for sizes and indices), raising OverflowError or IndexError. */
    public final int asInt() {
        if (big != null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return (int) value;
    }

    public final double toDouble() {
        if (big == null) return (double) value;
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflowError("int too large to convert to float");
        return d;
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** Python's hash of an int: the value modulo 2**61-1, keeping the sign; -1 becomes -2. */
    public final long hashValue() {
        long h;
        if (big == null) {
            if (value >= 0) {
                h = value % HASH_MODULUS;
            } else if (value == Long.MIN_VALUE) {
                h = -(BigInteger.valueOf(value).negate().mod(BigInteger.valueOf(HASH_MODULUS)).longValue());
            } else {
                h = -((-value) % HASH_MODULUS);
            }
        } else {
            long m = big.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
            h = big.signum() < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public long hash() {
        return hashValue();
    }

    @Override
    public boolean isTrue() {
        return big != null || value != 0;
    }

    @Override
    public String repr() {
        if (big == null) return Long.toString(value);
        if (big.bitLength() > 14000) checkStrDigits();
        return big.toString();
    }

    /** CPython refuses to convert ints of more than sys.get_int_max_str_digits() digits (4300 by default). */
    private void checkStrDigits() {
        int limit = NumberParse.maxStrDigits();
        if (limit <= 0) return;
        int digits = big.abs().toString().length();
        if (digits > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyInt o) {
            int c;
            if (big == null && o.big == null) {
                c = Long.compare(value, o.value);
            } else {
                c = toBig().compareTo(o.toBig());
            }
            return PyBool.of(op.test(c));
        }
        if (other instanceof PyFloat f) {
            return PyFloat.compareIntFloat(this, f.value, op);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Override
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        if (other instanceof PyInt o) {
            return reflected ? IntMath.binary(op, o, this) : IntMath.binary(op, this, o);
        }
        if (other instanceof PyFloat f) {
            double me = toDouble();
            return reflected ? FloatMath.binary(op, f.value, me) : FloatMath.binary(op, me, f.value);
        }
        return Ops.sequenceRepeatForInt(this, op, other, reflected);
    }

    @Override
    public PyObject unaryOp(dev.taipan.ast.UnaryOperator op) {
        return switch (op) {
            case NEG -> IntMath.neg(this);
            case POS -> this instanceof PyBool ? PyInt.of(value) : this;
            case INVERT -> IntMath.invert(this);
            case NOT -> PyBool.of(!isTrue());
        };
    }

    static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
