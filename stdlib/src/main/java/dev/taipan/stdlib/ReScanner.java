package dev.taipan.stdlib;

import dev.taipan.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexical layer under ReTranslator: the pattern's code points and read position, the Java
 * regex being written, and the parts that read escapes and character classes.
 */
abstract class ReScanner {
    final String text;
    final int[] p;
    int i;
    final StringBuilder out = new StringBuilder();

    ReScanner(String pattern) {
        this.text = pattern;
        this.p = pattern.codePoints().toArray();
    }

    // ---- errors ------------------------------------------------------------------------------

    ReError error(String msg, int pos) {
        return new ReError(msg, pos);
    }

    /** A syntax error in the pattern, turned into re.error by the caller. */
    static final class ReError extends RuntimeException {
        final String msg;
        final int pos;

        ReError(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    final boolean at(int c) {
        return i < p.length && p[i] == c;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isOct(int c) {
        return c >= '0' && c <= '7';
    }

    final String source(int from, int to) {
        return new String(p, from, Math.min(to, p.length) - from);
    }

    /** Appends one code point as a Java regex literal (outside or inside a class). */
    static void literal(StringBuilder sb, int c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || (c >= 0xa0 && !(c >= 0xd800 && c <= 0xdfff) && Character.isLetterOrDigit(c))) {
            sb.appendCodePoint(c);
        } else {
            sb.append("\\x{").append(Integer.toHexString(c)).append('}');
        }
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int c0 = s.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(c0) || c0 == '_')) return false;
        for (int k = Character.charCount(c0); k < s.length(); ) {
            int c = s.codePointAt(k);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) return false;
            k += Character.charCount(c);
        }
        return true;
    }

    final int hexDigits(int start, int n, String esc) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int j = i + k;
            if (j >= p.length || Character.digit(p[j], 16) < 0 || p[j] > 'f') {
                throw error("incomplete escape " + source(start, Math.min(j, p.length)), start);
            }
            v = v * 16 + Character.digit(p[j], 16);
        }
        i += n;
        return v;
    }

    /**
     * Reads the code point of a literal escape (x, u, U, N, a, f, n, r, t, v after a backslash, and
     * escaped punctuation), with i just after the escape letter c; -1 when c is not one of them.
     */
    final int literalEscape(int c, int start) {
        switch (c) {
            case 'x' -> {
                return hexDigits(start, 2, "x");
            }
            case 'u' -> {
                return hexDigits(start, 4, "u");
            }
            case 'U' -> {
                int v = hexDigits(start, 8, "U");
                if (v > 0x10ffff) throw error("bad escape " + source(start, i), start);
                return v;
            }
            case 'N' -> {
                if (!at('{')) throw error("missing {", i);
                int nameStart = ++i;
                while (i < p.length && p[i] != '}') i++;
                if (i >= p.length) throw error("missing }, unterminated name", nameStart);
                String name = source(nameStart, i);
                if (name.isEmpty()) throw error("missing character name", nameStart);
                i++;
                try {
                    return Character.codePointOf(name);
                } catch (IllegalArgumentException e) {
                    throw error("undefined character name " + PyStr.repr(name), start);
                }
            }
            case 'a' -> {
                return 7;
            }
            case 'f' -> {
                return '\f';
            }
            case 'n' -> {
                return '\n';
            }
            case 'r' -> {
                return '\r';
            }
            case 't' -> {
                return '\t';
            }
            case 'v' -> {
                return 0x0b;
            }
            default -> {
                if (c < 128 && Character.isLetterOrDigit(c)) return -1;
                return c;
            }
        }
    }

    // ---- character classes -------------------------------------------------------------------

    /** One element of a class: a code point, or a category escape such as \d (code -1). */
    private record ClassItem(int code, String category, String text) {}

    private ClassItem classItem() {
        int start = i;
        if (p[i] != '\\') {
            int c = p[i++];
            return new ClassItem(c, null, Character.toString(c));
        }
        i++;
        if (i >= p.length) throw error("bad escape (end of pattern)", start);
        int c = p[i++];
        switch (c) {
            case 'd', 'D', 's', 'S', 'w', 'W' -> {
                return new ClassItem(-1, "\\" + (char) c, source(start, i));
            }
            case 'b' -> {
                return new ClassItem(8, null, source(start, i));
            }
            default -> {
            }
        }
        if (isOct(c)) {
            int v = c - '0';
            for (int k = 0; k < 2 && i < p.length && isOct(p[i]); k++) v = v * 8 + (p[i++] - '0');
            if (v > 0377) throw error("octal escape value " + source(start, i) + " outside of range 0-0o377", start);
            return new ClassItem(v, null, source(start, i));
        }
        if (isDigit(c)) throw error("bad escape " + source(start, i), start);
        int v = literalEscape(c, start);
        if (v < 0) throw error("bad escape \\" + Character.toString(c), start);
        return new ClassItem(v, null, source(start, start + 2));
    }

    final void parseClass() {
        int start = i;
        i++;
        StringBuilder cls = new StringBuilder("[");
        if (at('^')) {
            i++;
            cls.append('^');
        }
        List<String> parts = new ArrayList<>();
        boolean first = true;
        while (true) {
            if (i >= p.length) throw error("unterminated character set", start);
            if (p[i] == ']' && !first) {
                i++;
                break;
            }
            first = false;
            int itemStart = i;
            ClassItem a = classItem();
            if (at('-')) {
                i++;
                if (i >= p.length) throw error("unterminated character set", start);
                if (p[i] == ']') {
                    parts.add(itemText(a));
                    parts.add("\\x{2d}");
                    i++;
                    break;
                }
                ClassItem b = classItem();
                if (a.category != null || b.category != null || b.code < a.code) {
                    throw error("bad character range " + a.text + "-" + b.text, itemStart);
                }
                StringBuilder r = new StringBuilder();
                literal(r, a.code);
                r.append('-');
                literal(r, b.code);
                parts.add(r.toString());
            } else {
                parts.add(itemText(a));
            }
        }
        if (parts.isEmpty()) {
            // not reachable: a class always has an item, as ']' first is literal
            cls.append("\\x{5d}");
        }
        for (String s : parts) cls.append(s);
        out.append(cls).append(']');
    }

    private static String itemText(ClassItem a) {
        if (a.category != null) return a.category;
        StringBuilder sb = new StringBuilder();
        literal(sb, a.code);
        return sb.toString();
    }
}
