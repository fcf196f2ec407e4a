package dev.taipan.runtime;

import java.math.BigInteger;

/**
 * format(value, spec) and str.format/format_map: the format-spec mini-language for str, int and
 * float (FormatSpec parses it), __format__ dispatch for other types, and the replacement-field
 * template engine with CPython's error messages.
 */
public final class StrFormat {
    private StrFormat() {}

    /** format(value, spec): the entry point of the format() builtin and of f-string fields. */
    public static String format(PyObject value, String spec) {
        Class<?> c = value.getClass();
        if (c == PyStr.class) return spec.isEmpty() ? ((PyStr) value).value : formatStr((PyStr) value, spec);
        if (c == PyInt.class) return spec.isEmpty() ? value.repr() : formatInt((PyInt) value, spec);
        if (c == PyFloat.class) return spec.isEmpty() ? value.repr() : formatFloat(((PyFloat) value).value, spec);
        if (c == PyBool.class) return spec.isEmpty() ? value.repr() : formatInt((PyInt) value, spec);
        PyObject m = value.type().lookup("__format__");
        if (m == null || m instanceof PyBuiltin.Method bm && bm.owner == PyType.OBJECT) {
            return objectFormat(value, spec);
        }
        if (m instanceof PyBuiltin.Method bm && bm.owner.builtin) {
            if (bm.owner == PyStr.TYPE && value instanceof PyStr s) return formatStr(s, spec);
            if (bm.owner == PyInt.TYPE && value instanceof PyInt i) return formatInt(i, spec);
            if (bm.owner == PyFloat.TYPE && value instanceof PyFloat f) {
                return formatFloat(f, spec);
            }
        }
        PyObject r = Call.callMethod(m, value, PyStr.of(spec));
        if (r instanceof PyStr s) return s.value;
        throw Errors.typeError("__format__ must return a str, not " + r.type().name);
    }

    /** object.__format__: str(self) for an empty spec, else TypeError. */
    public static String objectFormat(PyObject value, String spec) {
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + value.type().name + ".__format__");
        }
        return value.str();
    }

    /** str.__format__ */
    public static String formatStr(PyStr value, String spec) {
        if (spec.isEmpty()) return value.str();
        FormatSpec f = FormatSpec.parse(spec, value.type().name, 's', '<');
        if (f.type != 's') throw FormatSpec.unknownType(f.type, value.type().name);
        if (f.sign != 0) throw Errors.valueError("Sign not allowed in string format specifier");
        if (f.noNeg0) throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.alternate) throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        if (f.align == '=') throw Errors.valueError("'=' alignment not allowed in string format specifier");
        String s = value.value;
        int len = value.length();
        if (f.precision >= 0 && f.precision < len) {
            s = value.substring(0, f.precision);
            len = f.precision;
        }
        return f.pad(s, len, '<');
    }

    /** int.__format__ (bool included) */
    public static String formatInt(PyInt value, String spec) {
        if (spec.isEmpty()) return value.str();
        String typeName = value.type().name;
        FormatSpec f = FormatSpec.parse(spec, typeName, 'd', '>');
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                return formatIntegral(value, f);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloatSpec(value.toDouble(), f, "float");
            }
            default -> throw FormatSpec.unknownType(f.type, typeName);
        }
    }

    private static String formatIntegral(PyInt value, FormatSpec f) {
        if (f.precision != -1) throw Errors.valueError("Precision not allowed in integer format specifier");
        if (f.noNeg0) throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (f.type == 'c') {
            if (f.sign != 0) throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            if (f.alternate) throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (value.isBig() || value.value < 0 || value.value > 0x10FFFF) {
                throw Errors.overflowError("%c arg not in range(0x110000)");
            }
            return f.layoutNumber((char) 0, "", new String(Character.toChars((int) value.value)), "");
        }
        int radix = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        boolean neg = value.signum() < 0;
        String digits;
        if (value.isBig()) {
            digits = value.big.abs().toString(radix);
        } else if (value.value == Long.MIN_VALUE) {
            digits = BigInteger.valueOf(value.value).negate().toString(radix);
        } else {
            digits = Long.toString(Math.abs(value.value), radix);
        }
        String prefix = "";
        if (f.alternate) {
            prefix = switch (f.type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                case 'X' -> "0X";
                default -> "";
            };
        }
        if (f.type == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
        return f.layoutNumber(neg ? '-' : 0, prefix, digits, "");
    }

    /** float.__format__ */
    public static String formatFloat(double value, String spec) {
        if (spec.isEmpty()) return PyFloat.repr(value);
        FormatSpec f = FormatSpec.parse(spec, "float", 0, '>');
        return formatFloatSpec(value, f, "float");
    }

    /** float.__format__ for a float or float subclass instance (named in error messages). */
    public static String formatFloat(PyFloat value, String spec) {
        if (spec.isEmpty()) return value.str();
        String typeName = value.type().name;
        return formatFloatSpec(value.value, FormatSpec.parse(spec, typeName, 0, '>'), typeName);
    }

    private static String formatFloatSpec(double value, FormatSpec f, String typeName) {
        int type = f.type;
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
            }
            default -> throw FormatSpec.unknownType(type, typeName);
        }
        int flags = f.alternate ? FloatFormat.ALT : 0;
        int precision = f.precision;
        char t;
        int defaultPrecision = 6;
        if (type == 0) {
            flags |= FloatFormat.ADD_DOT_0;
            t = 'r';
            defaultPrecision = 0;
        } else if (type == 'n') {
            t = 'g';
        } else {
            t = (char) type;
        }
        double val = value;
        boolean pct = false;
        if (t == '%') {
            t = 'f';
            val *= 100;
            pct = true;
        }
        if (precision < 0) precision = defaultPrecision;
        else if (t == 'r') t = 'g';
        String body = FloatFormat.formatAbs(val, t, precision, flags);
        boolean neg = !Double.isNaN(val) && (val < 0 || (val == 0.0 && 1.0 / val < 0));
        if (neg && f.noNeg0 && FloatFormat.isZeroText(body)) neg = false;
        if (pct) body += "%";
        int d = 0;
        while (d < body.length() && body.charAt(d) >= '0' && body.charAt(d) <= '9') d++;
        return f.layoutNumber(neg ? '-' : 0, "", body.substring(0, d), body.substring(d));
    }

    // ---- conversions shared with %-formatting -----------------------------------------------------

    /** ascii(obj): repr with non-ASCII characters escaped. */
    public static String ascii(PyObject o) {
        String r = o.repr();
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            int n = Character.charCount(c);
            if (c >= 128 && sb == null) {
                sb = new StringBuilder(r.length() + 16);
                sb.append(r, 0, i);
            }
            if (sb != null) {
                if (c < 128) sb.append((char) c);
                else sb.append(StrCodec.backslashEscape(c));
            }
            i += n;
        }
        return sb == null ? r : sb.toString();
    }

    // ---- str.format ---------------------------------------------------------------------------------

    /**
     * str.format(*args, **kwargs) when mapping is null (the trailing kwnames.length args are keywords),
     * or str.format_map(mapping).
     */
    public static String formatTemplate(String fmt, PyObject[] args, String[] kwnames, PyObject mapping) {
        FormatTemplate t = new FormatTemplate(args, kwnames, mapping);
        return t.build(fmt, 2);
    }
}
