package dev.taipan.stdlib;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * exp and exp2 computed the way glibc computes them on x86-64 (the table-driven algorithm from
 * Arm's optimized-routines): 2^(k/128) from a table times a degree-5 polynomial, with fused
 * multiply-adds where glibc's build has them (exp is its FMA variant, exp2 is not), so results
 * agree to the last bit; glibc is not quite correctly rounded, so a more exact exp would not.
 */
final class GlibcExp {
    private GlibcExp() {}

    private static final int N = 128;
    /** tab[2k] = bits of T[k], tab[2k+1] = bits of H[k] - (k << 45), where 2^(k/N) ~= H[k] * (1 + T[k]). */
    private static final long[] TAB = new long[2 * N];

    static {
        MathContext mc = new MathContext(60);
        for (int k = 0; k < N; k++) {
            BigDecimal v = twoToThe(k, mc);
            double h = v.doubleValue();
            double t = v.divide(new BigDecimal(h), mc).subtract(BigDecimal.ONE).doubleValue();
            TAB[2 * k] = Double.doubleToRawLongBits(t);
            TAB[2 * k + 1] = Double.doubleToRawLongBits(h) - ((long) k << 45);
        }
    }

    /** 2^(k/128) to 60 digits, by Newton's method on y^128 = 2^k. */
    private static BigDecimal twoToThe(int k, MathContext mc) {
        if (k == 0) return BigDecimal.ONE;
        BigDecimal target = BigDecimal.valueOf(2).pow(k);
        BigDecimal y = new BigDecimal(Math.pow(2, k / (double) N));
        for (int it = 0; it < 6; it++) {
            BigDecimal y127 = y.pow(N - 1, mc);
            BigDecimal f = y.multiply(y127, mc).subtract(target);
            y = y.subtract(f.divide(y127.multiply(BigDecimal.valueOf(N), mc), mc), mc);
        }
        return y;
    }

    private static final double INV_LN2_N = 0x1.71547652b82fep0 * N;
    private static final double NEG_LN2_HI_N = -0x1.62e42fefa0000p-8;
    private static final double NEG_LN2_LO_N = -0x1.cf79abc9e3b3ap-47;
    private static final double SHIFT = 0x1.8p52;
    private static final double C2 = 0x1.ffffffffffdbdp-2;
    private static final double C3 = 0x1.555555555543cp-3;
    private static final double C4 = 0x1.55555cf172b91p-5;
    private static final double C5 = 0x1.1111167a4d017p-7;
    private static final double EXP2_SHIFT = 0x1.8p52 / N;
    private static final double E1 = 0x1.62e42fefa39efp-1;
    private static final double E2 = 0x1.ebfbdff82c424p-3;
    private static final double E3 = 0x1.c6b08d70cf4b5p-5;
    private static final double E4 = 0x1.3b2abd24650ccp-7;
    private static final double E5 = 0x1.5d7e09b4e3a84p-10;

    private static int top12(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 52);
    }

    private static boolean unsignedAtLeast(int a, int b) {
        return Integer.compareUnsigned(a, b) >= 0;
    }

    static double exp(double x) {
        int abstop = top12(x) & 0x7ff;
        if (unsignedAtLeast(abstop - top12(0x1p-54), top12(512.0) - top12(0x1p-54))) {
            if (unsignedAtLeast(abstop - top12(0x1p-54), 0x80000000)) return 1.0 + x;
            if (abstop >= top12(1024.0)) {
                if (x == Double.NEGATIVE_INFINITY) return 0.0;
                if (abstop >= 0x7ff) return 1.0 + x;
                return x < 0 ? 0.0 : Double.POSITIVE_INFINITY;
            }
            abstop = 0;
        }
        double kd = INV_LN2_N * x + SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
        int idx = (int) (2 * (ki & (N - 1)));
        long top = ki << 45;
        double tail = Double.longBitsToDouble(TAB[idx]);
        long sbits = TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
        if (abstop == 0) return specialCase(tmp, sbits, ki, 1009, true);
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, tmp, scale);
    }

    static double exp2(double x) {
        int abstop = top12(x) & 0x7ff;
        long ux = Double.doubleToRawLongBits(x);
        if (unsignedAtLeast(abstop - top12(0x1p-54), top12(512.0) - top12(0x1p-54))) {
            if (unsignedAtLeast(abstop - top12(0x1p-54), 0x80000000)) return 1.0 + x;
            if (abstop >= top12(1024.0)) {
                if (x == Double.NEGATIVE_INFINITY) return 0.0;
                if (abstop >= 0x7ff) return 1.0 + x;
                if (ux >= 0) return Double.POSITIVE_INFINITY;
                if (Long.compareUnsigned(ux, Double.doubleToRawLongBits(-1075.0)) >= 0) return 0.0;
            }
            if (Long.compareUnsigned(2 * ux, 2 * Double.doubleToRawLongBits(928.0)) > 0) abstop = 0;
        }
        double kd = x + EXP2_SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= EXP2_SHIFT;
        double r = x - kd;
        int idx = (int) (2 * (ki & (N - 1)));
        long top = ki << 45;
        double tail = Double.longBitsToDouble(TAB[idx]);
        long sbits = TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = tail + r * E1 + r2 * (E2 + r * E3) + r2 * r2 * (E4 + r * E5);
        if (abstop == 0) return specialCase(tmp, sbits, ki, 1, false);
        double scale = Double.longBitsToDouble(sbits);
        return scale + scale * tmp;
    }

    /** The results near overflow (scaled down by 2^up first) and in the subnormal range. */
    private static double specialCase(double tmp, long sbits, long ki, int up, boolean fma) {
        if ((ki & 0x80000000L) == 0) {
            double scale = Double.longBitsToDouble(sbits - ((long) up << 52));
            return Math.scalb(fma ? Math.fma(scale, tmp, scale) : scale + scale * tmp, up);
        }
        double scale = Double.longBitsToDouble(sbits + (1022L << 52));
        double y = fma ? Math.fma(scale, tmp, scale) : scale + scale * tmp;
        if (y < 1.0) {
            double lo = fma ? Math.fma(scale, tmp, scale - y) : scale - y + scale * tmp;
            double hi = 1.0 + y;
            lo = 1.0 - hi + y + lo;
            y = (hi + lo) - 1.0;
            if (y == 0.0) y = 0.0;
        }
        return 0x1p-1022 * y;
    }
}
