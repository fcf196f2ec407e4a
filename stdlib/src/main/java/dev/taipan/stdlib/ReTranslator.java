package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyStr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a Python regular expression as CPython's sre parser does (same errors, same positions)
 * and writes the equivalent java.util.regex pattern: named groups become numbered groups, verbose
 * whitespace and comments are dropped, and escapes Java reads differently are rewritten.
 */
final class ReTranslator extends ReScanner {
    static final int TEMPLATE = 1, IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32, VERBOSE = 64,
            DEBUG = 128, ASCII = 256;
    private static final long MAXREPEAT = 4294967295L;

    /** The pattern's flags: the caller's plus global inline flags. */
    int flags;
    int groups;
    final Map<String, Integer> names = new LinkedHashMap<>();
    private final Set<Integer> open = new HashSet<>();
    /** parents.get(g): the group enclosing group g (0 for none); index 0 unused. */
    final List<Integer> parents = new ArrayList<>(List.of(0));
    private final List<Integer> openStack = new ArrayList<>();
    private boolean verbose;
    private boolean multiline;

    private enum Kind { NONE, ITEM, AT, REPEAT }

    ReTranslator(String pattern, int flags) {
        super(pattern);
        this.flags = flags;
    }

    /** Translates the whole pattern; returns the Java regex. */
    String translate() {
        verbose = (flags & VERBOSE) != 0;
        multiline = (flags & MULTILINE) != 0;
        parseAlternation(true);
        if (i < p.length) {
            throw error(p[i] == ')' ? "unbalanced parenthesis" : "unexpected character", i);
        }
        return out.toString();
    }

    private void skipVerbose() {
        while (i < p.length) {
            int c = p[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < p.length && p[i] != '\n') i++;
            } else {
                break;
            }
        }
    }

    // ---- structure ---------------------------------------------------------------------------

    private static final long UNBOUNDED = Long.MAX_VALUE / 4;
    /** Width of the atom just parsed, when it is not the default (1 for an item, 0 for an anchor). */
    private long[] atomWidth;
    private final Map<Integer, long[]> groupWidths = new java.util.HashMap<>();

    private static long sat(long v) {
        return Math.min(v, UNBOUNDED);
    }

    /** Parses alternatives; returns their {min, max} width in characters. */
    private long[] parseAlternation(boolean top) {
        long[] w = parseSequence(top);
        while (at('|')) {
            i++;
            out.append('|');
            long[] v = parseSequence(false);
            w = new long[] {Math.min(w[0], v[0]), Math.max(w[1], v[1])};
        }
        return w;
    }

    private long[] parseSequence(boolean first) {
        Kind last = Kind.NONE;
        boolean items = false;
        long sumMin = 0, sumMax = 0;
        long[] lastW = {0, 0};
        while (true) {
            if (verbose) skipVerbose();
            if (i >= p.length || p[i] == '|' || p[i] == ')') return new long[] {sat(sumMin + lastW[0]), sat(sumMax + lastW[1])};
            int c = p[i];
            if (c == '*' || c == '+' || c == '?' || c == '{') {
                int start = i;
                if (c == '{' && !parseBraces(last)) {
                    i = start + 1;
                    out.append("\\{");
                    last = Kind.ITEM;
                    items = true;
                    sumMin = sat(sumMin + lastW[0]);
                    sumMax = sat(sumMax + lastW[1]);
                    lastW = new long[] {1, 1};
                    continue;
                }
                if (c != '{') {
                    if (last == Kind.NONE || last == Kind.AT) throw error("nothing to repeat", start);
                    if (last == Kind.REPEAT) throw error("multiple repeat", start);
                    i++;
                    out.appendCodePoint(c);
                    repMin = c == '+' ? 1 : 0;
                    repMax = c == '?' ? 1 : UNBOUNDED;
                }
                lastW = new long[] {sat(lastW[0] * repMin), repMax == UNBOUNDED && lastW[1] > 0 ? UNBOUNDED : sat(lastW[1] * repMax)};
                if (at('?') || at('+')) {
                    out.appendCodePoint(p[i]);
                    i++;
                }
                last = Kind.REPEAT;
                continue;
            }
            atomWidth = null;
            Kind k = parseAtom(first && !items);
            if (k != Kind.NONE) {
                last = k;
                items = true;
                sumMin = sat(sumMin + lastW[0]);
                sumMax = sat(sumMax + lastW[1]);
                lastW = atomWidth != null ? atomWidth : k == Kind.AT ? new long[] {0, 0} : new long[] {1, 1};
            }
        }
    }

    /**
     * At '{': parses {m}, {m,}, {,n}, {m,n} and appends it; false (nothing consumed) when the
     * brace is a literal.
     */
    private long repMin, repMax;

    private boolean parseBraces(Kind last) {
        int start = i;
        int j = i + 1;
        if (j < p.length && p[j] == '}') return false;
        int loStart = j;
        while (j < p.length && isDigit(p[j])) j++;
        String lo = source(loStart, j);
        String hi;
        boolean comma = false;
        if (j < p.length && p[j] == ',') {
            comma = true;
            int hiStart = ++j;
            while (j < p.length && isDigit(p[j])) j++;
            hi = source(hiStart, j);
        } else {
            hi = lo;
        }
        if (j >= p.length || p[j] != '}') return false;
        i = j + 1;
        long min = 0, max = MAXREPEAT;
        if (!lo.isEmpty()) {
            min = parseCount(lo);
        }
        if (!hi.isEmpty()) {
            max = parseCount(hi);
            if (max < min) throw error("min repeat greater than max repeat", start + 1);
        }
        if (last == Kind.NONE || last == Kind.AT) throw error("nothing to repeat", start);
        if (last == Kind.REPEAT) throw error("multiple repeat", start);
        repMin = min;
        repMax = max;
        out.append('{').append(min);
        if (max == MAXREPEAT) {
            out.append(',');
        } else if (comma || max != min) {
            out.append(',').append(max);
        }
        out.append('}');
        return true;
    }

    private static long parseCount(String digits) {
        if (digits.length() > 10 || Long.parseLong(digits) >= MAXREPEAT) {
            throw Errors.of(PyExc.OverflowError, "the repetition number is too large");
        }
        long v = Long.parseLong(digits);
        if (v > Integer.MAX_VALUE) throw Errors.of(PyExc.OverflowError, "the repetition number is too large");
        return v;
    }

    private Kind parseAtom(boolean first) {
        int c = p[i];
        switch (c) {
            case '.' -> {
                i++;
                out.append('.');
                return Kind.ITEM;
            }
            case '^' -> {
                i++;
                out.append(multiline ? "(?<![^\\n])" : "\\A");
                return Kind.AT;
            }
            case '$' -> {
                i++;
                out.append('$');
                return Kind.AT;
            }
            case '[' -> {
                parseClass();
                return Kind.ITEM;
            }
            case '(' -> {
                return parseGroup(first);
            }
            case '\\' -> {
                return parseEscape();
            }
            default -> {
                i++;
                literal(out, c);
                return Kind.ITEM;
            }
        }
    }

    // ---- groups ------------------------------------------------------------------------------

    private void closeGroup(int openPos) {
        if (!at(')')) throw error("missing ), unterminated subpattern", openPos);
        i++;
        out.append(')');
    }

    private void openGroup(int gid) {
        open.add(gid);
        parents.add(openStack.isEmpty() ? 0 : openStack.get(openStack.size() - 1));
        openStack.add(gid);
    }

    private void closeGroupId(int gid) {
        open.remove(gid);
        openStack.remove(openStack.size() - 1);
    }

    private Kind parseGroup(boolean first) {
        int start = i;
        i++;
        if (!at('?')) {
            int gid = ++groups;
            openGroup(gid);
            out.append('(');
            long[] w = parseAlternation(false);
            closeGroup(start);
            closeGroupId(gid);
            groupWidths.put(gid, w);
            atomWidth = w;
            return Kind.ITEM;
        }
        i++;
        if (i >= p.length) throw error("unexpected end of pattern", i);
        int c = p[i++];
        switch (c) {
            case ':' -> {
                out.append("(?:");
                atomWidth = parseAlternation(false);
                closeGroup(start);
                return Kind.ITEM;
            }
            case 'P' -> {
                return parseP(start);
            }
            case '#' -> {
                while (i < p.length && p[i] != ')') i++;
                if (i >= p.length) throw error("missing ), unterminated comment", start);
                i++;
                return Kind.NONE;
            }
            case '=', '!', '>' -> {
                out.append("(?").appendCodePoint(c);
                long[] w = parseAlternation(false);
                atomWidth = c == '>' ? w : new long[] {0, 0};
                closeGroup(start);
                return Kind.ITEM;
            }
            case '<' -> {
                if (i >= p.length) throw error("unexpected end of pattern", i);
                int d = p[i++];
                if (d != '=' && d != '!') throw error("unknown extension ?<" + Character.toString(d), start + 1);
                out.append("(?<").appendCodePoint(d);
                long[] w = parseAlternation(false);
                closeGroup(start);
                if (w[0] != w[1]) throw new ReError("look-behind requires fixed-width pattern", -1);
                atomWidth = new long[] {0, 0};
                return Kind.ITEM;
            }
            case '(' -> throw Errors.notImplemented("conditional groups (?(...)...) are not supported by Taipan's re");
            default -> {
                if (c == '-' || FLAG_CHARS.indexOf(c) >= 0) {
                    return parseFlags(c, start, first);
                }
                throw error("unknown extension ?" + Character.toString(c), start + 1);
            }
        }
    }

    private static final String FLAG_CHARS = "iLmsxau";

    private static int flagValue(int c) {
        return switch (c) {
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'x' -> VERBOSE;
            case 'a' -> ASCII;
            case 'u' -> UNICODE;
            default -> 0;
        };
    }

    private Kind parseFlags(int c, int start, boolean first) {
        int add = 0, del = 0;
        final int typeFlags = ASCII | LOCALE | UNICODE;
        if (c != '-') {
            while (true) {
                int f = flagValue(c);
                if (c == 'L') throw error("bad inline flags: cannot use 'L' flag with a str pattern", i);
                add |= f;
                if ((f & typeFlags) != 0 && (add & typeFlags) != f) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", i);
                }
                if (i >= p.length) throw error("missing -, : or )", i);
                c = p[i++];
                if (c == ')' || c == '-' || c == ':') break;
                if (FLAG_CHARS.indexOf(c) < 0) {
                    throw error(Character.isLetter(c) ? "unknown flag" : "missing -, : or )", i - 1);
                }
            }
        }
        if (c == ')') {
            if (!first) throw error("global flags not at the start of the expression", start);
            flags |= add;
            if ((add & VERBOSE) != 0) verbose = true;
            if ((add & MULTILINE) != 0) multiline = true;
            return Kind.NONE;
        }
        if (c == '-') {
            if (i >= p.length) throw error("missing flag", i);
            c = p[i++];
            if (FLAG_CHARS.indexOf(c) < 0) throw error(Character.isLetter(c) ? "unknown flag" : "missing flag", i - 1);
            while (true) {
                int f = flagValue(c);
                if ((f & typeFlags) != 0) throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", i);
                del |= f;
                if ((del & add) != 0) throw error("bad inline flags: flag turned on and off", i);
                if (i >= p.length) throw error("missing :", i);
                c = p[i++];
                if (c == ':') break;
                if (FLAG_CHARS.indexOf(c) < 0) throw error(Character.isLetter(c) ? "unknown flag" : "missing :", i - 1);
            }
        }
        boolean savedVerbose = verbose, savedMultiline = multiline;
        if ((add & VERBOSE) != 0) verbose = true;
        if ((del & VERBOSE) != 0) verbose = false;
        if ((add & MULTILINE) != 0) multiline = true;
        if ((del & MULTILINE) != 0) multiline = false;
        StringBuilder on = new StringBuilder(), off = new StringBuilder();
        javaFlags(add, on);
        javaFlags(del, off);
        if ((add & ASCII) != 0) off.append('U');
        if ((add & UNICODE) != 0) on.append('U');
        out.append("(?").append(on);
        if (off.length() > 0) out.append('-').append(off);
        out.append(':');
        atomWidth = parseAlternation(false);
        closeGroup(start);
        verbose = savedVerbose;
        multiline = savedMultiline;
        return Kind.ITEM;
    }

    private static void javaFlags(int f, StringBuilder sb) {
        if ((f & IGNORECASE) != 0) sb.append('i');
        if ((f & MULTILINE) != 0) sb.append('m');
        if ((f & DOTALL) != 0) sb.append('s');
    }

    /** After "(?P": a named group (?P<name>...) or a named backreference (?P=name). */
    private Kind parseP(int start) {
        if (i >= p.length) throw error("unexpected end of pattern", i);
        int c = p[i++];
        if (c == '<') {
            int nameStart = i;
            while (i < p.length && p[i] != '>') i++;
            if (i >= p.length) {
                if (nameStart == p.length) throw error("missing group name", nameStart);
                throw error("missing >, unterminated name", nameStart);
            }
            String name = source(nameStart, i);
            if (name.isEmpty()) throw error("missing group name", nameStart);
            if (!isIdentifier(name)) throw error("bad character in group name " + PyStr.repr(name), nameStart);
            i++;
            int gid = ++groups;
            Integer old = names.put(name, gid);
            if (old != null) {
                throw error("redefinition of group name " + PyStr.repr(name) + " as group " + gid + "; was group " + old,
                        nameStart);
            }
            openGroup(gid);
            out.append('(');
            long[] w = parseAlternation(false);
            closeGroup(start);
            closeGroupId(gid);
            groupWidths.put(gid, w);
            atomWidth = w;
            return Kind.ITEM;
        }
        if (c == '=') {
            int nameStart = i;
            while (i < p.length && p[i] != ')') i++;
            if (i >= p.length) {
                if (nameStart == p.length) throw error("missing group name", nameStart);
                throw error("missing ), unterminated name", nameStart);
            }
            String name = source(nameStart, i);
            if (name.isEmpty()) throw error("missing group name", nameStart);
            if (!isIdentifier(name)) throw error("bad character in group name " + PyStr.repr(name), nameStart);
            Integer gid = names.get(name);
            if (gid == null) throw error("unknown group name " + PyStr.repr(name), nameStart);
            if (open.contains(gid)) throw error("cannot refer to an open group", nameStart);
            i++;
            out.append("(?:\\").append(gid).append(')');
            atomWidth = groupWidths.get(gid);
            return Kind.ITEM;
        }
        throw error("unknown extension ?P" + Character.toString(c), start + 1);
    }

    // ---- escapes -----------------------------------------------------------------------------

    private Kind parseEscape() {
        int start = i;
        i++;
        if (i >= p.length) throw error("bad escape (end of pattern)", start);
        int c = p[i++];
        switch (c) {
            case 'A' -> {
                out.append("\\A");
                return Kind.AT;
            }
            case 'Z' -> {
                out.append("\\z");
                return Kind.AT;
            }
            case 'b', 'B' -> {
                out.append('\\').appendCodePoint(c);
                return Kind.AT;
            }
            case 'd', 'D', 's', 'S', 'w', 'W' -> {
                out.append('\\').appendCodePoint(c);
                return Kind.ITEM;
            }
            default -> {
            }
        }
        if (c == '0') {
            int v = 0;
            for (int k = 0; k < 2 && i < p.length && isOct(p[i]); k++) v = v * 8 + (p[i++] - '0');
            literal(out, v);
            return Kind.ITEM;
        }
        if (isDigit(c)) {
            if (i < p.length && isDigit(p[i])) {
                if (isOct(c) && isOct(p[i]) && i + 1 < p.length && isOct(p[i + 1])) {
                    int v = (c - '0') * 64 + (p[i] - '0') * 8 + (p[i + 1] - '0');
                    i += 2;
                    if (v > 0377) throw error("octal escape value " + source(start, i) + " outside of range 0-0o377", start);
                    literal(out, v);
                    return Kind.ITEM;
                }
                i++;
            }
            int group = Integer.parseInt(source(start + 1, i));
            if (group <= groups) {
                if (open.contains(group)) throw error("cannot refer to an open group", start);
                out.append("(?:\\").append(group).append(')');
                atomWidth = groupWidths.get(group);
                return Kind.ITEM;
            }
            throw error("invalid group reference " + group, start + 1);
        }
        int v = literalEscape(c, start);
        if (v < 0) throw error("bad escape \\" + Character.toString(c), start);
        literal(out, v);
        return Kind.ITEM;
    }

}
