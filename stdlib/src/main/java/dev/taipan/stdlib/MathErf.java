package dev.taipan.stdlib;

/**
 * erf and erfc as glibc 2.36 computes them (Sun's fdlibm rational approximations on four
 * intervals, in glibc's evaluation order), so that math.erf and math.erfc agree with CPython on
 * Linux to the last bit.
 */
final class MathErf {
    private MathErf() {}

    private static final double TINY = 1e-300;
    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    // erf on [0, 0.84375]
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
        -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] QQ = {0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
        1.32494738004321644526e-04, -3.96022827877536812320e-06};
    // erf on [0.84375, 1.25]
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
        3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
        1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02};
    // erfc on [1.25, 1/0.35]
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
        -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01,
        -9.81432934416914548592e+00};
    private static final double[] SA = {0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
        6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00,
        -6.04244152148580987438e-02};
    // erfc on [1/0.35, 28]
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
        -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
        3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01};

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** (erf(x) - x) / x on |x| < 0.84375, as a ratio of polynomials in x*x. */
    private static double smallRatio(double x) {
        double z = x * x;
        double r1 = PP[0] + z * PP[1], z2 = z * z;
        double r2 = PP[2] + z * PP[3], z4 = z2 * z2;
        double s1 = 1.0 + z * QQ[1];
        double s2 = QQ[2] + z * QQ[3];
        double s3 = QQ[4] + z * QQ[5];
        double r = r1 + z2 * r2 + z4 * PP[4];
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** P/Q on 0.84375 <= |x| < 1.25, in s = |x| - 1. */
    private static double middleRatio(double ax) {
        double s = ax - 1.0;
        double p1 = PA[0] + s * PA[1], s2 = s * s;
        double q1 = 1.0 + s * QA[1], s4 = s2 * s2;
        double p2 = PA[2] + s * PA[3], s6 = s4 * s2;
        double q2 = QA[2] + s * QA[3];
        double p3 = PA[4] + s * PA[5];
        double q3 = QA[4] + s * QA[5];
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
        return p / q;
    }

    /** exp(-x*x - 0.5625 + R/S) / x for the tails, with x*x split to stay exact. */
    private static double tail(double ax, int ix, int split) {
        double s = 1.0 / (ax * ax);
        double bigR, bigS;
        if (ix < split) {
            double r1 = RA[0] + s * RA[1], s2 = s * s;
            double t1 = 1.0 + s * SA[1], s4 = s2 * s2;
            double r2 = RA[2] + s * RA[3], s6 = s4 * s2;
            double t2 = SA[2] + s * SA[3], s8 = s4 * s4;
            double r3 = RA[4] + s * RA[5];
            double t3 = SA[4] + s * SA[5];
            double r4 = RA[6] + s * RA[7];
            double t4 = SA[6] + s * SA[7];
            bigR = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            bigS = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8];
        } else {
            double r1 = RB[0] + s * RB[1], s2 = s * s;
            double t1 = 1.0 + s * SB[1], s4 = s2 * s2;
            double r2 = RB[2] + s * RB[3], s6 = s4 * s2;
            double t2 = SB[2] + s * SB[3];
            double r3 = RB[4] + s * RB[5];
            double t3 = SB[4] + s * SB[5];
            double t4 = SB[6] + s * SB[7];
            bigR = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
            bigS = t1 + s2 * t2 + s4 * t3 + s6 * t4;
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) & 0xffffffff00000000L);
        return GlibcExp.exp(-z * z - 0.5625) * GlibcExp.exp((z - ax) * (z + ax) + bigR / bigS);
    }

    static double erf(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return (double) (1 - ((hx >>> 31) << 1)) + 1.0 / x;
        if (ix < 0x3feb0000) {
            if (ix < 0x3e300000) {
                if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                return x + EFX * x;
            }
            return x + x * smallRatio(x);
        }
        if (ix < 0x3ff40000) {
            double pq = middleRatio(Math.abs(x));
            return hx >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) return hx >= 0 ? 1.0 - TINY : TINY - 1.0;
        double ax = Math.abs(x);
        double r = tail(ax, ix, 0x4006DB6E);
        return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    static double erfc(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return (double) ((hx >>> 31) << 1) + 1.0 / x;
        if (ix < 0x3feb0000) {
            if (ix < 0x3c700000) return 1.0 - x;
            double y = smallRatio(x);
            if (hx < 0x3fd00000) return 1.0 - (x + x * y);
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) {
            double pq = middleRatio(Math.abs(x));
            if (hx >= 0) {
                double z = 1.0 - ERX;
                return z - pq;
            }
            double z = ERX + pq;
            return 1.0 + z;
        }
        if (ix < 0x403c0000) {
            if (hx < 0 && ix >= 0x40180000) return 2.0 - TINY;
            double ax = Math.abs(x);
            double r = tail(ax, ix, 0x4006DB6D);
            return hx > 0 ? r / ax : 2.0 - r / ax;
        }
        return hx > 0 ? TINY * TINY : 2.0 - TINY;
    }
}
