package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.CompareOp;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyMappingProxy;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyNotImplemented;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.WeakRefs;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** re.Pattern: a compiled regular expression (a java.util.regex.Pattern plus Python's group names and flags). */
public final class RePattern extends PyObject {
    public static final PyType TYPE = new PyType("Pattern", PyType.OBJECT, true, null).markFinal();

    /** The pattern as given (str or bytes). */
    final PyObject source;
    final boolean bytes;
    final int flags;
    final int groups;
    final Map<String, Integer> names;
    /** Group number to its enclosing group's number (0 at top level). */
    final int[] parents;
    final Pattern compiled;

    RePattern(PyObject source, boolean bytes, int flags, int groups, Map<String, Integer> names, int[] parents, Pattern compiled) {
        this.source = source;
        this.bytes = bytes;
        this.flags = flags;
        this.groups = groups;
        this.names = names;
        this.parents = parents;
        this.compiled = compiled;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- subjects ------------------------------------------------------------------------------

    /** The text a pattern runs over: a Java string (bytes as Latin-1) with code-point index mapping. */
    static final class Subject {
        final PyObject original;
        final String text;
        final boolean bmp;
        final boolean bytes;

        Subject(PyObject original, String text, boolean bmp, boolean bytes) {
            this.original = original;
            this.text = text;
            this.bmp = bmp;
            this.bytes = bytes;
        }

        int length() {
            return bmp ? text.length() : text.codePointCount(0, text.length());
        }

        int toCp(int u) {
            return bmp || u < 0 ? u : text.codePointCount(0, u);
        }

        int toUtf16(int cp) {
            return bmp ? cp : text.offsetByCodePoints(0, cp);
        }

        PyObject slice(int u0, int u1) {
            String s = text.substring(u0, u1);
            return wrap(s);
        }

        PyObject wrap(String s) {
            return bytes ? PyBytes.wrap(s.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(s);
        }
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    Subject subject(PyObject s) {
        if (s instanceof PyStr str) {
            if (bytes) throw Errors.typeError("cannot use a bytes pattern on a string-like object");
            return new Subject(s, str.value, str.isBmp(), false);
        }
        if (s instanceof BytesLike b) {
            if (!bytes) throw Errors.typeError("cannot use a string pattern on a bytes-like object");
            return new Subject(s, latin1(b.toByteArray()), true, true);
        }
        throw Errors.typeError("expected string or bytes-like object, got '" + s.type().name + "'");
    }

    /** A matcher over subj (cut at endpos) with Python's bounds: ^ and \A only at the real start, lookbehind sees before pos. */
    Matcher matcher(Subject subj, int endU) {
        String t = endU < subj.text.length() ? subj.text.substring(0, endU) : subj.text;
        Matcher m = compiled.matcher(t);
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        return m;
    }

    /** [posU, endU] for pos/endpos in code points, clamped as CPython does; null when no match is possible. */
    static int[] bounds(Subject subj, PyObject pos, PyObject endpos) {
        int n = subj.length();
        long p = pos == null ? 0 : Protocols.index(pos).asLong("Python int too large to convert to C ssize_t");
        long e = endpos == null ? n : Protocols.index(endpos).asLong("Python int too large to convert to C ssize_t");
        if (p < 0) p = 0;
        if (p > n) p = n;
        if (e < 0) e = 0;
        if (e > n) e = n;
        if (e < p) return null;
        return new int[] {subj.toUtf16((int) p), subj.toUtf16((int) e), (int) p, (int) e};
    }

    enum Mode { MATCH, SEARCH, FULLMATCH }

    PyObject matchAt(PyObject string, PyObject pos, PyObject endpos, Mode mode) {
        Subject subj = subject(string);
        int[] b = bounds(subj, pos, endpos);
        if (b == null) return PyNone.NONE;
        Matcher m = matcher(subj, b[1]);
        boolean ok;
        switch (mode) {
            case MATCH -> {
                m.region(b[0], b[1]);
                ok = m.lookingAt();
            }
            case FULLMATCH -> {
                m.region(b[0], b[1]);
                ok = m.matches();
            }
            default -> ok = m.find(b[0]);
        }
        return ok ? new ReMatch(this, subj, m, b[2], b[3]) : PyNone.NONE;
    }

    /** Iterates the matches from pos to endpos with Python's empty-match rules. */
    final class Scanner {
        final Subject subj;
        private final Matcher m;
        private int from;
        private final int end;
        private final int pos;
        private final int endpos;
        private boolean done;

        Scanner(PyObject string, PyObject posArg, PyObject endposArg) {
            subj = subject(string);
            int[] b = bounds(subj, posArg, endposArg);
            if (b == null) {
                done = true;
                m = null;
                end = pos = endpos = 0;
                return;
            }
            m = matcher(subj, b[1]);
            from = b[0];
            end = b[1];
            pos = b[2];
            endpos = b[3];
        }

        /** The next match, or null. */
        ReMatch next() {
            if (done || from > end || !m.find(from)) {
                done = true;
                return null;
            }
            int s = m.start(), e = m.end();
            if (e == s) {
                from = e < subj.text.length() ? e + Character.charCount(subj.text.codePointAt(e)) : e + 1;
            } else {
                from = e;
            }
            return new ReMatch(RePattern.this, subj, m, pos, endpos);
        }
    }

    PyObject findall(PyObject string, PyObject pos, PyObject endpos) {
        Scanner sc = new Scanner(string, pos, endpos);
        PyList out = new PyList();
        for (ReMatch mt = sc.next(); mt != null; mt = sc.next()) {
            if (groups == 0) {
                out.append(mt.group(0));
            } else if (groups == 1) {
                out.append(mt.groupOr(1, emptyOf()));
            } else {
                PyObject[] t = new PyObject[groups];
                for (int g = 1; g <= groups; g++) t[g - 1] = mt.groupOr(g, emptyOf());
                out.append(PyTuple.wrap(t));
            }
        }
        return out;
    }

    PyObject emptyOf() {
        return bytes ? PyBytes.EMPTY : PyStr.EMPTY;
    }

    PyObject split(PyObject string, long maxsplit) {
        Scanner sc = new Scanner(string, null, null);
        PyList out = new PyList();
        int last = 0;
        long n = 0;
        String t = sc.subj.text;
        while (maxsplit <= 0 || n < maxsplit) {
            ReMatch mt = sc.next();
            if (mt == null) break;
            out.append(sc.subj.slice(last, mt.startU(0)));
            for (int g = 1; g <= groups; g++) out.append(mt.group(g));
            last = mt.endU(0);
            n++;
        }
        out.append(sc.subj.slice(last, t.length()));
        return out;
    }

    /** sub/subn: returns {result, count}. */
    PyObject[] subn(PyObject repl, PyObject string, long count) {
        ReTemplate template = null;
        boolean callable = !(repl instanceof PyStr) && !(repl instanceof BytesLike);
        if (!callable) {
            template = ReTemplate.compile(this, repl);
        }
        Scanner sc = new Scanner(string, null, null);
        String t = sc.subj.text;
        StringBuilder sb = new StringBuilder();
        // with a callable repl the pieces are joined at the end, as CPython does (so its join errors name the piece)
        java.util.List<Object> pieces = callable ? new java.util.ArrayList<>() : null;
        int last = 0;
        long n = 0;
        while (count <= 0 || n < count) {
            ReMatch mt = sc.next();
            if (mt == null) break;
            if (callable) {
                if (last < mt.startU(0)) pieces.add(t.substring(last, mt.startU(0)));
                PyObject r = repl.call(mt);
                if (r != PyNone.NONE) pieces.add(r);
            } else {
                sb.append(t, last, mt.startU(0));
                template.expand(mt, sb);
            }
            last = mt.endU(0);
            n++;
        }
        if (callable) {
            if (last < t.length()) pieces.add(t.substring(last));
            for (int k = 0; k < pieces.size(); k++) {
                Object o = pieces.get(k);
                if (o instanceof String str) {
                    sb.append(str);
                } else {
                    sb.append(textOf((PyObject) o, k));
                }
            }
        } else {
            sb.append(t, last, t.length());
        }
        return new PyObject[] {sc.subj.wrap(sb.toString()), PyInt.of(n)};
    }

    private String textOf(PyObject r, int index) {
        if (!bytes && r instanceof PyStr s) return s.value;
        if (bytes && r instanceof BytesLike b) return latin1(b.toByteArray());
        throw Errors.typeError("sequence item " + index + ": expected " + (bytes ? "a bytes-like object" : "str instance") + ", "
                + r.type().name + " found");
    }

    // ---- Python protocols ----------------------------------------------------------------------

    @Override
    public String repr() {
        String r = source.repr();
        if (r.length() > 200) r = r.substring(0, 200);
        StringBuilder sb = new StringBuilder("re.compile(").append(r);
        int f = flags;
        if (!bytes && (f & ReTranslator.LOCALE) == 0) f &= ~ReTranslator.UNICODE;
        if (f != 0) sb.append(", ").append(ReModule.flagNames(f));
        return sb.append(')').toString();
    }

    @Override
    public long hash() {
        return source.hash() * 31 + flags;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof RePattern o) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.NOT_IMPLEMENTED;
        boolean eq = o == this || (o.flags == flags && o.bytes == bytes && dev.taipan.runtime.Ops.eq(o.source, source));
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    static PyDict groupDict(Map<String, Integer> names) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Integer> e : names.entrySet()) d.put(PyStr.of(e.getKey()), PyInt.of(e.getValue()));
        return d;
    }

    private static RePattern pat(PyObject o) {
        return (RePattern) o;
    }

    private static final String[] MATCH_ARGS = {"string", "pos", "endpos"};

    static {
        PyType t = TYPE;
        t.module = "re";
        WeakRefs.allow(t);
        t.staticNew((cls, args, kw) -> {
            throw Errors.typeError("cannot create 're.Pattern' instances");
        });
        t.method("match", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("match", args, kw, MATCH_ARGS, 1, 3, 0);
            return pat(self).matchAt(a[0], a[1], a[2], Mode.MATCH);
        });
        t.method("search", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("search", args, kw, MATCH_ARGS, 1, 3, 0);
            return pat(self).matchAt(a[0], a[1], a[2], Mode.SEARCH);
        });
        t.method("fullmatch", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("fullmatch", args, kw, MATCH_ARGS, 1, 3, 0);
            return pat(self).matchAt(a[0], a[1], a[2], Mode.FULLMATCH);
        });
        t.method("findall", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("findall", args, kw, MATCH_ARGS, 1, 3, 0);
            return pat(self).findall(a[0], a[1], a[2]);
        });
        t.method("finditer", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("finditer", args, kw, MATCH_ARGS, 1, 3, 0);
            return new ReMatch.Iterator(pat(self).new Scanner(a[0], a[1], a[2]));
        });
        t.method("split", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("split", args, kw, new String[] {"string", "maxsplit"}, 1, 2, 0);
            return pat(self).split(a[0], a[1] == null ? 0 : Protocols.index(a[1]).asLong("Python int too large to convert to C ssize_t"));
        });
        t.method("sub", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("sub", args, kw, new String[] {"repl", "string", "count"}, 2, 3, 0);
            return pat(self).subn(a[0], a[1], a[2] == null ? 0 : Protocols.index(a[2]).asLong("Python int too large to convert to C ssize_t"))[0];
        });
        t.method("subn", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("subn", args, kw, new String[] {"repl", "string", "count"}, 2, 3, 0);
            return PyTuple.wrap(pat(self).subn(a[0], a[1], a[2] == null ? 0 : Protocols.index(a[2]).asLong("Python int too large to convert to C ssize_t")));
        });
        t.getset("pattern", self -> pat(self).source);
        t.getset("flags", self -> PyInt.of(pat(self).flags));
        t.getset("groups", self -> PyInt.of(pat(self).groups));
        t.getset("groupindex", self -> new PyMappingProxy(groupDict(pat(self).names)));
        t.method0("__copy__", self -> self);
        t.method1("__deepcopy__", (self, memo) -> self);
        t.method0("__repr__", self -> PyStr.of(self.repr()));
        t.method1("__eq__", (self, o) -> self.richCompare(o, CompareOp.EQ));
        t.method1("__ne__", (self, o) -> self.richCompare(o, CompareOp.NE));
        t.method0("__hash__", self -> PyInt.of(self.hash()));
        dev.taipan.runtime.PyGenericAlias.install(t);
    }
}
