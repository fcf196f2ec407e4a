package dev.taipan.stdlib;

/**
 * Numeric kernels of the math module chosen to reproduce the C library CPython is linked with
 * (glibc): the classic fdlibm formulas for the hyperbolic functions, glibc's cube root, CPython's
 * own Lanczos gamma, and double-double evaluations (DoubleDouble) where glibc is correctly rounded.
 */
final class MathKernels {
    private MathKernels() {}

    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double TWO_M28 = 0x1p-28;
    private static final double TWO_P28 = 0x1p28;

    /** frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x, e = 0 for zero, inf and nan). */
    static double frexp(double x, int[] exp) {
        if (x == 0.0 || !Double.isFinite(x)) {
            exp[0] = 0;
            return x;
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
        }
        double m = Math.scalb(x, -Math.getExponent(x) - 1);
        exp[0] = e + 1;
        return m;
    }

    // ---- logarithms -------------------------------------------------------------------------

    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return x > 0 || Double.isNaN(x) ? x : (x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN);
        int[] e = new int[1];
        double m = frexp(x, e);
        if (m == 0.5) return e[0] - 1;
        return DoubleDouble.log2(x);
    }

    static double log10(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return x > 0 || Double.isNaN(x) ? x : (x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN);
        return glibcLog10(x);
    }

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** glibc's log10 (the fdlibm 5.2 formula over a correctly rounded log), for positive finite x. */
    private static double glibcLog10(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int k = 0;
        if (bits < 0x0010000000000000L) {
            k = -54;
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
        }
        int hx = (int) (bits >>> 32);
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * Math.log(x);
        return z + y * LOG10_2HI;
    }

    // ---- inverse trigonometric functions (correctly rounded, as glibc's are) ------------------

    static double atan(double x) {
        return DoubleDouble.atan(x);
    }

    static double asin(double x) {
        return DoubleDouble.asin(x);
    }

    static double acos(double x) {
        return DoubleDouble.acos(x);
    }

    /** atan2 with CPython's own handling of the special values, then the correctly rounded value. */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.0 : Math.PI, y);
        }
        return DoubleDouble.atan2(y, x);
    }

    // ---- hyperbolic functions (fdlibm formulas over a correctly rounded exp) -----------------

    static double sinh(double x) {
        if (!Double.isFinite(x)) return x;
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ax < 22) {
            if (ax < TWO_M28) return x;
            double t = MathFdlibm.expm1(ax);
            if (ax < 1) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ax < 709.782712893384) return h * GlibcExp.exp(ax);
        if (ax <= 710.4758600739439) {
            double w = GlibcExp.exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307 * 1.0e307;
    }

    static double cosh(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (Double.isInfinite(ax)) return ax;
        if (ax < 0.5 * LN2) {
            double t = MathFdlibm.expm1(ax);
            double w = 1.0 + t;
            if (ax < 0x1p-55) return w;
            return 1.0 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = GlibcExp.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < 709.782712893384) return 0.5 * GlibcExp.exp(ax);
        if (ax <= 710.4758600739439) {
            double w = GlibcExp.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    static double asinh(double x) {
        if (!Double.isFinite(x)) return x;
        double ax = Math.abs(x);
        if (ax < TWO_M28) return x;
        double w;
        if (ax > TWO_P28) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = MathFdlibm.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) return x;
        if (x < 1) return Double.NaN;
        if (x >= TWO_P28) {
            if (Double.isInfinite(x)) return x;
            return Math.log(x) + LN2;
        }
        if (x == 1.0) return 0.0;
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return MathFdlibm.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax > 1) return Double.NaN;
        if (ax == 1) return Math.copySign(Double.POSITIVE_INFINITY, x);
        double t;
        if (ax < 0.5) {
            if (ax < TWO_M28) return x;
            t = ax + ax;
            t = 0.5 * MathFdlibm.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * MathFdlibm.log1p((ax + ax) / (1.0 - ax));
        }
        return Math.copySign(t, x);
    }

    // ---- cube root: glibc's polynomial estimate and one Halley step (not correctly rounded) --

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    static double cbrt(double x) {
        if (x == 0.0 || !Double.isFinite(x)) return x + x;
        int[] e = new int[1];
        double xm = frexp(Math.abs(x), e);
        int xe = e[0];
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
                + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0 ? ym : -ym, xe / 3);
    }

    // ---- gamma and lgamma: CPython's Lanczos approximation (N=13, g=6.0246800407767296) ------

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
        1925.0, 66.0, 1.0};
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi*x), exact at integers and half-integers. */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.rint(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y));
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            default -> Math.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) return x;
            throw MathModule.domainError();
        }
        if (x == 0.0) throw MathModule.domainError();
        if (x == Math.floor(x)) {
            if (x < 0) throw MathModule.domainError();
            if (x <= 23) {
                double f = 1.0;
                for (int i = 2; i < (int) x; i++) f *= i;
                return f;
            }
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) throw MathModule.rangeError();
            return r;
        }
        if (ax > 200.0) {
            if (x < 0) return 0.0 / sinPi(x);
            throw MathModule.rangeError();
        }
        double y = ax + LANCZOS_G_MINUS_HALF;
        double z;
        if (ax > LANCZOS_G_MINUS_HALF) {
            double q = y - ax;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - ax;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0) {
            r = -Math.PI / sinPi(ax) / ax * GlibcExp.exp(y) / lanczosSum(ax);
            r -= z * r;
            if (ax < 140.0) {
                r /= Math.pow(y, ax - 0.5);
            } else {
                double sqrtpow = Math.pow(y, ax / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(ax) / GlibcExp.exp(y);
            r += z * r;
            if (ax < 140.0) {
                r *= Math.pow(y, ax - 0.5);
            } else {
                double sqrtpow = Math.pow(y, ax / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) throw MathModule.rangeError();
        return r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) throw MathModule.domainError();
            return 0.0;
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) return -Math.log(ax);
        double r = Math.log(lanczosSum(ax)) - LANCZOS_G;
        r += (ax - 0.5) * (Math.log(ax + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = LOG_PI - Math.log(Math.abs(sinPi(ax))) - Math.log(ax) - r;
        if (Double.isInfinite(r)) throw MathModule.rangeError();
        return r;
    }
}
