package dev.taipan.stdlib;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Double-double arithmetic (about 106 bits) for the math functions that glibc rounds correctly
 * or nearly so (atan, asin, acos, atan2, log2): the result is computed to far more than double
 * precision and rounded once, so it matches the C library's result.
 */
final class DoubleDouble {
    final double hi;
    final double lo;

    private DoubleDouble(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final DoubleDouble PI;
    private static final DoubleDouble PI_2;
    private static final DoubleDouble INV_LN2;
    /** atan(j/64) for j = 0..64. */
    private static final DoubleDouble[] ATAN_TABLE = new DoubleDouble[65];
    /** 1/(2n+1) for the odd power series. */
    private static final DoubleDouble[] INV_ODD = new DoubleDouble[40];

    static {
        BigDecimal pi = bigAtanInv(5).multiply(BigDecimal.valueOf(16)).subtract(bigAtanInv(239).multiply(BigDecimal.valueOf(4)));
        PI = of(pi);
        PI_2 = of(pi.divide(BigDecimal.valueOf(2), MC));
        BigDecimal ln2 = bigAtanhInv(3).multiply(BigDecimal.valueOf(2));
        INV_LN2 = of(BigDecimal.ONE.divide(ln2, MC));
        for (int j = 0; j <= 64; j++) {
            ATAN_TABLE[j] = of(bigAtan(BigDecimal.valueOf(j).divide(BigDecimal.valueOf(64), MC)));
        }
        for (int n = 0; n < INV_ODD.length; n++) {
            INV_ODD[n] = of(BigDecimal.ONE.divide(BigDecimal.valueOf(2L * n + 1), MC));
        }
    }

    private static DoubleDouble of(BigDecimal b) {
        double h = b.doubleValue();
        double l = b.subtract(new BigDecimal(h)).doubleValue();
        return new DoubleDouble(h, l);
    }

    /** atan(1/n) by its power series, to 60 digits. */
    private static BigDecimal bigAtanInv(int n) {
        return bigAtan(BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC));
    }

    private static BigDecimal bigAtan(BigDecimal x) {
        if (x.compareTo(new BigDecimal("0.5")) > 0) {
            // atan(x) = 2 atan(x / (1 + sqrt(1 + x^2)))
            BigDecimal r = BigDecimal.ONE.add(x.multiply(x)).sqrt(MC).add(BigDecimal.ONE);
            return bigAtan(x.divide(r, MC)).multiply(BigDecimal.valueOf(2));
        }
        BigDecimal x2 = x.multiply(x, MC), term = x, sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(58);
        for (int n = 0; term.abs().compareTo(eps) > 0; n++) {
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = (n % 2 == 0) ? sum.add(t) : sum.subtract(t);
            term = term.multiply(x2, MC);
        }
        return sum;
    }

    /** atanh(1/n) by its power series. */
    private static BigDecimal bigAtanhInv(int n) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC);
        BigDecimal x2 = x.multiply(x, MC), term = x, sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(58);
        for (int k = 0; term.compareTo(eps) > 0; k++) {
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), MC));
            term = term.multiply(x2, MC);
        }
        return sum;
    }

    // ---- arithmetic ----------------------------------------------------------------------------

    private static DoubleDouble quickTwoSum(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, b - (s - a));
    }

    private static DoubleDouble twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DoubleDouble(s, (a - (s - bb)) + (b - bb));
    }

    private static DoubleDouble twoProd(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    DoubleDouble add(DoubleDouble b) {
        DoubleDouble s = twoSum(hi, b.hi);
        DoubleDouble t = twoSum(lo, b.lo);
        DoubleDouble u = quickTwoSum(s.hi, s.lo + t.hi);
        return quickTwoSum(u.hi, u.lo + t.lo);
    }

    DoubleDouble add(double b) {
        DoubleDouble s = twoSum(hi, b);
        return quickTwoSum(s.hi, s.lo + lo);
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble sub(DoubleDouble b) {
        return add(b.negate());
    }

    DoubleDouble mul(DoubleDouble b) {
        DoubleDouble p = twoProd(hi, b.hi);
        return quickTwoSum(p.hi, p.lo + (hi * b.lo + lo * b.hi));
    }

    DoubleDouble mul(double b) {
        DoubleDouble p = twoProd(hi, b);
        return quickTwoSum(p.hi, p.lo + lo * b);
    }

    DoubleDouble div(DoubleDouble b) {
        double q1 = hi / b.hi;
        DoubleDouble r = sub(b.mul(q1));
        double q2 = r.hi / b.hi;
        r = r.sub(b.mul(q2));
        double q3 = r.hi / b.hi;
        return quickTwoSum(q1, q2).add(q3);
    }

    static DoubleDouble sqrt(DoubleDouble a) {
        if (a.hi <= 0) return new DoubleDouble(Math.sqrt(a.hi), 0);
        double s = Math.sqrt(a.hi);
        DoubleDouble r = a.sub(twoProd(s, s));
        return quickTwoSum(s, r.hi / (2 * s));
    }

    double value() {
        return hi + lo;
    }

    // ---- functions -------------------------------------------------------------------------------

    /** atan(t) for |t| <= 1/128 by its odd power series (terms past the 9th are below 2**-112). */
    private static DoubleDouble atanSmall(DoubleDouble t) {
        DoubleDouble t2 = t.mul(t);
        DoubleDouble sum = INV_ODD[10];
        for (int n = 9; n >= 0; n--) {
            DoubleDouble c = (n % 2 == 0) ? INV_ODD[n] : INV_ODD[n].negate();
            sum = sum.mul(t2).add(c);
        }
        return sum.mul(t);
    }

    /** atan of a double-double in [0, 1], reduced by the table of atan(j/64). */
    private static DoubleDouble atanUnit(DoubleDouble x) {
        int j = (int) Math.rint(x.hi * 64);
        if (j == 0) return atanSmall(x);
        double c = j / 64.0;
        DoubleDouble num = x.add(-c);
        DoubleDouble den = x.mul(c).add(1.0);
        return ATAN_TABLE[j].add(atanSmall(num.div(den)));
    }

    /** atan of a nonnegative double-double. */
    private static DoubleDouble atanPositive(DoubleDouble x) {
        if (x.hi <= 1.0) return atanUnit(x);
        DoubleDouble inv = new DoubleDouble(1.0, 0.0).div(x);
        return PI_2.sub(atanUnit(inv));
    }

    static double atan(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax < 0x1p-27) return x;
        if (ax > 0x1p60) return Math.copySign(PI_2.value(), x);
        double r = atanPositive(new DoubleDouble(ax, 0)).value();
        return Math.copySign(r, x);
    }

    static double asin(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax > 1) return Double.NaN;
        if (ax < 0x1p-26) return x;
        if (ax == 1) return Math.copySign(PI_2.value(), x);
        // asin(a) = atan(a / sqrt((1 - a)(1 + a)))
        DoubleDouble oneMinus = twoSum(1.0, -ax);
        DoubleDouble onePlus = twoSum(1.0, ax);
        DoubleDouble root = sqrt(oneMinus.mul(onePlus));
        DoubleDouble r = atanPositive(new DoubleDouble(ax, 0).div(root));
        return Math.copySign(r.value(), x);
    }

    static double acos(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax > 1) return Double.NaN;
        if (x == 1) return 0.0;
        if (x == -1) return PI.value();
        // acos(x) = 2 atan(sqrt((1 - x) / (1 + x)))
        DoubleDouble oneMinus = twoSum(1.0, -x);
        DoubleDouble onePlus = twoSum(1.0, x);
        DoubleDouble t = sqrt(oneMinus.div(onePlus));
        return atanPositive(t).mul(2.0).value();
    }

    /** atan2 of finite, nonzero-y arguments (the special cases are handled by the caller). */
    static double atan2(double y, double x) {
        if (x == 0.0) return Math.copySign(PI_2.value(), y);
        double ay = Math.abs(y), ax = Math.abs(x);
        DoubleDouble a;
        if (ay <= ax) {
            DoubleDouble q = quotient(ay, ax);
            if (q == null) {
                a = new DoubleDouble(ay / ax, 0);
            } else {
                a = atanUnit(q);
            }
        } else {
            DoubleDouble q = quotient(ax, ay);
            a = q == null ? PI_2 : PI_2.sub(atanUnit(q));
        }
        if (x < 0) a = PI.sub(a);
        return Math.copySign(a.value(), y);
    }

    /** n/d (0 <= n <= d) as a double-double, or null when it underflows below 2**-900. */
    private static DoubleDouble quotient(double n, double d) {
        int en = Math.getExponent(n), ed = Math.getExponent(d);
        if (en - ed < -900) return null;
        // scale both into the normal range so the error terms do not underflow
        double sn = Math.scalb(n, -en), sd = Math.scalb(d, -en);
        DoubleDouble q = new DoubleDouble(sn, 0).div(new DoubleDouble(sd, 0));
        return q;
    }

    /** log(m) for m in [sqrt(1/2), sqrt(2)], via 2 atanh(f / (2 + f)) with f = m - 1 exact. */
    private static DoubleDouble logNearOne(double m) {
        double f = m - 1.0;
        if (f == 0) return new DoubleDouble(0, 0);
        DoubleDouble s = new DoubleDouble(f, 0).div(twoSum(2.0, f));
        DoubleDouble s2 = s.mul(s);
        double s2d = s2.hi;
        double tail = 0;
        for (int n = 24; n >= 11; n--) {
            tail = tail * s2d + 1.0 / (2 * n + 1);
        }
        DoubleDouble sum = new DoubleDouble(tail, 0);
        for (int n = 10; n >= 0; n--) {
            sum = sum.mul(s2).add(INV_ODD[n]);
        }
        return sum.mul(s).mul(2.0);
    }

    /** log2 of a positive finite double that is not a power of two. */
    static double log2(double x) {
        int[] e = new int[1];
        double m = MathKernels.frexp(x, e);
        int k = e[0];
        if (m < 0.7071067811865476) {
            m *= 2;
            k--;
        }
        DoubleDouble r = logNearOne(m).mul(INV_LN2);
        return r.add((double) k).value();
    }
}
