package dev.taipan.stdlib;

import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;

/** A replacement template of re.sub and Match.expand: literal text and group references (\1, \g<name>). */
final class ReTemplate {
    /** Literal strings and Integer group numbers, in order. */
    private final List<Object> parts;

    private ReTemplate(List<Object> parts) {
        this.parts = parts;
    }

    static ReTemplate compile(RePattern pattern, PyObject repl) {
        String text;
        if (!pattern.bytes && repl instanceof PyStr s) {
            text = s.value;
        } else if (pattern.bytes && repl instanceof BytesLike b) {
            text = RePattern.latin1(b.toByteArray());
        } else {
            throw Errors.typeError("expected " + (pattern.bytes ? "a bytes-like object" : "str instance") + ", "
                    + repl.type().name + " found");
        }
        List<Object> parts = new ArrayList<>();
        if (text.indexOf('\\') < 0) {
            parts.add(text);
            return new ReTemplate(parts);
        }
        new Parser(pattern, repl, text, parts).parse();
        return new ReTemplate(parts);
    }

    void expand(ReMatch m, StringBuilder sb) {
        for (Object o : parts) {
            if (o instanceof String s) {
                sb.append(s);
            } else {
                String g = m.text((Integer) o);
                if (g != null) sb.append(g);
            }
        }
    }

    /** Parses template text as CPython's parse_template, with its errors and positions. */
    private static final class Parser {
        private final RePattern pattern;
        private final PyObject repl;
        private final int[] p;
        private final List<Object> parts;
        private final StringBuilder lit = new StringBuilder();
        private int i;

        Parser(RePattern pattern, PyObject repl, String text, List<Object> parts) {
            this.pattern = pattern;
            this.repl = repl;
            this.p = text.codePoints().toArray();
            this.parts = parts;
        }

        private RuntimeException error(String msg, int pos) {
            return ReModule.patternError(msg, repl, pos);
        }

        private void addGroup(int index, int pos) {
            if (index > pattern.groups) throw error("invalid group reference " + index, pos);
            if (lit.length() > 0) {
                parts.add(lit.toString());
                lit.setLength(0);
            }
            parts.add(index);
        }

        private static boolean oct(int c) {
            return c >= '0' && c <= '7';
        }

        private static boolean digit(int c) {
            return c >= '0' && c <= '9';
        }

        void parse() {
            while (i < p.length) {
                int c = p[i++];
                if (c != '\\') {
                    lit.appendCodePoint(c);
                    continue;
                }
                int start = i - 1;
                if (i >= p.length) throw error("bad escape (end of pattern)", start);
                c = p[i++];
                if (c == 'g') {
                    groupName(start);
                } else if (c == '0') {
                    int v = 0;
                    for (int k = 0; k < 2 && i < p.length && oct(p[i]); k++) v = v * 8 + (p[i++] - '0');
                    lit.append((char) (v & 0xff));
                } else if (digit(c)) {
                    if (i < p.length && digit(p[i])) {
                        if (oct(c) && oct(p[i]) && i + 1 < p.length && oct(p[i + 1])) {
                            int v = (c - '0') * 64 + (p[i] - '0') * 8 + (p[i + 1] - '0');
                            i += 2;
                            if (v > 0377) {
                                throw error("octal escape value " + new String(p, start, 4) + " outside of range 0-0o377", start);
                            }
                            lit.append((char) v);
                            continue;
                        }
                        i++;
                    }
                    addGroup(Integer.parseInt(new String(p, start + 1, i - start - 1)), start + 1);
                } else {
                    int v = switch (c) {
                        case 'a' -> 7;
                        case 'b' -> 8;
                        case 'f' -> '\f';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        case 'v' -> 0x0b;
                        case '\\' -> '\\';
                        default -> -1;
                    };
                    if (v >= 0) {
                        lit.append((char) v);
                    } else if (c < 128 && Character.isLetter(c)) {
                        throw error("bad escape \\" + (char) c, start);
                    } else {
                        lit.append('\\').appendCodePoint(c);
                    }
                }
            }
            if (lit.length() > 0) parts.add(lit.toString());
        }

        private void groupName(int start) {
            if (i >= p.length || p[i] != '<') throw error("missing <", i);
            int nameStart = ++i;
            while (i < p.length && p[i] != '>') i++;
            if (i >= p.length) {
                if (nameStart == p.length) throw error("missing group name", nameStart);
                throw error("missing >, unterminated name", nameStart);
            }
            String name = new String(p, nameStart, i - nameStart);
            i++;
            if (name.isEmpty()) throw error("missing group name", nameStart);
            Integer index = null;
            if (isIdentifier(name)) {
                index = pattern.names.get(name);
                if (index == null) throw Errors.indexError("unknown group name " + PyStr.repr(name));
            } else {
                boolean digits = true;
                for (int k = 0; k < name.length(); k++) digits &= name.charAt(k) >= '0' && name.charAt(k) <= '9';
                if (!digits) throw error("bad character in group name " + PyStr.repr(name), nameStart);
                if (name.length() > 9) throw error("invalid group reference " + name, nameStart);
                index = Integer.parseInt(name);
            }
            addGroup(index, nameStart);
        }

        private static boolean isIdentifier(String s) {
            int c0 = s.codePointAt(0);
            if (!(Character.isUnicodeIdentifierStart(c0) || c0 == '_')) return false;
            for (int k = Character.charCount(c0); k < s.length(); ) {
                int c = s.codePointAt(k);
                if (!Character.isUnicodeIdentifierPart(c)) return false;
                k += Character.charCount(c);
            }
            return true;
        }
    }
}
