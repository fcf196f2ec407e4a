package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.IntMath;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import java.math.BigInteger;

/** The integer functions of the math module: factorial, gcd, lcm, isqrt, comb and perm. */
final class MathIntegers {
    private MathIntegers() {}

    static void install(PyModule m) {
        m.function("factorial", (a, k) -> factorial(NumberArgs.one("math.factorial", a, k)));
        m.function("isqrt", (a, k) -> isqrt(NumberArgs.one("math.isqrt", a, k)));
        m.function("gcd", (a, k) -> {
            NumberArgs.noKeywords("gcd", k);
            return gcd(a);
        });
        m.function("lcm", (a, k) -> {
            NumberArgs.noKeywords("lcm", k);
            return lcm(a);
        });
        m.function("comb", (a, k) -> {
            NumberArgs.range("comb", a, k, 2, 2);
            return comb(a[0], a[1]);
        });
        m.function("perm", (a, k) -> {
            NumberArgs.range("perm", a, k, 1, 2);
            return perm(a[0], a.length > 1 ? a[1] : PyNone.NONE);
        });
    }

    static PyInt factorial(PyObject arg) {
        PyInt n = NumberArgs.index(arg);
        if (n.signum() < 0) throw Errors.valueError("factorial() not defined for negative values");
        if (n.isBig()) throw Errors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        long v = n.value;
        if (v <= 20) {
            long r = 1;
            for (int i = 2; i <= v; i++) r *= i;
            return PyInt.of(r);
        }
        if (v > Integer.MAX_VALUE) throw Errors.of(dev.taipan.runtime.PyExc.MemoryError, "");
        return PyInt.of(product(2, v));
    }

    /** The product of lo..hi by binary splitting (balanced multiplications are much faster). */
    static BigInteger product(long lo, long hi) {
        if (hi < lo) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            long acc = 1;
            for (long i = lo + 1; i <= hi; i++) {
                if (Math.multiplyHigh(acc, i) != 0 || acc * i < 0) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = i;
                } else {
                    acc *= i;
                }
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    static PyInt isqrt(PyObject arg) {
        PyInt n = NumberArgs.index(arg);
        if (n.signum() < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
        if (!n.isBig()) {
            long v = n.value;
            long r = (long) Math.sqrt((double) v);
            while (r * r > v || r > 3037000499L) r--;
            while ((r + 1) <= 3037000499L && (r + 1) * (r + 1) <= v) r++;
            return PyInt.of(r);
        }
        return PyInt.of(n.big.sqrt());
    }

    static PyInt gcd(PyObject[] args) {
        if (args.length == 0) return PyInt.of(0);
        PyInt r = IntMath.abs(NumberArgs.index(args[0]));
        for (int i = 1; i < args.length; i++) {
            PyInt x = NumberArgs.index(args[i]);
            if (r.value == 1 && !r.isBig()) continue;
            r = gcd2(r, x);
        }
        return r;
    }

    private static PyInt gcd2(PyInt a, PyInt b) {
        if (!a.isBig() && !b.isBig() && a.value != Long.MIN_VALUE && b.value != Long.MIN_VALUE) {
            long x = Math.abs(a.value), y = Math.abs(b.value);
            while (y != 0) {
                long t = x % y;
                x = y;
                y = t;
            }
            return PyInt.of(x);
        }
        return PyInt.of(a.toBig().gcd(b.toBig()));
    }

    static PyInt lcm(PyObject[] args) {
        if (args.length == 0) return PyInt.of(1);
        PyInt r = IntMath.abs(NumberArgs.index(args[0]));
        for (int i = 1; i < args.length; i++) {
            PyInt x = NumberArgs.index(args[i]);
            if (r.signum() == 0) continue;
            if (x.signum() == 0) {
                r = PyInt.of(0);
                continue;
            }
            PyInt g = gcd2(r, x);
            r = IntMath.abs(IntMath.mul(IntMath.floorDiv(r, g), x));
        }
        return r;
    }

    static PyInt comb(PyObject nObj, PyObject kObj) {
        PyInt n = NumberArgs.index(nObj), k = NumberArgs.index(kObj);
        if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (k.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        BigInteger nb = n.toBig(), kb = k.toBig();
        if (kb.compareTo(nb) > 0) return PyInt.of(0);
        BigInteger nk = nb.subtract(kb);
        if (nk.compareTo(kb) < 0) kb = nk;
        if (kb.bitLength() > 62) throw Errors.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        long kk = kb.longValue();
        if (!n.isBig() && n.value <= 60) {
            long r = 1, nv = n.value;
            for (long i = 1; i <= kk; i++) r = r * (nv - kk + i) / i;
            return PyInt.of(r);
        }
        return PyInt.of(fallingProduct(nb, kk).divide(product(1, kk)));
    }

    static PyInt perm(PyObject nObj, PyObject kObj) {
        if (kObj == PyNone.NONE) return factorial(nObj);
        PyInt n = NumberArgs.index(nObj), k = NumberArgs.index(kObj);
        if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (k.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        BigInteger nb = n.toBig(), kb = k.toBig();
        if (kb.compareTo(nb) > 0) return PyInt.of(0);
        if (kb.bitLength() > 62) throw Errors.overflowError("k must not exceed " + Long.MAX_VALUE);
        return PyInt.of(fallingProduct(nb, kb.longValue()));
    }

    /** n * (n-1) * ... * (n-k+1) */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (k == 0) return BigInteger.ONE;
        if (n.bitLength() < 62) {
            long nv = n.longValue();
            return product(nv - k + 1, nv);
        }
        return fallingBig(n, 0, k);
    }

    private static BigInteger fallingBig(BigInteger n, long from, long to) {
        if (to - from <= 8) {
            BigInteger r = BigInteger.ONE;
            for (long i = from; i < to; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            return r;
        }
        long mid = (from + to) >>> 1;
        return fallingBig(n, from, mid).multiply(fallingBig(n, mid, to));
    }
}
