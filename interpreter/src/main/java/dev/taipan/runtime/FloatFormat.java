package dev.taipan.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles to text as CPython's PyOS_double_to_string: 'e', 'f', 'g' (and upper-case forms) and
 * repr-style 'r', correctly rounded half-even on the exact binary value (BigDecimal holds it exactly).
 * The result has no sign: callers add it, so that format specs can pad between sign and digits.
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** Keep trailing zeros and always show the decimal point ('#'). */
    public static final int ALT = 1;
    /** Add ".0" to integral results of repr-style or 'g' formatting (the no-type format spec). */
    public static final int ADD_DOT_0 = 2;

    /**
     * |d| formatted with type ('e', 'f', 'g', 'r' or upper case E, F, G) and precision. Infinity and
     * NaN give "inf" and "nan" ("INF"/"NAN" for upper-case types).
     */
    public static String formatAbs(double d, char type, int precision, int flags) {
        boolean upper = Character.isUpperCase(type);
        char t = Character.toLowerCase(type);
        String s;
        if (Double.isNaN(d)) {
            s = "nan";
        } else if (Double.isInfinite(d)) {
            s = "inf";
        } else {
            double x = Math.abs(d);
            boolean alt = (flags & ALT) != 0;
            s = switch (t) {
                case 'f' -> fixed(x, precision, alt);
                case 'e' -> exponent(x, precision, alt);
                case 'g' -> general(x, precision, alt, (flags & ADD_DOT_0) != 0);
                default -> reprAbs(x, alt);
            };
        }
        return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    /** True when formatted text (of formatAbs) shows a zero value: no digit 1-9 before any exponent. */
    public static boolean isZeroText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
            if (c == 'i' || c == 'n' || c == 'I' || c == 'N') return false;
        }
        return true;
    }

    static String fixed(double x, int precision, boolean alt) {
        String s;
        if (x == 0.0) {
            s = precision == 0 ? "0" : "0." + "0".repeat(precision);
        } else if (precision <= 15 && x < 1e15 && x == Math.rint(x)) {
            s = Long.toString((long) x) + (precision == 0 ? "" : "." + "0".repeat(precision));
        } else {
            s = fixedFast(x, precision);
            if (s == null) s = new BigDecimal(x).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        }
        if (alt && precision == 0) s += ".";
        return s;
    }

    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

    /**
     * 'f' formatting without BigDecimal when x * 10**precision is below 2**40: the product is then
     * within a quarter of a thousandth of the exact one, so unless it is that close to a tie, rounding
     * it to the nearest integer gives the correctly rounded digits. Null when that cannot be decided.
     */
    private static String fixedFast(double x, int precision) {
        if (precision > 12) return null;
        double scaled = x * POW10[precision];
        if (!(scaled < 1099511627776.0)) return null;
        double fl = Math.floor(scaled);
        double frac = scaled - fl;
        if (Math.abs(frac - 0.5) < 1e-3) return null;
        long r = (long) fl + (frac > 0.5 ? 1 : 0);
        String digits = Long.toString(r);
        if (precision == 0) return digits;
        if (digits.length() <= precision) digits = "0".repeat(precision + 1 - digits.length()) + digits;
        int point = digits.length() - precision;
        return digits.substring(0, point) + "." + digits.substring(point);
    }

    /** {digits without trailing zeros, decpt}: x rounded to sig significant digits is 0.DIGITS * 10**decpt. */
    static Object[] roundedDigits(double x, int sig) {
        if (x == 0.0) return new Object[] {"0", 1};
        BigDecimal r = new BigDecimal(x).round(new MathContext(sig, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int decpt = digits.length() - r.scale();
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        return new Object[] {digits.substring(0, end), decpt};
    }

    static String exponent(double x, int precision, boolean alt) {
        Object[] rd = roundedDigits(x, precision + 1);
        String digits = (String) rd[0];
        int decpt = (Integer) rd[1];
        StringBuilder sb = new StringBuilder(precision + 8);
        sb.append(digits.charAt(0));
        if (precision > 0 || alt) sb.append('.');
        sb.append(digits, 1, digits.length());
        for (int i = digits.length() - 1; i < precision; i++) sb.append('0');
        appendExp(sb, x == 0.0 ? 0 : decpt - 1);
        return sb.toString();
    }

    private static void appendExp(StringBuilder sb, int exp) {
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) sb.append('0');
        sb.append(a);
    }

    static String general(double x, int precision, boolean alt, boolean addDot0) {
        if (precision == 0) precision = 1;
        Object[] rd = roundedDigits(x, precision);
        String digits = (String) rd[0];
        int decpt = (Integer) rd[1];
        return layout(digits, decpt, precision, alt, addDot0, decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision));
    }

    /** repr-style: shortest round-trip digits, exponent when decpt <= -4 or > 16. */
    static String reprAbs(double x, boolean alt) {
        if (x == 0.0) return "0.0";
        String[] sd = shortestDigits(x);
        int decpt = Integer.parseInt(sd[1]);
        return layout(sd[0], decpt, 0, alt, true, decpt <= -4 || decpt > 16);
    }

    /**
     * PyFloat.shortestDigits corrected for Java's two-digit minimum: Double.toString gives 4.9E-324
     * where the shortest round-trip form is 5e-324, so two-digit results are retried with one digit.
     */
    public static String[] shortestDigits(double x) {
        String[] sd = PyFloat.shortestDigits(x);
        if (sd[0].length() != 2) return sd;
        int decpt = Integer.parseInt(sd[1]);
        int two = Integer.parseInt(sd[0]);
        double ax = Math.abs(x);
        String best = null;
        BigDecimal bestErr = null;
        BigDecimal exact = new BigDecimal(ax);
        for (int d : new int[] {two / 10, two / 10 + 1}) {
            int dp = decpt;
            int digit = d;
            if (digit == 10) {
                digit = 1;
                dp++;
            }
            if (digit == 0) continue;
            String text = digit + "e" + (dp - 1);
            if (Double.parseDouble(text) == ax) {
                BigDecimal err = new BigDecimal(text).subtract(exact).abs();
                if (bestErr == null || err.compareTo(bestErr) < 0) {
                    bestErr = err;
                    best = digit + "," + dp;
                }
            }
        }
        if (best == null) return sd;
        String[] parts = best.split(",");
        return new String[] {parts[0], parts[1]};
    }

    /** Places digits (0.DIGITS * 10**decpt) in fixed or exponent notation; minDigits is padded with zeros when alt. */
    private static String layout(String digits, int decpt, int minDigits, boolean alt, boolean addDot0, boolean useExp) {
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        int nd = digits.length();
        int pad = alt ? Math.max(0, minDigits - nd) : 0;
        if (useExp) {
            sb.append(digits.charAt(0));
            if (nd > 1 || pad > 0 || alt) sb.append('.');
            sb.append(digits, 1, nd);
            sb.repeat('0', pad);
            appendExp(sb, digits.equals("0") ? 0 : decpt - 1);
            return sb.toString();
        }
        if (decpt <= 0) {
            sb.append("0.");
            sb.repeat('0', -decpt);
            sb.append(digits);
            sb.repeat('0', pad);
        } else if (decpt >= nd) {
            sb.append(digits);
            sb.repeat('0', decpt - nd);
            int extra = alt ? Math.max(0, minDigits - decpt) : 0;
            if (extra == 0 && addDot0) extra = 1;
            if (extra > 0 || alt) sb.append('.');
            sb.repeat('0', extra);
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, nd);
            sb.repeat('0', pad);
        }
        return sb.toString();
    }

    /** Python's round(x, ndigits) for a finite double: correctly rounded, half-even on the exact value. */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x) || x == 0.0) return x;
        if (ndigits > 323) return x;
        if (ndigits < -308) return 0.0 * x;
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double v = r.doubleValue();
        if (Double.isInfinite(v)) throw Errors.overflowError("rounded value too large to represent");
        if (v == 0.0) return Math.copySign(0.0, x);
        return v;
    }
}
