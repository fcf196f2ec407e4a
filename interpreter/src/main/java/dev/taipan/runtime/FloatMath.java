package dev.taipan.runtime;

import dev.taipan.ast.Operator;

/** float arithmetic with Python semantics (floor division and modulo signs, ZeroDivisionError, overflow). */
public final class FloatMath {
    private FloatMath() {}

    /** Converts an int or float operand to double, or returns NaN-tagged null via the boolean array. */
    public static PyObject binary(Operator op, double a, double b) {
        return switch (op) {
            case ADD -> new PyFloat(a + b);
            case SUB -> new PyFloat(a - b);
            case MUL -> new PyFloat(a * b);
            case DIV -> {
                if (b == 0.0) throw Errors.zeroDivision("float division by zero");
                yield new PyFloat(a / b);
            }
            case FLOORDIV -> {
                if (b == 0.0) throw Errors.zeroDivision("float floor division by zero");
                yield new PyFloat(floorDiv(a, b));
            }
            case MOD -> {
                if (b == 0.0) throw Errors.zeroDivision("float modulo by zero");
                yield new PyFloat(mod(a, b));
            }
            case POW -> pow(a, b);
            default -> PyNotImplemented.NOT_IMPLEMENTED;
        };
    }

    public static double mod(double a, double b) {
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) m += b;
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    public static double floorDiv(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0.0 && ((b < 0) != (m < 0))) div -= 1.0;
        if (div != 0.0) {
            double fl = Math.floor(div);
            if (div - fl > 0.5) fl += 1.0;
            return fl;
        }
        return Math.copySign(0.0, a / b);
    }

    public static PyObject pow(double a, double b) {
        if (a == 0.0 && b < 0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        if (a < 0 && b != Math.rint(b) && !Double.isInfinite(b)) {
            throw Errors.valueError("complex numbers are not supported by Taipan: negative number raised to a fractional power");
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Errors.of(PyExc.OverflowError, "(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    public static PyTuple divmod(double a, double b) {
        if (b == 0.0) throw Errors.zeroDivision("float divmod()");
        return PyTuple.of(new PyFloat(floorDiv(a, b)), new PyFloat(mod(a, b)));
    }
}
