package dev.taipan.runtime;

import dev.taipan.ast.Operator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** int arithmetic with Python semantics: long fast paths, BigInteger on overflow, floor division and modulo. */
public final class IntMath {
    private IntMath() {}

    /** a OP b for two ints; NotImplemented never arises here. */
    public static PyObject binary(Operator op, PyInt a, PyInt b) {
        try {
            return binaryExact(op, a, b);
        } catch (ArithmeticException e) {
            // BigInteger's limit (about 2**(2**31) bits): CPython runs out of memory there
            throw new PyException(new PyBaseException(PyExc.MemoryError));
        }
    }

    private static PyObject binaryExact(Operator op, PyInt a, PyInt b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case DIV -> trueDiv(a, b);
            case FLOORDIV -> floorDiv(a, b);
            case MOD -> mod(a, b);
            case POW -> pow(a, b);
            case LSHIFT -> lshift(a, b);
            case RSHIFT -> rshift(a, b);
            case BITAND -> a.big == null && b.big == null ? PyInt.of(a.value & b.value) : PyInt.of(a.toBig().and(b.toBig()));
            case BITOR -> a.big == null && b.big == null ? PyInt.of(a.value | b.value) : PyInt.of(a.toBig().or(b.toBig()));
            case BITXOR -> a.big == null && b.big == null ? PyInt.of(a.value ^ b.value) : PyInt.of(a.toBig().xor(b.toBig()));
            case MATMUL -> PyNotImplemented.NOT_IMPLEMENTED;
        };
    }

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return PyInt.of(r);
        }
        return PyInt.of(a.toBig().add(b.toBig()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return PyInt.of(r);
        }
        return PyInt.of(a.toBig().subtract(b.toBig()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value;
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
        }
        return PyInt.of(a.toBig().multiply(b.toBig()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.toBig().divideAndRemainder(b.toBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) q = q.subtract(BigInteger.ONE);
        return PyInt.of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("integer modulo by zero");
        if (a.big == null && b.big == null) {
            if (b.value == -1) return PyInt.of(0);
            return PyInt.of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.toBig().mod(b.toBig().abs());
        if (b.signum() < 0 && r.signum() != 0) r = r.add(b.toBig());
        return PyInt.of(r);
    }

    public static PyTuple divmod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        return PyTuple.of(floorDiv(a, b), mod(a, b));
    }

    public static PyFloat trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("division by zero");
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return new PyFloat((double) a.value / (double) b.value);
        }
        BigDecimal q = new BigDecimal(a.toBig()).divide(new BigDecimal(b.toBig()), new MathContext(40, RoundingMode.HALF_EVEN));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflowError("integer division result too large for a float");
        return new PyFloat(d);
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double x = a.toDouble(), y = b.toDouble();
            if (x == 0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.pow(x, y));
        }
        if (a.big == null && b.big == null) {
            long base = a.value, e = b.value, result = 1;
            boolean overflow = false;
            while (e > 0) {
                if ((e & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base), lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                e >>= 1;
                if (e > 0) {
                    long hi = Math.multiplyHigh(base, base), lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    base = lo;
                }
            }
            if (!overflow) return PyInt.of(result);
        }
        if (b.big != null) {
            BigInteger x = a.toBig();
            if (x.equals(BigInteger.ONE)) return PyInt.of(1);
            if (x.signum() == 0) return PyInt.of(0);
            if (x.equals(BigInteger.ONE.negate())) return PyInt.of(b.big.testBit(0) ? -1 : 1);
            throw new PyException(new PyBaseException(PyExc.MemoryError));
        }
        if (b.value > Integer.MAX_VALUE || (double) a.toBig().bitLength() * b.value > Integer.MAX_VALUE) {
            throw new PyException(new PyBaseException(PyExc.MemoryError));
        }
        return PyInt.of(a.toBig().pow((int) b.value));
    }

    public static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
        BigInteger mod = m.toBig();
        BigInteger r;
        if (b.signum() < 0) {
            try {
                r = a.toBig().modInverse(mod.abs()).modPow(b.toBig().negate(), mod.abs());
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = a.toBig().modPow(b.toBig(), mod.abs());
        }
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return PyInt.of(r);
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (b.big != null) {
            if (a.signum() == 0) return PyInt.of(0);
            throw Errors.overflowError("too many digits in integer");
        }
        if (a.big == null && b.value < 63) {
            long x = a.value, r = x << b.value;
            if ((r >> b.value) == x) return PyInt.of(r);
        }
        return PyInt.of(a.toBig().shiftLeft((int) b.value));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (b.big != null || b.value >= 64 && a.big == null) return PyInt.of(a.signum() < 0 ? -1 : 0);
        if (a.big == null) return PyInt.of(a.value >> b.value);
        return PyInt.of(a.big.shiftRight((int) Math.min(b.value, Integer.MAX_VALUE)));
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) return PyInt.of(-a.value);
        return PyInt.of(a.toBig().negate());
    }

    public static PyInt abs(PyInt a) {
        return a.signum() < 0 ? neg(a) : (a instanceof PyBool ? PyInt.of(a.value) : a);
    }

    public static PyInt invert(PyInt a) {
        if (a.big == null) return PyInt.of(~a.value);
        return PyInt.of(a.big.not());
    }
}
