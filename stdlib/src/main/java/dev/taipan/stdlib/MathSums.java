package dev.taipan.stdlib;

import dev.taipan.ast.Operator;
import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.IntMath;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import java.math.BigDecimal;

/** The summing functions of the math module: fsum (exact), hypot and dist (CPython's vector norm), prod, sumprod, isclose. */
final class MathSums {
    private MathSums() {}

    static void install(PyModule m) {
        m.function("fsum", (a, k) -> new PyFloat(fsum(NumberArgs.one("math.fsum", a, k))));
        m.function("hypot", (a, k) -> {
            NumberArgs.noKeywords("hypot", k);
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) v[i] = Math.abs(NumberArgs.toDouble(a[i]));
            return new PyFloat(norm(v));
        });
        m.function("dist", (a, k) -> {
            NumberArgs.range("dist", a, k, 2, 2);
            PyObject[] p = Protocols.toArray(a[0]), q = Protocols.toArray(a[1]);
            if (p.length != q.length) throw Errors.valueError("both points must have the same number of dimensions");
            double[] v = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                v[i] = Math.abs(NumberArgs.toDouble(p[i]) - NumberArgs.toDouble(q[i]));
            }
            return new PyFloat(norm(v));
        });
        m.function("prod", MathSums::prod);
        m.function("sumprod", (a, k) -> {
            NumberArgs.range("sumprod", a, k, 2, 2);
            return sumprod(a[0], a[1]);
        });
        m.function("isclose", (a, k) -> {
            PyObject[] v = ArgParser.parse("isclose", a, k, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2, 0);
            double x = NumberArgs.toDouble(v[0]), y = NumberArgs.toDouble(v[1]);
            double rel = v[2] == null ? 1e-09 : NumberArgs.toDouble(v[2]);
            double abs = v[3] == null ? 0.0 : NumberArgs.toDouble(v[3]);
            return PyBool.of(isclose(x, y, rel, abs));
        });
    }

    static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) throw Errors.valueError("tolerances must be non-negative");
        if (a == b) return true;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return false;
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    /** Shewchuk's exact partial sums, rounded half-even across partials at the end. */
    static double fsum(PyObject iterable) {
        PyObject it = iterable.iter();
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        for (PyObject item = it.next(); item != null; item = it.next()) {
            double x = NumberArgs.toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) throw Errors.overflowError("intermediate overflow in fsum");
                    if (Double.isInfinite(xsave)) infSum += xsave;
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) p = java.util.Arrays.copyOf(p, n * 2);
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) throw Errors.valueError("-inf + inf in fsum");
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                if (y == x - hi) hi = x;
            }
        }
        return hi;
    }

    /**
     * sqrt(sum(x*x)) for nonnegative coordinates: power-of-two scaling, exact squares by
     * Veltkamp-Dekker splitting, compensated summation, and a final differential correction of the
     * square root, which is how CPython gets results that are almost always correctly rounded.
     */
    static double norm(double[] v) {
        double max = 0.0;
        boolean nan = false;
        for (double x : v) {
            if (Double.isNaN(x)) nan = true;
            else if (x > max) max = x;
        }
        if (Double.isInfinite(max)) return max;
        if (nan) return Double.NaN;
        if (max == 0.0 || v.length <= 1) return max;
        int[] e = new int[1];
        MathKernels.frexp(max, e);
        final double split = 134217729.0;
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
        if (e[0] >= -1023) {
            double scale = Math.scalb(1.0, -e[0]);
            for (double x0 : v) {
                double x = x0 * scale;
                double t = x * split;
                double hi = t - (t - x);
                double lo = x - hi;
                double sq = hi * hi;
                double old = csum;
                csum += sq;
                frac1 += (old - csum) + sq;
                double cross = 2.0 * hi * lo;
                old = csum;
                csum += cross;
                frac2 += (old - csum) + cross;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double t = h * split;
            double hi = t - (t - h);
            double lo = h - hi;
            double x = -hi * hi;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            x = -2.0 * hi * lo;
            old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            x = -lo * lo;
            old = csum;
            csum += x;
            frac3 += (old - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        for (double x0 : v) {
            double x = x0 / max;
            x = x * x;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    private static PyObject prod(PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos != 1) throw Errors.typeError("prod() takes exactly 1 positional argument (" + npos + " given)");
        PyObject result = PyInt.of(1);
        for (int i = 0; i < nkw; i++) {
            if (!k[i].equals("start")) throw Errors.typeError("prod() got an unexpected keyword argument '" + k[i] + "'");
            result = a[npos + i];
        }
        PyObject it = a[0].iter();
        for (PyObject item = it.next(); item != null; item = it.next()) {
            result = multiply(result, item);
        }
        return result;
    }

    private static PyObject multiply(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return IntMath.mul((PyInt) a, (PyInt) b);
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value * ((PyFloat) b).value);
        }
        return Ops.binary(a, Operator.MUL, b);
    }

    private static boolean isPlainNumber(PyObject o) {
        return o.getClass() == PyFloat.class || o instanceof PyInt;
    }

    /** sum(p[i] * q[i]): exact for ints, correctly rounded for floats, Python's operators otherwise. */
    static PyObject sumprod(PyObject pObj, PyObject qObj) {
        PyObject pIt = pObj.iter(), qIt = qObj.iter();
        java.util.List<PyObject> ps = new java.util.ArrayList<>(), qs = new java.util.ArrayList<>();
        while (true) {
            PyObject x = pIt.next();
            PyObject y = qIt.next();
            if (x == null || y == null) {
                if (x != null || y != null) throw Errors.valueError("Inputs are not the same length");
                break;
            }
            ps.add(x);
            qs.add(y);
        }
        boolean allInt = true, allNumbers = true, anyFloat = false;
        for (int i = 0; i < ps.size(); i++) {
            PyObject x = ps.get(i), y = qs.get(i);
            if (!(x instanceof PyInt && y instanceof PyInt)) allInt = false;
            if (!isPlainNumber(x) || !isPlainNumber(y)) allNumbers = false;
            if (x instanceof PyFloat || y instanceof PyFloat) anyFloat = true;
        }
        if (allInt) {
            PyInt total = PyInt.of(0);
            for (int i = 0; i < ps.size(); i++) {
                total = IntMath.add(total, IntMath.mul((PyInt) ps.get(i), (PyInt) qs.get(i)));
            }
            return total;
        }
        if (allNumbers && anyFloat) {
            BigDecimal total = BigDecimal.ZERO;
            boolean special = false;
            double naive = 0.0;
            for (int i = 0; i < ps.size(); i++) {
                double x = NumberArgs.toDouble(ps.get(i)), y = NumberArgs.toDouble(qs.get(i));
                double prodD = x * y;
                naive += prodD;
                if (!Double.isFinite(prodD) || !Double.isFinite(x) || !Double.isFinite(y)) {
                    special = true;
                } else if (!special) {
                    total = total.add(new BigDecimal(x).multiply(new BigDecimal(y)));
                }
            }
            return new PyFloat(special ? naive : total.doubleValue());
        }
        PyObject total = PyInt.of(0);
        for (int i = 0; i < ps.size(); i++) {
            total = Ops.binary(total, Operator.ADD, Ops.binary(ps.get(i), Operator.MUL, qs.get(i)));
        }
        return total;
    }
}
