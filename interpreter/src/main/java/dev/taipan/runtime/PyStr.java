package dev.taipan.runtime;

/**
 * str: an immutable Java String. Indexing and len() count code points, as Python does; strings
 * made only of BMP characters (nearly all) take the fast UTF-16 paths. Methods live in StrMethods.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = new PyType("str", PyType.OBJECT, true, PyStrSub::allocate);
    private static final PyStr[] LATIN1 = new PyStr[256];
    public static final PyStr EMPTY;

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
        EMPTY = new PyStr("");
    }

    public final String value;
    /** -1 until computed; the number of code points. */
    private int cpLength = -1;
    private long hash;
    private boolean hashed;

    protected PyStr(String v) {
        this.value = v;
    }

    public static PyStr of(String s) {
        int n = s.length();
        if (n == 1) {
            char c = s.charAt(0);
            if (c < 256) return LATIN1[c];
        } else if (n == 0) {
            return EMPTY;
        }
        return new PyStr(s);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The one shared str for this text (sys.intern, and identifier-like constants as CPython interns them). */
    public static PyStr intern(String s) {
        PyStr small = s.length() <= 1 ? of(s) : null;
        if (small != null) return small;
        return INTERNED.computeIfAbsent(s, PyStr::new);
    }

    /** sys.intern(s): the canonical str equal to s, which becomes s itself the first time. */
    public static PyStr intern(PyStr s) {
        if (s.value.length() <= 1) return of(s.value);
        PyStr prev = INTERNED.putIfAbsent(s.value, s);
        return prev != null ? prev : s;
    }

    /** Whether CPython would intern this constant: identifier characters only. */
    public static boolean isIdentifierLike(String s) {
        if (s.length() > 64) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
        }
        return true;
    }

    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) return LATIN1[cp];
        return new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Number of code points. */
    public final int length() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    /** True when every char is a whole code point (no surrogate pairs), so UTF-16 index == code point index. */
    public final boolean isBmp() {
        return length() == value.length();
    }

    /** The code point at code-point index i (0 <= i < length()). */
    public final int codePointAt(int i) {
        if (isBmp()) return value.charAt(i);
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** Substring by code-point indices [from, to). */
    public final String substring(int from, int to) {
        if (isBmp()) return value.substring(from, to);
        int a = value.offsetByCodePoints(0, from);
        int b = value.offsetByCodePoints(a, to - from);
        return value.substring(a, b);
    }

    /**
     * Python's hash of a str. CPython randomizes it per process, so any well-mixed value will do:
     * this one derives from Java's cached String.hashCode, so hashing a name costs nothing after the first time.
     */
    public static long hashString(String s) {
        long h = (s.hashCode() * 0x9E3779B97F4A7C15L) >>> 3;
        return h == -1 ? -2 : h;
    }

    @Override
    public long hash() {
        if (!hashed) {
            hash = hashString(value);
            hashed = true;
        }
        return hash;
    }

    @Override
    public boolean isTrue() {
        return !value.isEmpty();
    }

    @Override
    public int len() {
        return length();
    }

    @Override
    public String str() {
        return value;
    }

    @Override
    public String repr() {
        return repr(value);
    }

    /** Python's repr of a string: quotes chosen as CPython does, escapes for unprintables. */
    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.append(q).toString();
    }

    /** Python's str.isprintable() for one code point. */
    public static boolean isPrintable(int c) {
        if (c == ' ') return true;
        int t = Character.getType(c);
        return switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyStr o) {
            if (op == CompareOp.EQ) return PyBool.of(value.equals(o.value));
            if (op == CompareOp.NE) return PyBool.of(!value.equals(o.value));
            return PyBool.of(op.test(compareCodePoints(value, o.value)));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** Compares by code point (differs from String.compareTo only around surrogates). */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x), sy = Character.isSurrogate(y);
                if (sx == sy) return x - y;
                return sx ? 1 : -1;
            }
        }
        return a.length() - b.length();
    }

    @Override
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        return StrMethods.binary(this, op, other, reflected);
    }

    @Override
    public boolean contains(PyObject item) {
        if (!(item instanceof PyStr s)) {
            throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name);
        }
        return value.contains(s.value);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i && !(key instanceof PyBool && false)) {
            int n = length();
            long ix = i.isBig() ? Long.MAX_VALUE : i.value;
            if (ix < 0) ix += n;
            if (ix < 0 || ix >= n) throw Errors.indexError("string index out of range");
            return ofCodePoint(codePointAt((int) ix));
        }
        if (key instanceof PySlice sl) {
            int n = length();
            long[] r = sl.indices(n);
            int start = (int) r[0], stop = (int) r[1], step = (int) r[2];
            if (step == 1) {
                if (start == 0 && stop == n && getClass() == PyStr.class) return this;
                return stop <= start ? EMPTY : of(substring(start, stop));
            }
            StringBuilder sb = new StringBuilder();
            int count = PySlice.length(start, stop, step);
            for (int k = 0, j = start; k < count; k++, j += step) {
                sb.appendCodePoint(codePointAt(j));
            }
            return of(sb.toString());
        }
        PyObject idx = Protocols.indexOrNull(key);
        if (idx != null) return getItem(idx);
        throw Errors.typeError("string indices must be integers, not '" + key.type().name + "'");
    }

    @Override
    public PyObject iter() {
        return new StrIterator(this);
    }

    /** Iterates the code points of a str. */
    static final class StrIterator extends PyObject implements LengthHint {
        @Override
        public long remaining() {
            return i >= s.length() ? 0 : s.codePointCount(i, s.length());
        }

        static final PyType TYPE = new PyType("str_ascii_iterator", PyType.OBJECT, true, null).markFinal();
        static final PyType UNICODE_TYPE = new PyType("str_iterator", PyType.OBJECT, true, null).markFinal();
        private final String s;
        private final boolean ascii;
        private int i;

        StrIterator(PyStr s) {
            this.s = s.value;
            this.ascii = s.value.chars().allMatch(c -> c < 128);
        }

        @Override
        public PyType type() {
            return ascii ? TYPE : UNICODE_TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (i >= s.length()) return null;
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            return ofCodePoint(c);
        }
    }
}
