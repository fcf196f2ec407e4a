package dev.taipan.runtime;

/**
 * A parsed format spec ([[fill]align][sign][z][#][0][width][grouping][.precision][type]) as
 * CPython's parse_internal_render_format_spec reads it, and the layout of a formatted number
 * (padding, sign, prefix, digit grouping including zero padding that is grouped too).
 */
final class FormatSpec {
    int fill = ' ';
    char align;
    char sign;
    boolean noNeg0;
    boolean alternate;
    int width = -1;
    /** ',' or '_' or 0. */
    char grouping;
    /** Digits per group: 3, or 4 for '_' with b/o/x/X. */
    int groupSize = 3;
    int precision = -1;
    /** The presentation type, 0 when none. */
    int type;

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Parses spec for a value of type typeName with default type and alignment, raising CPython's ValueErrors. */
    static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        FormatSpec f = new FormatSpec();
        int[] s = new int[spec.length()];
        int n = 0;
        for (int k = 0; k < spec.length(); ) {
            int cp = spec.codePointAt(k);
            s[n++] = cp;
            k += Character.charCount(cp);
        }
        int pos = 0;
        f.align = defaultAlign;
        f.type = defaultType;
        boolean fillSpecified = false, alignSpecified = false;
        if (n >= 2 && isAlign(s[1])) {
            f.fill = s[0];
            f.align = (char) s[1];
            fillSpecified = alignSpecified = true;
            pos = 2;
        } else if (n >= 1 && isAlign(s[0])) {
            f.align = (char) s[0];
            alignSpecified = true;
            pos = 1;
        }
        if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
            f.sign = (char) s[pos++];
        }
        if (pos < n && s[pos] == 'z') {
            f.noNeg0 = true;
            pos++;
        }
        if (pos < n && s[pos] == '#') {
            f.alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < n && s[pos] == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') f.align = '=';
            pos++;
        }
        int start = pos;
        long w = 0;
        while (pos < n && s[pos] >= '0' && s[pos] <= '9') {
            w = w * 10 + (s[pos++] - '0');
            if (w > Integer.MAX_VALUE) throw Errors.valueError("Too many decimal digits in format string");
        }
        if (pos > start) f.width = (int) w;
        if (pos < n && s[pos] == ',') {
            f.grouping = ',';
            pos++;
        }
        if (pos < n && s[pos] == '_') {
            if (f.grouping != 0) throw Errors.valueError("Cannot specify both ',' and '_'.");
            f.grouping = '_';
            pos++;
        }
        if (pos < n && s[pos] == ',' && f.grouping == '_') throw Errors.valueError("Cannot specify both ',' and '_'.");
        if (pos < n && s[pos] == '.') {
            pos++;
            start = pos;
            long p = 0;
            while (pos < n && s[pos] >= '0' && s[pos] <= '9') {
                p = p * 10 + (s[pos++] - '0');
                if (p > Integer.MAX_VALUE) throw Errors.valueError("Too many decimal digits in format string");
            }
            if (pos == start) throw Errors.valueError("Format specifier missing precision");
            f.precision = (int) p;
        }
        if (n - pos > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        if (n - pos == 1) f.type = s[pos];
        if (f.grouping != 0) {
            switch (f.type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> {
                }
                case 'b', 'o', 'x', 'X' -> {
                    if (f.grouping != '_') throw badGrouping(f.grouping, f.type);
                    f.groupSize = 4;
                }
                default -> throw badGrouping(f.grouping, f.type);
            }
        }
        return f;
    }

    private static PyException badGrouping(char g, int type) {
        if (type > 32 && type < 128) return Errors.valueError("Cannot specify '" + g + "' with '" + (char) type + "'.");
        return Errors.valueError("Cannot specify '" + g + "' with '\\x" + Integer.toHexString(type) + "'.");
    }

    static PyException unknownType(int type, String typeName) {
        if (type > 32 && type < 128) {
            return Errors.valueError("Unknown format code '" + (char) type + "' for object of type '" + typeName + "'");
        }
        return Errors.valueError("Unknown format code '\\x" + Integer.toHexString(type) + "' for object of type '" + typeName + "'");
    }

    /** Pads text (of len code points) to the width with the fill, using the alignment (default given). */
    String pad(String text, int len, char defaultAlign) {
        if (width <= len) return text;
        int padding = width - len;
        char a = align == 0 ? defaultAlign : align;
        int left = switch (a) {
            case '<' -> 0;
            case '^' -> padding / 2;
            default -> padding;
        };
        return StrCase.pad(text, left, padding - left, fill);
    }

    /**
     * Lays out a number: sign ('-', '+', ' ' or 0), prefix ("0x"), the integer digits, and the
     * remainder (decimal point, fraction, exponent, '%'), grouping the digits and padding as CPython's
     * calc_number_widths does.
     */
    String layoutNumber(char signChar, String prefix, String digits, String remainder) {
        char sgn = switch (sign) {
            case '+' -> signChar == '-' ? '-' : '+';
            case ' ' -> signChar == '-' ? '-' : ' ';
            default -> signChar == '-' ? '-' : 0;
        };
        int nSign = sgn == 0 ? 0 : 1;
        int nonDigits = nSign + prefix.length() + remainder.length();
        int minWidth = fill == '0' && align == '=' ? width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, grouping, groupSize);
        int total = nonDigits + grouped.length();
        int padding = width - total;
        StringBuilder sb = new StringBuilder(Math.max(width, total) + 2);
        int lpad = 0, spad = 0, rpad = 0;
        if (padding > 0) {
            switch (align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        for (int i = 0; i < lpad; i++) sb.appendCodePoint(fill);
        if (sgn != 0) sb.append(sgn);
        sb.append(prefix);
        for (int i = 0; i < spad; i++) sb.appendCodePoint(fill);
        sb.append(grouped).append(remainder);
        for (int i = 0; i < rpad; i++) sb.appendCodePoint(fill);
        return sb.toString();
    }

    /** CPython's _PyUnicode_InsertThousandsGrouping: groups digits, zero-padding them to minWidth (the zeros grouped too). */
    static String group(String digits, int minWidth, char sep, int size) {
        int remaining = digits.length();
        if (sep == 0) {
            int l = Math.max(Math.max(remaining, minWidth), 1);
            int zeros = Math.max(0, l - remaining);
            return zeros == 0 ? digits : "0".repeat(zeros) + digits;
        }
        StringBuilder rev = new StringBuilder(digits.length() * 2);
        int end = digits.length();
        boolean useSep = false;
        while (true) {
            int l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (useSep) rev.append(sep);
            for (int k = 0; k < chars; k++) rev.append(digits.charAt(end - 1 - k));
            for (int k = 0; k < zeros; k++) rev.append('0');
            end -= chars;
            useSep = true;
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth -= 1;
        }
        return rev.reverse().toString();
    }
}
