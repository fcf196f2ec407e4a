package dev.taipan.runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * printf-style formatting: str % args and bytes % args (%s %r %a %b %d %i %u %x %X %o %e %E %f %F
 * %g %G %c %%, flags, width and precision including '*', and %(key) mapping lookups), with CPython's
 * argument-consumption rules and messages.
 */
public final class PercentFormat {
    private final PyObject[] tuple;
    private PyObject single;
    private int argLen;
    private int argIdx;
    private final PyObject dict;
    private final boolean bytesMode;

    private PercentFormat(PyObject args, boolean bytesMode) {
        this.bytesMode = bytesMode;
        if (args instanceof PyTuple t) {
            tuple = t.items;
            argLen = t.items.length;
            argIdx = 0;
        } else {
            tuple = null;
            single = args;
            argLen = -1;
            argIdx = -2;
        }
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof PyStr)
                && (args instanceof PyDict || args instanceof PyList || args instanceof BytesLike || args.type().lookup("__getitem__") != null);
        dict = mapping ? args : null;
    }

    private PyObject nextArg() {
        if (argIdx < argLen) {
            int i = argIdx++;
            return argLen < 0 ? single : (tuple != null ? tuple[i] : single);
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    /** fmt % args for str. */
    public static String format(String fmt, PyObject args) {
        PercentFormat pf = new PercentFormat(args, false);
        return pf.run(fmt);
    }

    /** fmt % args for bytes and bytearray. */
    public static byte[] formatBytes(byte[] fmt, PyObject args) {
        PercentFormat pf = new PercentFormat(args, true);
        String r = pf.run(new String(fmt, StandardCharsets.ISO_8859_1));
        return r.getBytes(StandardCharsets.ISO_8859_1);
    }

    private String run(String fmt) {
        int n = fmt.length();
        StringBuilder out = new StringBuilder(n + 16);
        int pos = 0;
        while (pos < n) {
            int pct = fmt.indexOf('%', pos);
            if (pct < 0) {
                out.append(fmt, pos, n);
                break;
            }
            out.append(fmt, pos, pct);
            pos = pct + 1;
            if (pos >= n) throw Errors.valueError("incomplete format");
            if (fmt.charAt(pos) == '%') {
                out.append('%');
                pos++;
                continue;
            }
            pos = conversion(fmt, pos, out);
        }
        if (argIdx < argLen && dict == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static final int LJUST = 1, SIGN = 2, BLANK = 4, ALT = 8, ZERO = 16;

    /** One conversion starting just after '%'; returns the position after it. */
    private int conversion(String fmt, int pos, StringBuilder out) {
        int n = fmt.length();
        if (fmt.charAt(pos) == '(') {
            if (dict == null) throw Errors.typeError("format requires a mapping");
            int depth = 1;
            int keyStart = ++pos;
            while (pos < n && depth > 0) {
                char c = fmt.charAt(pos);
                if (c == ')') depth--;
                else if (c == '(') depth++;
                pos++;
            }
            if (depth > 0) throw Errors.valueError("incomplete format key");
            String key = fmt.substring(keyStart, pos - 1);
            PyObject k = bytesMode ? PyBytes.wrap(key.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(key);
            single = dict.getItem(k);
            argLen = -1;
            argIdx = -2;
        }
        int flags = 0;
        while (pos < n) {
            char c = fmt.charAt(pos);
            int f = switch (c) {
                case '-' -> LJUST;
                case '+' -> SIGN;
                case ' ' -> BLANK;
                case '#' -> ALT;
                case '0' -> ZERO;
                default -> 0;
            };
            if (f == 0) break;
            flags |= f;
            pos++;
        }
        int width = -1;
        if (pos < n && fmt.charAt(pos) == '*') {
            PyObject w = nextArg();
            if (!(w instanceof PyInt wi)) throw Errors.typeError("* wants int");
            long v = wi.asLong("Python int too large to convert to C ssize_t");
            if (v < 0) {
                flags |= LJUST;
                v = -v;
            }
            width = (int) Math.min(v, Integer.MAX_VALUE);
            pos++;
        } else {
            long v = -1;
            while (pos < n && fmt.charAt(pos) >= '0' && fmt.charAt(pos) <= '9') {
                v = (v < 0 ? 0 : v * 10) + (fmt.charAt(pos++) - '0');
                if (v > Integer.MAX_VALUE) throw Errors.valueError("width too big");
            }
            width = (int) v;
        }
        int prec = -1;
        if (pos < n && fmt.charAt(pos) == '.') {
            pos++;
            if (pos < n && fmt.charAt(pos) == '*') {
                PyObject p = nextArg();
                if (!(p instanceof PyInt pi)) throw Errors.typeError("* wants int");
                long v = pi.asLong("Python int too large to convert to C int");
                prec = (int) Math.max(0, Math.min(v, Integer.MAX_VALUE));
                pos++;
            } else {
                long v = 0;
                while (pos < n && fmt.charAt(pos) >= '0' && fmt.charAt(pos) <= '9') {
                    v = v * 10 + (fmt.charAt(pos++) - '0');
                    if (v > Integer.MAX_VALUE) throw Errors.valueError("precision too big");
                }
                prec = (int) v;
            }
        }
        while (pos < n && (fmt.charAt(pos) == 'h' || fmt.charAt(pos) == 'l' || fmt.charAt(pos) == 'L')) pos++;
        if (pos >= n) throw Errors.valueError("incomplete format");
        int type = fmt.codePointAt(pos);
        int typeIndex = pos;
        pos += Character.charCount(type);
        PyObject v = nextArg();
        String body;
        boolean numeric = false;
        char sign = 0;
        String prefix = "";
        switch (type) {
            case 's', 'r', 'a', 'b' -> {
                body = text(type, v, typeIndex, fmt);
                if (prec >= 0 && prec < body.codePointCount(0, body.length())) {
                    body = body.substring(0, body.offsetByCodePoints(0, prec));
                }
            }
            case 'c' -> body = character(v);
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                numeric = true;
                PyInt iv = integerArg(type, v);
                boolean neg = iv.signum() < 0;
                BigInteger mag = null;
                String digits;
                int radix = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
                if (!iv.isBig() && iv.value != Long.MIN_VALUE) {
                    digits = Long.toString(Math.abs(iv.value), radix);
                } else {
                    mag = iv.toBig().abs();
                    digits = mag.toString(radix);
                }
                if (type == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
                if (prec > digits.length()) digits = "0".repeat(prec - digits.length()) + digits;
                if ((flags & ALT) != 0 && radix != 10) prefix = type == 'x' ? "0x" : type == 'X' ? "0X" : "0o";
                sign = neg ? '-' : (flags & SIGN) != 0 ? '+' : (flags & BLANK) != 0 ? ' ' : 0;
                body = digits;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                numeric = true;
                double d = floatArg(v);
                int p = prec < 0 ? 6 : prec;
                body = FloatFormat.formatAbs(d, (char) type, p, (flags & ALT) != 0 ? FloatFormat.ALT : 0);
                boolean neg = !Double.isNaN(d) && (d < 0 || (d == 0.0 && 1.0 / d < 0));
                sign = neg ? '-' : (flags & SIGN) != 0 ? '+' : (flags & BLANK) != 0 ? ' ' : 0;
            }
            default -> {
                char shown = type >= 32 && type <= 126 ? (char) type : '?';
                throw Errors.valueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(type) + ") at index "
                        + fmt.codePointCount(0, typeIndex));
            }
        }
        int len = (sign != 0 ? 1 : 0) + prefix.length() + body.codePointCount(0, body.length());
        if (width > len) {
            int padding = width - len;
            if ((flags & LJUST) != 0) {
                appendNumber(out, sign, prefix, body);
                out.repeat(' ', padding);
            } else if (numeric && (flags & ZERO) != 0) {
                if (sign != 0) out.append(sign);
                out.append(prefix);
                out.repeat('0', padding);
                out.append(body);
            } else {
                out.repeat(' ', padding);
                appendNumber(out, sign, prefix, body);
            }
        } else {
            appendNumber(out, sign, prefix, body);
        }
        return pos;
    }

    private static void appendNumber(StringBuilder out, char sign, String prefix, String body) {
        if (sign != 0) out.append(sign);
        out.append(prefix).append(body);
    }

    private String text(int type, PyObject v, int typeIndex, String fmt) {
        if (!bytesMode) {
            return switch (type) {
                case 's' -> v.str();
                case 'r' -> v.repr();
                case 'a' -> StrFormat.ascii(v);
                default -> throw Errors.valueError("unsupported format character 'b' (0x62) at index " + fmt.codePointCount(0, typeIndex));
            };
        }
        if (type == 'r' || type == 'a') return StrFormat.ascii(v);
        byte[] b;
        if (v instanceof BytesLike bl) {
            b = bl.toByteArray();
        } else {
            PyObject m = v.type().lookup("__bytes__");
            if (m == null) {
                throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + v.type().name + "'");
            }
            PyObject r = Call.callMethod(m, v);
            if (!(r instanceof PyBytes rb)) throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
            b = rb.value;
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private String character(PyObject v) {
        if (bytesMode) {
            if (v instanceof PyInt i) {
                if (i.isBig() || i.value < 0 || i.value > 255) throw Errors.overflowError("%c arg not in range(256)");
                return String.valueOf((char) i.value);
            }
            if (v instanceof BytesLike b && b.size() == 1) return String.valueOf((char) b.at(0));
            throw Errors.typeError("%c requires an integer in range(256) or a single byte");
        }
        if (v instanceof PyInt i) {
            if (i.isBig() || i.value < 0 || i.value > 0x10FFFF) throw Errors.overflowError("%c arg not in range(0x110000)");
            return new String(Character.toChars((int) i.value));
        }
        if (v instanceof PyStr s && s.length() == 1) return s.value;
        throw Errors.typeError("%c requires int or char");
    }

    private static PyInt integerArg(int type, PyObject v) {
        if (v instanceof PyInt i) return i;
        if (type == 'x' || type == 'X' || type == 'o') {
            PyObject idx = Protocols.indexOrNull(v);
            if (idx == null) throw Errors.typeError("%" + (char) type + " format: an integer is required, not " + v.type().name);
            return (PyInt) idx;
        }
        if (v instanceof PyFloat f) return PyInt.of(PyFloat.toBigInteger(f.value));
        PyType t = v.type();
        if (t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null) {
            return NumberParse.intOf(v);
        }
        throw Errors.typeError("%" + (char) type + " format: a real number is required, not " + v.type().name);
    }

    private static double floatArg(PyObject v) {
        if (v instanceof PyFloat f) return f.value;
        if (v instanceof PyInt i) return i.toDouble();
        PyType t = v.type();
        if (t.lookup("__float__") != null || t.lookup("__index__") != null) return NumberParse.floatOf(v).value;
        throw Errors.typeError("must be real number, not " + v.type().name);
    }
}
