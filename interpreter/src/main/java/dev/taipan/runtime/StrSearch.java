package dev.taipan.runtime;

/**
 * str searching and splitting: find/index/count/startswith/endswith with CPython's start/end
 * adjustment, replace, split/rsplit/splitlines, partition, join and the strip family. Positions
 * are code-point indices; BMP-only strings (nearly all) use UTF-16 indices directly.
 */
final class StrSearch {
    private StrSearch() {}

    // ---- start/end arguments ------------------------------------------------------------------

    /** A start/end argument: null or None means absent (def); otherwise __index__, clamped to the long range. */
    static long sliceIndex(PyObject o, long def) {
        if (o == null || o == PyNone.NONE) return def;
        PyObject i = o instanceof PyInt ? o : Protocols.indexOrNull(o);
        if (i == null) throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        PyInt v = (PyInt) i;
        if (v.isBig()) return v.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v.value));
    }

    /** CPython's ADJUST_INDICES: {start, end} for a sequence of length len (start may exceed len). */
    static int[] adjust(PyObject startArg, PyObject endArg, int len) {
        long start = sliceIndex(startArg, 0), end = sliceIndex(endArg, len);
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) end = 0;
        }
        if (start < 0) {
            start += len;
            if (start < 0) start = 0;
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    /** UTF-16 offset of code-point index cp (cp <= length). */
    static int offset(PyStr s, int cp) {
        if (s.isBmp()) return cp;
        return s.value.offsetByCodePoints(0, cp);
    }

    /** Code-point index of UTF-16 offset off. */
    static int cpIndex(PyStr s, int off) {
        if (off < 0 || s.isBmp()) return off;
        return s.value.codePointCount(0, off);
    }

    static PyStr strArg(String fname, int argno, PyObject o) {
        if (o instanceof PyStr s) return s;
        throw Errors.typeError(fname + "() argument " + argno + " must be str, not " + o.type().name);
    }

    // ---- find family --------------------------------------------------------------------------

    /** s.find(sub, start, end) (reverse: rfind) as a code-point index, or -1. */
    static int find(PyStr s, PyStr sub, PyObject startArg, PyObject endArg, boolean reverse) {
        int len = s.length();
        int[] r = adjust(startArg, endArg, len);
        int start = r[0], end = r[1];
        int subLen = sub.length();
        if (end - start < subLen) return -1;
        if (s.isBmp()) {
            String v = s.value;
            int found;
            if (reverse) {
                found = v.lastIndexOf(sub.value, end - subLen);
                return found >= start ? found : -1;
            }
            found = v.indexOf(sub.value, start);
            return found >= 0 && found + subLen <= end ? found : -1;
        }
        int a = offset(s, start), b = offset(s, end);
        String region = s.value.substring(a, b);
        int found = reverse ? region.lastIndexOf(sub.value) : region.indexOf(sub.value);
        if (found < 0) return -1;
        return cpIndex(s, a + found);
    }

    static int count(PyStr s, PyStr sub, PyObject startArg, PyObject endArg) {
        int len = s.length();
        int[] r = adjust(startArg, endArg, len);
        int start = r[0], end = r[1];
        if (start > len) return 0;
        if (sub.value.isEmpty()) return start <= end ? end - start + 1 : 0;
        if (end - start < sub.length()) return 0;
        String region = s.value.substring(offset(s, start), offset(s, end));
        String needle = sub.value;
        int c = 0;
        for (int i = region.indexOf(needle); i >= 0; i = region.indexOf(needle, i + needle.length())) c++;
        return c;
    }

    /** startswith/endswith for one str prefix. */
    static boolean tailMatch(PyStr s, PyStr sub, int start, int end, boolean atEnd) {
        int subLen = sub.length();
        end -= subLen;
        if (end < start) return false;
        if (subLen == 0) return true;
        if (atEnd) return s.value.startsWith(sub.value, offset(s, end));
        return s.value.startsWith(sub.value, offset(s, start));
    }

    static PyObject startsWith(PyStr s, PyObject[] args, String[] kw, boolean atEnd) {
        String name = atEnd ? "endswith" : "startswith";
        StrMethods.noKw("str." + name, kw);
        StrMethods.argCount(name, args, 1, 3);
        int[] r = adjust(args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null, s.length());
        PyObject p = args[0];
        if (p instanceof PyStr ps) return PyBool.of(tailMatch(s, ps, r[0], r[1], atEnd));
        if (p instanceof PyTuple t) {
            for (PyObject o : t.items) {
                if (!(o instanceof PyStr ps)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + o.type().name);
                }
                if (tailMatch(s, ps, r[0], r[1], atEnd)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + p.type().name);
    }

    // ---- replace ------------------------------------------------------------------------------

    static String replace(PyStr self, String old, String repl, long count) {
        String s = self.value;
        if (count < 0) count = Long.MAX_VALUE;
        if (count == 0) return s;
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder(s.length() + repl.length() * (s.length() + 1));
            long done = 0;
            int i = 0;
            while (true) {
                if (done < count) {
                    sb.append(repl);
                    done++;
                }
                if (i >= s.length()) break;
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return sb.toString();
        }
        int i = s.indexOf(old);
        if (i < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int last = 0;
        long done = 0;
        while (i >= 0 && done < count) {
            sb.append(s, last, i).append(repl);
            last = i + old.length();
            done++;
            i = s.indexOf(old, last);
        }
        sb.append(s, last, s.length());
        return sb.toString();
    }

    // ---- split --------------------------------------------------------------------------------

    /** Python's str.isspace() for one code point (Unicode White_Space plus the ASCII separators). */
    static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    static PyList splitWhitespace(String s, long maxsplit) {
        PyList out = new PyList();
        int n = s.length();
        int i = 0;
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        while (true) {
            while (i < n && isSpace(s.charAt(i))) i++;
            if (i >= n) break;
            if (maxsplit-- == 0) {
                out.append(PyStr.of(s.substring(i)));
                break;
            }
            int j = i;
            while (j < n && !isSpace(s.charAt(j))) j++;
            out.append(PyStr.of(s.substring(i, j)));
            i = j;
        }
        return out;
    }

    static PyList rsplitWhitespace(String s, long maxsplit) {
        PyList out = new PyList();
        int j = s.length();
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        while (true) {
            while (j > 0 && isSpace(s.charAt(j - 1))) j--;
            if (j <= 0) break;
            if (maxsplit-- == 0) {
                out.append(PyStr.of(s.substring(0, j)));
                break;
            }
            int i = j;
            while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
            out.append(PyStr.of(s.substring(i, j)));
            j = i;
        }
        reverse(out);
        return out;
    }

    static void reverse(PyList l) {
        for (int a = 0, b = l.size - 1; a < b; a++, b--) {
            PyObject t = l.items[a];
            l.items[a] = l.items[b];
            l.items[b] = t;
        }
    }

    static PyList split(PyStr self, String sep, long maxsplit) {
        String s = self.value;
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        PyList out = new PyList();
        int last = 0;
        int i = s.indexOf(sep);
        if (i < 0 && self.getClass() == PyStr.class) {
            out.append(self);
            return out;
        }
        while (i >= 0 && maxsplit-- > 0) {
            out.append(PyStr.of(s.substring(last, i)));
            last = i + sep.length();
            i = s.indexOf(sep, last);
        }
        out.append(PyStr.of(s.substring(last)));
        return out;
    }

    static PyList rsplit(PyStr self, String sep, long maxsplit) {
        String s = self.value;
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        PyList out = new PyList();
        int end = s.length();
        int i = s.lastIndexOf(sep, end - sep.length());
        while (i >= 0 && maxsplit-- > 0) {
            out.append(PyStr.of(s.substring(i + sep.length(), end)));
            end = i;
            i = i - sep.length() < 0 ? -1 : s.lastIndexOf(sep, i - sep.length());
        }
        out.append(PyStr.of(s.substring(0, end)));
        reverse(out);
        return out;
    }

    /** A line boundary for str.splitlines. */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static PyList splitlines(String s, boolean keepends) {
        PyList out = new PyList();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') j += 2;
                else j++;
                if (keepends) eol = j;
            }
            out.append(PyStr.of(s.substring(i, eol)));
            i = j;
        }
        return out;
    }

    static PyTuple partition(PyStr self, PyObject sepArg, boolean reverse) {
        if (!(sepArg instanceof PyStr sep)) throw Errors.typeError("must be str, not " + sepArg.type().name);
        if (sep.value.isEmpty()) throw Errors.valueError("empty separator");
        String s = self.value;
        int i = reverse ? s.lastIndexOf(sep.value) : s.indexOf(sep.value);
        if (i < 0) {
            PyStr whole = self.getClass() == PyStr.class ? self : PyStr.of(s);
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, whole) : PyTuple.of(whole, PyStr.EMPTY, PyStr.EMPTY);
        }
        PyStr sepOut = sep.getClass() == PyStr.class ? sep : PyStr.of(sep.value);
        return PyTuple.of(PyStr.of(s.substring(0, i)), sepOut, PyStr.of(s.substring(i + sep.value.length())));
    }

    // ---- join and strip -----------------------------------------------------------------------

    static PyStr join(PyStr self, PyObject iterable) {
        PyObject[] items;
        if (iterable instanceof PyList l && iterable.getClass() == PyList.class) {
            items = l.items;
        } else if (iterable instanceof PyTuple t && iterable.getClass() == PyTuple.class) {
            items = t.items;
        } else {
            try {
                items = Protocols.toArray(iterable);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError) && iterable.type().lookup("__iter__") == null
                        && iterable.type().lookup("__getitem__") == null && !(iterable instanceof PyStr)) {
                    throw Errors.typeError("can only join an iterable");
                }
                throw e;
            }
        }
        int n = iterable instanceof PyList l ? l.size : items.length;
        if (n == 1 && items[0].getClass() == PyStr.class) return (PyStr) items[0];
        String sep = self.value;
        int total = 0;
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name + " found");
            }
            total += s.value.length() + sep.length();
        }
        StringBuilder sb = new StringBuilder(total);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(sep);
            sb.append(((PyStr) items[i]).value);
        }
        return PyStr.of(sb.toString());
    }

    /** strip (mode 0), lstrip (1), rstrip (2) with chars None (whitespace) or a str. */
    static PyStr strip(PyStr self, PyObject chars, int mode) {
        String s = self.value;
        int i = 0, j = s.length();
        if (chars == null || chars == PyNone.NONE) {
            if (mode != 2) while (i < j && isSpace(s.charAt(i))) i++;
            if (mode != 1) while (j > i && isSpace(s.charAt(j - 1))) j--;
        } else if (chars instanceof PyStr cs) {
            String c = cs.value;
            if (mode != 2) {
                while (i < j) {
                    int cp = s.codePointAt(i);
                    if (c.indexOf(cp) < 0) break;
                    i += Character.charCount(cp);
                }
            }
            if (mode != 1) {
                while (j > i) {
                    int cp = s.codePointBefore(j);
                    if (c.indexOf(cp) < 0) break;
                    j -= Character.charCount(cp);
                }
            }
        } else {
            String name = mode == 0 ? "strip" : mode == 1 ? "lstrip" : "rstrip";
            throw Errors.typeError(name + " arg must be None or str");
        }
        if (i == 0 && j == s.length() && self.getClass() == PyStr.class) return self;
        return PyStr.of(s.substring(i, j));
    }
}
