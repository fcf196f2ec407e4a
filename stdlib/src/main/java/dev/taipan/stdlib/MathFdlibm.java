package dev.taipan.stdlib;

/**
 * expm1 and log1p as glibc computes them on x86-64: fdlibm's algorithms in glibc's evaluation
 * order; expm1 as its FMA build (glibc selects it on current processors; the fused multiply-adds
 * are where the compiler contracts a*b+c), log1p without, so results agree with CPython on Linux.
 */
final class MathFdlibm {
    private MathFdlibm() {}

    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double[] Q = {1.0, -3.33333333333331316428e-02, 1.58730158725481460165e-03,
        -7.93650757867487942473e-05, 4.00821782732936239552e-06, -2.01099218183624371326e-07};
    private static final double[] LP = {0.0, 6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01,
        2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01};

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static double withHighWord(double x, int hi) {
        return Double.longBitsToDouble(((long) hi << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    /** y with k added to its binary exponent (glibc adds k << 20 to the high word). */
    private static double addExponent(double y, int k) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
    }

    static double expm1(double x) {
        int hx = highWord(x);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) {
            if (hx >= 0x40862E42) {
                if (hx >= 0x7ff00000) {
                    if (Double.isNaN(x)) return x + x;
                    return negative ? -1.0 : x;
                }
                if (x > O_THRESHOLD) return Double.POSITIVE_INFINITY;
            }
            if (negative) return 1e-300 - 1.0;
        }
        int k;
        double c = 0;
        if (hx > 0x3fd62e42) {
            double hi, lo;
            if (hx < 0x3FF0A2B2) {
                if (!negative) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) Math.fma(INV_LN2, x, negative ? -0.5 : 0.5);
                double t = k;
                hi = Math.fma(-t, LN2_HI, x);
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) {
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = Math.fma(hxs, Q[1], 1.0), h2 = hxs * hxs;
        double r2 = Math.fma(hxs, Q[3], Q[2]), h4 = h2 * h2;
        double r3 = Math.fma(hxs, Q[5], Q[4]);
        double r = Math.fma(h4, r3, Math.fma(h2, r2, r1));
        double t = Math.fma(-r, hfx, 3.0);
        double e = hxs * ((r - t) / Math.fma(-x, t, 6.0));
        if (k == 0) return x - Math.fma(x, e, -hxs);
        e = Math.fma(x, e - c, -c);
        e -= hxs;
        if (k == -1) return Math.fma(0.5, x - e, -0.5);
        if (k == 1) {
            if (x < -0.25) return -2.0 * (e - (x + 0.5));
            return Math.fma(2.0, x - e, 1.0);
        }
        if (k <= -2 || k > 56) {
            double y = 1.0 - (e - x);
            return addExponent(y, k) - 1.0;
        }
        if (k < 20) {
            double oneMinus = Double.longBitsToDouble((long) (0x3ff00000 - (0x200000 >> k)) << 32);
            return addExponent(oneMinus - (e - x), k);
        }
        double twoToMinusK = Double.longBitsToDouble((long) ((0x3ff - k) << 20) << 32);
        double y = x - (e + twoToMinusK);
        y += 1.0;
        return addExponent(y, k);
    }

    static double log1p(double x) {
        int hx = highWord(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        double f = 0, c = 0;
        if (hx < 0x3FDA827A) {
            if (ax >= 0x3ff00000) {
                if (x == -1.0) return Double.NEGATIVE_INFINITY;
                return Double.NaN;
            }
            if (ax < 0x3e200000) {
                if (ax < 0x3c900000) return x;
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) {
                k = 0;
                f = x;
                hu = 1;
            }
        } else if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = highWord(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = highWord(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHighWord(u, hu | 0x3ff00000);
            } else {
                k += 1;
                u = withHighWord(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) {
            if (f == 0.0) {
                if (k == 0) return 0.0;
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) return f - r;
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r1 = z * LP[1], z2 = z * z;
        double r2 = LP[2] + z * LP[3], z4 = z2 * z2;
        double r3 = LP[4] + z * LP[5], z6 = z4 * z2;
        double r4 = LP[6] + z * LP[7];
        double r = r1 + z2 * r2 + z4 * r3 + z6 * r4;
        if (k == 0) return f - (hfsq - s * (hfsq + r));
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }
}
