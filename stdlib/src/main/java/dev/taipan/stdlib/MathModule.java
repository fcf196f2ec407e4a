package dev.taipan.stdlib;

import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** The math module: C99 floating-point functions with CPython's special cases and "math domain/range error" reporting. */
public final class MathModule implements NativeModule {

    @Override
    public String name() {
        return "math";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("math");
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));

        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "exp", GlibcExp::exp, true);
        unary(m, "exp2", GlibcExp::exp2, true);
        unary(m, "expm1", MathFdlibm::expm1, true);
        unary(m, "log1p", MathFdlibm::log1p, false);
        unary(m, "sin", Math::sin, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "asin", MathKernels::asin, false);
        unary(m, "acos", MathKernels::acos, false);
        unary(m, "atan", MathKernels::atan, false);
        unary(m, "sinh", MathKernels::sinh, true);
        unary(m, "cosh", MathKernels::cosh, true);
        unary(m, "tanh", StrictMath::tanh, false);
        unary(m, "asinh", MathKernels::asinh, false);
        unary(m, "acosh", MathKernels::acosh, false);
        unary(m, "atanh", MathKernels::atanh, false);
        unary(m, "cbrt", MathKernels::cbrt, false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "erf", MathErf::erf, false);
        unary(m, "erfc", MathErf::erfc, false);
        unary(m, "gamma", MathKernels::gamma, true);
        unary(m, "lgamma", MathKernels::lgamma, true);
        m.function("degrees", (a, k) -> new PyFloat(NumberArgs.toDouble(NumberArgs.one("math.degrees", a, k)) * (180.0 / Math.PI)));
        m.function("radians", (a, k) -> new PyFloat(NumberArgs.toDouble(NumberArgs.one("math.radians", a, k)) * (Math.PI / 180.0)));

        m.function("floor", (a, k) -> floor(NumberArgs.one("math.floor", a, k)));
        m.function("ceil", (a, k) -> ceil(NumberArgs.one("math.ceil", a, k)));
        m.function("trunc", (a, k) -> trunc(NumberArgs.one("math.trunc", a, k)));
        predicate(m, "isfinite", Double::isFinite);
        predicate(m, "isinf", Double::isInfinite);
        predicate(m, "isnan", Double::isNaN);

        m.function("log", MathModule::log);
        m.function("log2", (a, k) -> logHelper(NumberArgs.one("math.log2", a, k), MathKernels::log2, 1.0));
        m.function("log10", (a, k) -> logHelper(NumberArgs.one("math.log10", a, k), MathKernels::log10, Math.log10(2)));
        m.function("pow", (a, k) -> {
            NumberArgs.range("pow", a, k, 2, 2);
            return new PyFloat(pow(NumberArgs.toDouble(a[0]), NumberArgs.toDouble(a[1])));
        });
        binary(m, "atan2", MathKernels::atan2);
        binary(m, "copysign", Math::copySign);
        binary(m, "fmod", MathModule::fmod);
        binary(m, "remainder", MathModule::remainder);
        m.function("modf", (a, k) -> modf(NumberArgs.toDouble(NumberArgs.one("math.modf", a, k))));
        m.function("frexp", (a, k) -> {
            double x = NumberArgs.toDouble(NumberArgs.one("math.frexp", a, k));
            int[] e = new int[1];
            double mant = MathKernels.frexp(x, e);
            return PyTuple.of(new PyFloat(mant), PyInt.of(e[0]));
        });
        m.function("ldexp", (a, k) -> {
            NumberArgs.range("ldexp", a, k, 2, 2);
            return new PyFloat(ldexp(NumberArgs.toDouble(a[0]), a[1]));
        });
        m.function("fma", (a, k) -> {
            NumberArgs.range("fma", a, k, 3, 3);
            return new PyFloat(fma(NumberArgs.toDouble(a[0]), NumberArgs.toDouble(a[1]), NumberArgs.toDouble(a[2])));
        });
        m.function("nextafter", MathModule::nextafter);
        m.function("ulp", (a, k) -> new PyFloat(ulp(NumberArgs.toDouble(NumberArgs.one("math.ulp", a, k)))));
        MathIntegers.install(m);
        MathSums.install(m);
        return m;
    }

    // ---- registration helpers --------------------------------------------------------------

    /** A one-argument float function: NaN from a non-NaN argument is a domain error, inf from a finite one a range error. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        String qn = "math." + name;
        m.function(name, (a, k) -> {
            double x = NumberArgs.toDouble(NumberArgs.one(qn, a, k));
            return new PyFloat(checked(f.applyAsDouble(x), x, canOverflow));
        });
    }

    static double checked(double r, double x, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    private static void binary(PyModule m, String name, DoubleBinaryOperator f) {
        m.function(name, (a, k) -> {
            NumberArgs.range(name, a, k, 2, 2);
            double x = NumberArgs.toDouble(a[0]), y = NumberArgs.toDouble(a[1]);
            return new PyFloat(f.applyAsDouble(x, y));
        });
    }

    private interface DoublePredicate {
        boolean test(double d);
    }

    private static void predicate(PyModule m, String name, DoublePredicate p) {
        String qn = "math." + name;
        m.function(name, (a, k) -> PyBool.of(p.test(NumberArgs.toDouble(NumberArgs.one(qn, a, k)))));
    }

    static dev.taipan.runtime.PyException domainError() {
        return Errors.valueError("math domain error");
    }

    static dev.taipan.runtime.PyException rangeError() {
        return Errors.overflowError("math range error");
    }

    // ---- floor, ceil, trunc ----------------------------------------------------------------

    /** The user-defined special method name of o's type, or null when o's type is built-in or lacks it. */
    private static PyObject userSpecial(PyObject o, String name) {
        PyObject m = o.type().lookup(name);
        if (m == null || m instanceof PyBuiltin.Method) return null;
        return m;
    }

    static PyObject floor(PyObject o) {
        if (o.getClass() == PyFloat.class) return NumberArgs.intFromDouble(Math.floor(((PyFloat) o).value));
        PyObject m = userSpecial(o, "__floor__");
        if (m != null) return Call.callMethod(m, o);
        if (o instanceof PyInt i) return PyInt.of(i.toBig());
        return NumberArgs.intFromDouble(Math.floor(NumberArgs.toDouble(o)));
    }

    static PyObject ceil(PyObject o) {
        if (o.getClass() == PyFloat.class) return NumberArgs.intFromDouble(Math.ceil(((PyFloat) o).value));
        PyObject m = userSpecial(o, "__ceil__");
        if (m != null) return Call.callMethod(m, o);
        if (o instanceof PyInt i) return PyInt.of(i.toBig());
        return NumberArgs.intFromDouble(Math.ceil(NumberArgs.toDouble(o)));
    }

    static PyObject trunc(PyObject o) {
        if (o instanceof PyFloat f && userSpecial(o, "__trunc__") == null) {
            double d = f.value;
            return NumberArgs.intFromDouble(d < 0 ? Math.ceil(d) : Math.floor(d));
        }
        PyObject m = userSpecial(o, "__trunc__");
        if (m != null) return Call.callMethod(m, o);
        if (o instanceof PyInt i) return PyInt.of(i.toBig());
        throw Errors.typeError("type " + o.type().name + " doesn't define __trunc__ method");
    }

    // ---- logarithms ------------------------------------------------------------------------

    private static PyObject log(PyObject[] a, String[] k) {
        NumberArgs.range("log", a, k, 1, 2);
        double num = logValue(a[0], Math::log, Math.log(2));
        if (a.length == 1) return new PyFloat(num);
        double den = logValue(a[1], Math::log, Math.log(2));
        if (den == 0.0) throw Errors.zeroDivision("float division by zero");
        return new PyFloat(num / den);
    }

    private static PyObject logHelper(PyObject x, DoubleUnaryOperator f, double log2) {
        return new PyFloat(logValue(x, f, log2));
    }

    /** log of an int or float; ints too large for a float use mantissa and exponent, as CPython's loghelper does. */
    private static double logValue(PyObject x, DoubleUnaryOperator f, double logOf2) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) throw domainError();
            if (i.isBig() && i.big.bitLength() > 1000 && Double.isInfinite(i.big.doubleValue())) {
                int bits = i.big.bitLength();
                int shift = bits - 55;
                long top = i.big.shiftRight(shift).longValue();
                if (i.big.getLowestSetBit() < shift) top |= 1;
                double mant = Math.scalb((double) top, -55);
                return f.applyAsDouble(mant) + logOf2 * bits;
            }
        }
        double d = NumberArgs.toDouble(x);
        if (Double.isNaN(d)) return d;
        if (d <= 0) throw domainError();
        return f.applyAsDouble(d);
    }

    // ---- two-argument functions ---------------------------------------------------------------

    /** math.pow: C99 Annex F on the special values, errors for finite arguments with non-finite results. */
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) return y == 0.0 ? 1.0 : x;
            if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) return oddY ? x : Math.abs(x);
                if (y == 0) return 1.0;
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) return 1.0;
            if (y > 0 && Math.abs(x) > 1.0) return y;
            if (y < 0 && Math.abs(x) < 1.0) return -y;
            return 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) throw domainError();
        if (Double.isInfinite(r)) throw x == 0.0 ? domainError() : rangeError();
        return r;
    }

    static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) return x;
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domainError();
        return r;
    }

    static double remainder(double x, double y) {
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (Double.isInfinite(x) || y == 0.0) throw domainError();
        if (Double.isInfinite(y)) return x;
        return Math.IEEEremainder(x, y);
    }

    private static PyObject modf(double x) {
        if (Double.isInfinite(x)) return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
        if (Double.isNaN(x)) return PyTuple.of(new PyFloat(x), new PyFloat(x));
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
    }

    private static double ldexp(double x, PyObject exp) {
        if (!(exp instanceof PyInt e)) {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0.0 || !Double.isFinite(x)) return x;
        long n;
        if (e.isBig()) {
            n = e.signum() > 0 ? 100000 : -100000;
        } else {
            n = Math.max(-100000, Math.min(100000, e.value));
        }
        double r = Math.scalb(x, (int) n);
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    private static double fma(double x, double y, double z) {
        double r = Math.fma(x, y, z);
        if (Double.isFinite(r)) return r;
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) {
                throw Errors.valueError("invalid operation in fma");
            }
        } else if (Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
            throw Errors.overflowError("overflow in fma");
        }
        return r;
    }

    private static PyObject nextafter(PyObject[] a, String[] k) {
        PyObject[] v = dev.taipan.runtime.ArgParser.parse("nextafter", a, k, new String[] {"x", "y", "steps"}, 2, 2, 2);
        double x = NumberArgs.toDouble(v[0]), y = NumberArgs.toDouble(v[1]);
        if (v[2] == null || v[2] == PyNone.NONE) return new PyFloat(Math.nextAfter(x, y));
        PyInt steps = NumberArgs.index(v[2]);
        if (steps.signum() < 0) throw Errors.valueError("steps must be a non-negative integer");
        long n = steps.isBig() ? Long.MAX_VALUE : steps.value;
        double r = x;
        for (long i = 0; i < n; i++) {
            double next = Math.nextAfter(r, y);
            if (next == r || Double.isNaN(next)) return new PyFloat(next);
            r = next;
        }
        return new PyFloat(r);
    }

    private static double ulp(double x) {
        if (Double.isNaN(x)) return x;
        x = Math.abs(x);
        if (Double.isInfinite(x)) return x;
        double next = Math.nextUp(x);
        if (Double.isInfinite(next)) return x - Math.nextDown(x);
        return next - x;
    }
}
