package dev.taipan.runtime;

/**
 * One str.format / str.format_map call: walks the template's literal text and replacement fields
 * ({name.attr[key]!conv:spec}, specs nesting one level) as CPython's MarkupIterator does.
 */
final class FormatTemplate {
    private static final int INIT = 0, AUTO = 1, MANUAL = 2;

    private final PyObject[] positional;
    private final String[] kwnames;
    private final PyObject[] kwvalues;
    private final PyObject mapping;
    private int numbering = INIT;
    private int nextAuto;

    FormatTemplate(PyObject[] args, String[] kwnames, PyObject mapping) {
        this.mapping = mapping;
        if (mapping != null) {
            this.positional = null;
            this.kwnames = null;
            this.kwvalues = null;
            return;
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        this.positional = nkw == 0 ? args : java.util.Arrays.copyOf(args, args.length - nkw);
        this.kwnames = kwnames;
        this.kwvalues = nkw == 0 ? null : java.util.Arrays.copyOfRange(args, args.length - nkw, args.length);
    }

    String build(String s, int depth) {
        if (depth <= 0) throw Errors.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder(s.length() + 16);
        int n = s.length();
        int pos = 0;
        while (pos < n) {
            int start = pos;
            char c = 0;
            boolean markup = false;
            while (pos < n) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= n;
            int len = pos - start;
            if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (markup && atEnd && c == '{') throw Errors.valueError("Single '{' encountered in format string");
            if (markup && !atEnd) {
                if (s.charAt(pos) == c) {
                    pos++;
                    markup = false;
                } else {
                    len--;
                }
            }
            out.append(s, start, start + len);
            if (!markup) continue;
            pos = field(s, pos, out, depth);
        }
        return out.toString();
    }

    /** Parses and renders the field starting at pos (just after '{'); returns the position after its '}'. */
    private int field(String s, int pos, StringBuilder out, int depth) {
        int n = s.length();
        int nameStart = pos;
        char c = 0;
        while (pos < n) {
            c = s.charAt(pos++);
            if (c == '{') throw Errors.valueError("unexpected '{' in field name");
            if (c == '[') {
                while (pos < n && s.charAt(pos) != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        String spec = "";
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean specFollows = true;
            if (c == '!') {
                if (pos >= n) throw Errors.valueError("end of string while looking for conversion specifier");
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < n) {
                    char d = s.charAt(pos++);
                    if (d == '}') {
                        specFollows = false;
                    } else if (d != ':') {
                        throw Errors.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            if (specFollows) {
                int specStart = pos;
                int count = 1;
                boolean closed = false;
                while (pos < n) {
                    char d = s.charAt(pos++);
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}') {
                        if (--count == 0) {
                            closed = true;
                            break;
                        }
                    }
                }
                if (!closed) throw Errors.valueError("unmatched '{' in format spec");
                spec = s.substring(specStart, pos - 1);
            }
        } else if (c != '}') {
            throw Errors.valueError("expected '}' before end of string");
        }
        PyObject obj = fieldObject(s.substring(nameStart, nameEnd));
        if (conversion != 0) {
            obj = switch (conversion) {
                case 'r' -> PyStr.of(obj.repr());
                case 's' -> PyStr.of(obj.str());
                case 'a' -> PyStr.of(StrFormat.ascii(obj));
                default -> throw Errors.valueError(conversion > 32 && conversion < 127
                        ? "Unknown conversion specifier " + (char) conversion
                        : "Unknown conversion specifier \\x" + Integer.toHexString(conversion));
            };
        }
        if (expand) spec = build(spec, depth - 1);
        out.append(StrFormat.format(obj, spec));
        return pos;
    }

    /** A field name's decimal value, or -1 when it is not all digits (or empty). */
    private static long integer(String s) {
        if (s.isEmpty()) return -1;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0 || Character.getType(s.charAt(i)) != Character.DECIMAL_DIGIT_NUMBER) return -1;
            if (v > (Long.MAX_VALUE - d) / 10) throw Errors.valueError("Too many decimal digits in format string");
            v = v * 10 + d;
        }
        return v;
    }

    private PyObject fieldObject(String name) {
        int i = 0;
        int n = name.length();
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
        String first = name.substring(0, i);
        long index = integer(first);
        boolean empty = first.isEmpty();
        if (empty || index != -1) {
            if (numbering == INIT) numbering = empty ? AUTO : MANUAL;
            if (numbering == MANUAL && empty) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (numbering == AUTO && !empty) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) index = nextAuto++;
        }
        PyObject obj;
        if (index == -1) {
            obj = keyword(first);
        } else {
            if (positional == null) throw Errors.valueError("Format string contains positional fields");
            if (index >= positional.length) {
                throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            obj = positional[(int) index];
        }
        while (i < n) {
            char c = name.charAt(i++);
            int start = i;
            if (c == '.') {
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
                if (i == start) throw Errors.valueError("Empty attribute in format string");
                obj = obj.getAttr(name.substring(start, i));
            } else if (c == '[') {
                while (i < n && name.charAt(i) != ']') i++;
                if (i >= n) throw Errors.valueError("Missing ']' in format string");
                String key = name.substring(start, i);
                i++;
                if (key.isEmpty()) throw Errors.valueError("Empty attribute in format string");
                long k = integer(key);
                obj = obj.getItem(k == -1 ? PyStr.of(key) : PyInt.of(k));
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private PyObject keyword(String name) {
        if (mapping != null) return mapping.getItem(PyStr.of(name));
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (kwnames[k].equals(name)) return kwvalues[k];
            }
        }
        throw Errors.keyError(PyStr.of(name));
    }
}
