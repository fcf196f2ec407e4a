package dev.taipan.runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** int(x), int(s, base) and float(x) conversions: Python's literal grammar for strings and the __int__/__index__/__float__ protocols. */
public final class NumberParse {
    private NumberParse() {}

    /** CPython's default sys.get_int_max_str_digits(). */
    public static final int MAX_STR_DIGITS = 4300;

    /** The running interpreter's sys.get_int_max_str_digits() (the default outside one). */
    static int maxStrDigits() {
        try {
            return ThreadState.current().interp.intMaxStrDigits;
        } catch (IllegalStateException e) {
            return MAX_STR_DIGITS;
        }
    }

    /** int(x) without a base (PyNumber_Long). */
    public static PyInt intOf(PyObject v) {
        Class<?> c = v.getClass();
        if (c == PyInt.class) return (PyInt) v;
        if (c == PyBool.class) return PyInt.of(((PyInt) v).value);
        if (c == PyFloat.class) return NumberMethods.fromDouble(((PyFloat) v).value);
        if (c == PyStr.class) return parseInt(((PyStr) v).value, 10, v);
        PyType t = v.type();
        PyObject m = t.lookup("__int__");
        if (m != null) {
            PyObject r = Call.callMethod(m, v);
            if (!(r instanceof PyInt ri)) throw Errors.typeError("__int__ returned non-int (type " + r.type().name + ")");
            return exactInt(ri);
        }
        m = t.lookup("__index__");
        if (m != null) return exactInt(Protocols.index(v));
        m = t.lookup("__trunc__");
        if (m != null) {
            PyObject r = Call.callMethod(m, v);
            if (r instanceof PyInt ri) return exactInt(ri);
            PyObject idx = Protocols.indexOrNull(r);
            if (idx == null) throw Errors.typeError("__trunc__ returned non-Integral (type " + r.type().name + ")");
            return exactInt((PyInt) idx);
        }
        if (v instanceof PyStr s) return parseInt(s.value, 10, v);
        if (v instanceof BytesLike b) return parseInt(new String(b.array(), 0, b.size(), StandardCharsets.ISO_8859_1), 10, v);
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + t.name + "'");
    }

    static PyInt exactInt(PyInt i) {
        if (i.getClass() == PyInt.class) return i;
        return i.isBig() ? PyInt.of(i.big) : PyInt.of(i.value);
    }

    /** int(v, base) where v must be str, bytes or bytearray. */
    public static PyInt intOf(PyObject v, long base) {
        if (base != 0 && (base < 2 || base > 36)) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        if (v instanceof PyStr s) return parseInt(s.value, (int) base, v);
        if (v instanceof BytesLike b) return parseInt(new String(b.array(), 0, b.size(), StandardCharsets.ISO_8859_1), (int) base, v);
        throw Errors.typeError("int() can't convert non-string with explicit base");
    }

    private static PyException invalidInt(int base, PyObject original) {
        String r = original.repr();
        if (r.codePointCount(0, r.length()) > 200) r = r.substring(0, r.offsetByCodePoints(0, 200));
        return Errors.valueError("invalid literal for int() with base " + base + ": " + r);
    }

    /** Unicode whitespace becomes ' ', Unicode decimal digits become ASCII, other non-ASCII becomes '?'. */
    private static String toAscii(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) sb.append((char) c);
            else if (StrSearch.isSpace(c)) sb.append(' ');
            else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) sb.append((char) ('0' + Character.digit(c, 10)));
            else sb.append('?');
        }
        return sb.toString();
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    /** Parses s as an int literal in base (0: deduce from the prefix), as CPython's PyLong_FromString. */
    public static PyInt parseInt(String text, int base, PyObject original) {
        String s = toAscii(text);
        int n = s.length();
        int i = 0;
        while (i < n && asciiSpace(s.charAt(i))) i++;
        int end = n;
        while (end > i && asciiSpace(s.charAt(end - 1))) end--;
        boolean neg = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean errorIfNonzero = false;
        if (b == 0) {
            char c1 = i + 1 < end ? Character.toLowerCase(s.charAt(i + 1)) : 0;
            if (i >= end || s.charAt(i) != '0') b = 10;
            else if (c1 == 'x') b = 16;
            else if (c1 == 'o') b = 8;
            else if (c1 == 'b') b = 2;
            else {
                errorIfNonzero = true;
                b = 10;
            }
        }
        if (i + 1 < end && s.charAt(i) == '0') {
            char c1 = Character.toLowerCase(s.charAt(i + 1));
            if ((b == 16 && c1 == 'x') || (b == 8 && c1 == 'o') || (b == 2 && c1 == 'b')) {
                i += 2;
                if (i < end && s.charAt(i) == '_') i++;
            }
        }
        if (i >= end || s.charAt(i) == '_') throw invalidInt(base, original);
        StringBuilder digits = new StringBuilder(end - i);
        boolean prevUnderscore = false;
        for (int k = i; k < end; k++) {
            char c = s.charAt(k);
            if (c == '_') {
                if (prevUnderscore) throw invalidInt(base, original);
                prevUnderscore = true;
                continue;
            }
            if (Character.digit(c, b) < 0 || c >= 128) throw invalidInt(base, original);
            prevUnderscore = false;
            digits.append(c);
        }
        if (prevUnderscore) throw invalidInt(base, original);
        int nd = digits.length();
        int limit = maxStrDigits();
        if ((b & (b - 1)) != 0 && limit > 0 && nd > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has " + nd
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        PyInt r;
        if (nd <= 12) {
            long v = Long.parseLong(digits.toString(), b);
            r = PyInt.of(neg ? -v : v);
        } else {
            BigInteger v = new BigInteger(digits.toString(), b);
            r = PyInt.of(neg ? v.negate() : v);
        }
        if (errorIfNonzero && r.signum() != 0) throw invalidInt(base, original);
        return r;
    }

    // ---- float ------------------------------------------------------------------------------------

    /** float(x) (PyNumber_Float). */
    public static PyFloat floatOf(PyObject v) {
        Class<?> c = v.getClass();
        if (c == PyFloat.class) return (PyFloat) v;
        if (c == PyInt.class || c == PyBool.class) return new PyFloat(((PyInt) v).toDouble());
        if (c == PyStr.class) return new PyFloat(parseFloat(((PyStr) v).value, v));
        PyType t = v.type();
        PyObject m = t.lookup("__float__");
        if (m != null) {
            PyObject r = Call.callMethod(m, v);
            if (!(r instanceof PyFloat rf)) {
                throw Errors.typeError(t.name + ".__float__ returned non-float (type " + r.type().name + ")");
            }
            return rf.getClass() == PyFloat.class ? rf : new PyFloat(rf.value);
        }
        m = t.lookup("__index__");
        if (m != null) return new PyFloat(Protocols.index(v).toDouble());
        if (v instanceof PyFloat f) return new PyFloat(f.value);
        if (v instanceof PyStr s) return new PyFloat(parseFloat(s.value, v));
        if (v instanceof BytesLike b) return new PyFloat(parseFloat(new String(b.array(), 0, b.size(), StandardCharsets.ISO_8859_1), v));
        throw Errors.typeError("float() argument must be a string or a real number, not '" + t.name + "'");
    }

    private static PyException invalidFloat(PyObject original) {
        return Errors.valueError("could not convert string to float: " + original.repr());
    }

    /** Parses a Python float literal (with inf/nan/infinity, underscores between digits, surrounding whitespace). */
    public static double parseFloat(String text, PyObject original) {
        if (isPlainDecimal(text)) return Double.parseDouble(text);
        String s = toAscii(text);
        int i = 0, end = s.length();
        while (i < end && asciiSpace(s.charAt(i))) i++;
        while (end > i && asciiSpace(s.charAt(end - 1))) end--;
        if (i >= end) throw invalidFloat(original);
        boolean neg = false;
        int body = i;
        if (s.charAt(body) == '+' || s.charAt(body) == '-') {
            neg = s.charAt(body) == '-';
            body++;
        }
        String word = s.substring(body, end).toLowerCase(java.util.Locale.ROOT);
        if (word.equals("inf") || word.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (word.equals("nan")) return neg ? -Double.NaN : Double.NaN;
        StringBuilder clean = new StringBuilder(end - i);
        if (neg) clean.append('-');
        int k = body;
        int mantDigits = 0;
        k = digitRun(s, k, end, clean, original);
        mantDigits += clean.length() - (neg ? 1 : 0);
        if (k < end && s.charAt(k) == '.') {
            clean.append('.');
            int before = clean.length();
            k = digitRun(s, k + 1, end, clean, original);
            mantDigits += clean.length() - before;
        }
        if (mantDigits == 0) throw invalidFloat(original);
        if (k < end && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            clean.append('e');
            k++;
            if (k < end && (s.charAt(k) == '+' || s.charAt(k) == '-')) clean.append(s.charAt(k++));
            int before = clean.length();
            k = digitRun(s, k, end, clean, original);
            if (clean.length() == before) throw invalidFloat(original);
        }
        if (k != end) throw invalidFloat(original);
        return Double.parseDouble(clean.toString());
    }

    /** True for the common simple form: optional '-', digits, optional '.' and digits (at least one digit), nothing else. */
    private static boolean isPlainDecimal(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean dot = false;
        if (n - i > 20) return false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /** Copies digits (single underscores allowed between digits) from s[k..end) to out; returns where the run stops. */
    private static int digitRun(String s, int k, int end, StringBuilder out, PyObject original) {
        int start = k;
        while (k < end) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                out.append(c);
                k++;
            } else if (c == '_') {
                if (k == start || k + 1 >= end || s.charAt(k - 1) == '_' || s.charAt(k + 1) < '0' || s.charAt(k + 1) > '9') {
                    throw invalidFloat(original);
                }
                k++;
            } else {
                break;
            }
        }
        return k;
    }
}
