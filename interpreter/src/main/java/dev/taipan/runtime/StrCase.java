package dev.taipan.runtime;

import java.util.Locale;

/** str case mapping (full Unicode mappings, final sigma), the is* predicates, padding and translate. */
final class StrCase {
    private StrCase() {}

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) return false;
        }
        return true;
    }

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** Unicode Case_Ignorable (approximately): marks, format characters, modifiers and word-internal punctuation. */
    static boolean isCaseIgnorable(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL
                || c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xB7 || c == 0x2019 || c == 0xAD;
    }

    /** The full lowercase of the code point at UTF-16 offset i of s, with the Greek final-sigma rule. */
    static void appendLower(StringBuilder sb, String s, int i, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            return;
        }
        if (cp == 0x3A3) {
            sb.append(isFinalSigma(s, i) ? '\u03C2' : '\u03C3');
            return;
        }
        if (cp == 0x130) {
            sb.append("i\u0307");
            return;
        }
        int l = Character.toLowerCase(cp);
        sb.appendCodePoint(l);
    }

    private static boolean isFinalSigma(String s, int i) {
        int j = i;
        boolean before = false;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (isCaseIgnorable(c)) continue;
            before = isCased(c);
            break;
        }
        if (!before) return false;
        j = i + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (isCaseIgnorable(c)) continue;
            return !isCased(c);
        }
        return true;
    }

    static void appendUpper(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        int u = Character.toUpperCase(cp);
        if (u != cp || Character.isLowerCase(cp)) {
            String full = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
            sb.append(full);
        } else {
            sb.appendCodePoint(cp);
        }
    }

    static void appendTitle(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        int t = Character.toTitleCase(cp);
        if (t != cp) {
            sb.appendCodePoint(t);
            return;
        }
        String full = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        if (full.codePointCount(0, full.length()) > 1) {
            int first = full.codePointAt(0);
            sb.appendCodePoint(first);
            sb.append(full.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
        } else {
            sb.append(full);
        }
    }

    static String upper(String s) {
        if (isAscii(s)) return s.toUpperCase(Locale.ROOT);
        return s.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        if (isAscii(s)) return s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendLower(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String casefold(String s) {
        if (isAscii(s)) return s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x130) {
                sb.append("i\u0307");
            } else if (cp == 0x1E9E) {
                sb.append("ss");
            } else if (cp == 0x3C2 || cp == 0x3A3) {
                sb.append('\u03C3');
            } else {
                sb.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (prevCased) appendLower(sb, s, i, cp);
            else appendTitle(sb, cp);
            prevCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int first = s.codePointAt(0);
        appendTitle(sb, first);
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendLower(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp)) appendLower(sb, s, i, cp);
            else if (Character.isLowerCase(cp)) appendUpper(sb, cp);
            else sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    // ---- predicates -----------------------------------------------------------------------------

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER) return true;
        if (t != Character.OTHER_NUMBER) return false;
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9;
    }

    /** CJK ideographs that carry a numeric value in the Unicode database (Numeric_Type=Numeric). */
    private static final String CJK_NUMERIC = "〇一七万三九二五亿六八十千四百零壹贰叁肆伍陆柒捌玖拾佰仟萬億兆貳參陸廿卅卌";

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) return true;
        return c >= 0x3007 && c < 0x10000 && CJK_NUMERIC.indexOf(c) >= 0;
    }

    static boolean isAlnum(int c) {
        return Character.isLetter(c) || isNumeric(c);
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) return false;
        for (int i = Character.charCount(first); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /** The per-code-point predicates of str: true when s is non-empty and every code point passes. */
    static boolean all(String s, java.util.function.IntPredicate p) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!p.test(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /** islower (upper=false) / isupper (upper=true): some cased character and none of the other case. */
    static boolean caseCheck(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) return false;
            if (!cased && (upper ? Character.isUpperCase(c) : Character.isLowerCase(c))) cased = true;
        }
        return cased;
    }

    static boolean isTitle(String s) {
        boolean cased = false, prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) return false;
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) return false;
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    static boolean isPrintable(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!PyStr.isPrintable(c)) return false;
        }
        return true;
    }

    // ---- padding ---------------------------------------------------------------------------------

    /** The fill character argument of center/ljust/rjust. */
    static int fillChar(PyObject o) {
        if (!(o instanceof PyStr f)) {
            throw Errors.typeError("The fill character must be a unicode character, not " + o.type().name);
        }
        if (f.length() != 1) throw Errors.typeError("The fill character must be exactly one character long");
        return f.value.codePointAt(0);
    }

    /** Pads s (of cpLen code points) with left and right copies of fill. */
    static String pad(String s, int left, int right, int fill) {
        StringBuilder sb = new StringBuilder(s.length() + left + right);
        for (int i = 0; i < left; i++) sb.appendCodePoint(fill);
        sb.append(s);
        for (int i = 0; i < right; i++) sb.appendCodePoint(fill);
        return sb.toString();
    }

    /** center/ljust/rjust: kind 0 center, 1 ljust, 2 rjust. */
    static PyStr justify(PyStr self, PyObject[] args, String[] kw, int kind) {
        String name = kind == 0 ? "center" : kind == 1 ? "ljust" : "rjust";
        StrMethods.noKw("str." + name, kw);
        StrMethods.argCount(name, args, 1, 2);
        long width = Protocols.index(args[0]).asLong("Python int too large to convert to C ssize_t");
        int fill = args.length > 1 ? fillChar(args[1]) : ' ';
        int len = self.length();
        if (width <= len) return StrMethods.exact(self);
        int marg = (int) (width - len);
        int left = switch (kind) {
            case 0 -> marg / 2 + (marg & (int) width & 1);
            case 1 -> 0;
            default -> marg;
        };
        return PyStr.of(pad(self.value, left, marg - left, fill));
    }

    static PyStr zfill(PyStr self, PyObject w) {
        long width = Protocols.index(w).asLong("Python int too large to convert to C ssize_t");
        int len = self.length();
        if (width <= len) return StrMethods.exact(self);
        String s = self.value;
        int fill = (int) (width - len);
        StringBuilder sb = new StringBuilder((int) width);
        int start = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0));
            start = 1;
        }
        sb.repeat('0', fill);
        sb.append(s, start, s.length());
        return PyStr.of(sb.toString());
    }

    static String expandTabs(String s, long tabsize) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    sb.repeat(' ', (int) n);
                    col += n;
                }
            } else {
                sb.append(c);
                if (c == '\n' || c == '\r') col = 0;
                else if (!Character.isLowSurrogate(c)) col++;
            }
        }
        return sb.toString();
    }

    // ---- translate -----------------------------------------------------------------------------

    static PyStr translate(PyStr self, PyObject table) {
        String s = self.value;
        StringBuilder sb = new StringBuilder(s.length());
        java.util.HashMap<Integer, Object> cache = new java.util.HashMap<>();
        Object keep = cache;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object m = cache.get(cp);
            if (m == null) {
                PyObject r;
                try {
                    r = table.getItem(PyInt.of(cp));
                } catch (PyException e) {
                    if (!e.matches(PyExc.LookupError)) throw e;
                    r = null;
                }
                if (r == null) {
                    m = keep;
                } else if (r == PyNone.NONE) {
                    m = "";
                } else if (r instanceof PyInt v) {
                    if (v.isBig() || v.value < 0 || v.value > 0x10FFFF) {
                        throw Errors.valueError("character mapping must be in range(0x110000)");
                    }
                    m = new String(Character.toChars((int) v.value));
                } else if (r instanceof PyStr rs) {
                    m = rs.value;
                } else {
                    throw Errors.typeError("character mapping must return integer, None or str");
                }
                cache.put(cp, m);
            }
            if (m == keep) sb.appendCodePoint(cp);
            else sb.append((String) m);
        }
        return PyStr.of(sb.toString());
    }

    static PyDict maketrans(PyObject[] args, String[] kw) {
        StrMethods.noKw("str.maketrans", kw);
        StrMethods.argCount("maketrans", args, 1, 3);
        PyDict out = new PyDict();
        if (args.length == 1) {
            if (!(args[0] instanceof PyDict d)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int i = 0; i < d.limit(); i++) {
                PyObject k = d.keyAt(i);
                if (k == null) continue;
                PyObject v = d.valueAtPos(i);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) throw Errors.valueError("string keys in translate table must be of length 1");
                    out.put(PyInt.of(ks.value.codePointAt(0)), v);
                } else if (k instanceof PyInt) {
                    out.put(k, v);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        PyStr x = StrSearch.strArg("maketrans", 1, args[0]);
        PyStr y = StrSearch.strArg("maketrans", 2, args[1]);
        PyStr z = args.length > 2 ? StrSearch.strArg("maketrans", 3, args[2]) : null;
        if (x.length() != y.length()) throw Errors.valueError("the first two maketrans arguments must have equal length");
        int[] xs = x.value.codePoints().toArray(), ys = y.value.codePoints().toArray();
        for (int i = 0; i < xs.length; i++) out.put(PyInt.of(xs[i]), PyInt.of(ys[i]));
        if (z != null) z.value.codePoints().forEach(c -> out.put(PyInt.of(c), PyNone.NONE));
        return out;
    }
}
