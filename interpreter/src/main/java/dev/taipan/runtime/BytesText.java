package dev.taipan.runtime;

import java.util.Arrays;

/** The ASCII-only text methods of bytes and bytearray: case, is* predicates, padding, hex/fromhex and translate. */
final class BytesText {
    private BytesText() {}

    private static BytesLike self(PyObject o) {
        return (BytesLike) o;
    }

    private static boolean lower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean upper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Applies a byte-to-byte mapping given the previous byte's cased-ness (for title) and position. */
    private interface Mapper {
        int map(int c, int index, boolean prevCased);
    }

    private static PyObject mapBytes(PyObject s, Mapper m) {
        BytesLike b = self(s);
        byte[] a = b.array();
        int n = b.size();
        byte[] out = new byte[n];
        boolean prev = false;
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            out[i] = (byte) m.map(c, i, prev);
            prev = lower(c) || upper(c);
        }
        return b.make(out);
    }

    private static boolean all(PyObject s, java.util.function.IntPredicate p) {
        BytesLike b = self(s);
        if (b.size() == 0) return false;
        for (int i = 0; i < b.size(); i++) {
            if (!p.test(b.at(i))) return false;
        }
        return true;
    }

    private static boolean caseCheck(PyObject s, boolean wantUpper) {
        BytesLike b = self(s);
        boolean cased = false;
        for (int i = 0; i < b.size(); i++) {
            int c = b.at(i);
            if (wantUpper ? lower(c) : upper(c)) return false;
            if (wantUpper ? upper(c) : lower(c)) cased = true;
        }
        return cased;
    }

    private static boolean isTitle(PyObject s) {
        BytesLike b = self(s);
        boolean cased = false, prev = false;
        for (int i = 0; i < b.size(); i++) {
            int c = b.at(i);
            if (upper(c)) {
                if (prev) return false;
                prev = cased = true;
            } else if (lower(c)) {
                if (!prev) return false;
                prev = cased = true;
            } else {
                prev = false;
            }
        }
        return cased;
    }

    static void install(PyType t) {
        t.method0("upper", s -> mapBytes(s, (c, i, p) -> lower(c) ? c - 32 : c));
        t.method0("lower", s -> mapBytes(s, (c, i, p) -> upper(c) ? c + 32 : c));
        t.method0("swapcase", s -> mapBytes(s, (c, i, p) -> lower(c) ? c - 32 : upper(c) ? c + 32 : c));
        t.method0("title", s -> mapBytes(s, (c, i, p) -> p ? (upper(c) ? c + 32 : c) : (lower(c) ? c - 32 : c)));
        t.method0("capitalize", s -> mapBytes(s, (c, i, p) -> i == 0 ? (lower(c) ? c - 32 : c) : (upper(c) ? c + 32 : c)));
        t.method0("isalpha", s -> PyBool.of(all(s, c -> lower(c) || upper(c))));
        t.method0("isalnum", s -> PyBool.of(all(s, c -> lower(c) || upper(c) || digit(c))));
        t.method0("isdigit", s -> PyBool.of(all(s, BytesText::digit)));
        t.method0("isspace", s -> PyBool.of(all(s, BytesMethods::isSpace)));
        t.method0("isascii", s -> PyBool.of(self(s).size() == 0 || all(s, c -> c < 128)));
        t.method0("islower", s -> PyBool.of(caseCheck(s, false)));
        t.method0("isupper", s -> PyBool.of(caseCheck(s, true)));
        t.method0("istitle", s -> PyBool.of(isTitle(s)));
        t.method("center", (s, a, kw) -> justify(self(s), a, kw, 0));
        t.method("ljust", (s, a, kw) -> justify(self(s), a, kw, 1));
        t.method("rjust", (s, a, kw) -> justify(self(s), a, kw, 2));
        t.method1("zfill", (s, w) -> zfill(self(s), w));
        t.method("expandtabs", (s, a, kw) -> {
            PyObject[] p = StrMethods.clinic("expandtabs", a, kw, new String[] {"tabsize"}, 0, 0, 1, 0);
            return expandTabs(self(s), StrMethods.indexParam(p[0], 8));
        });
        t.method("hex", (s, a, kw) -> {
            PyObject[] p = StrMethods.clinic("hex", a, kw, new String[] {"sep", "bytes_per_sep"}, 0, 0, 2, 0);
            return PyStr.of(hex(self(s), p[0], p[1] == null ? 1 : Protocols.index(p[1]).asLong("Python int too large to convert to C int")));
        });
        t.define("fromhex", new PyClassMethod(new PyBuiltin.Function("fromhex", null, (a, kw) -> {
            StrMethods.noKw(t.name + ".fromhex", kw);
            if (a.length != 2) throw Errors.typeError(PyBuiltin.arityMessage(t.name + ".fromhex", 1, a.length - 1));
            if (!(a[1] instanceof PyStr hs)) throw Errors.typeError("fromhex() argument must be str, not " + a[1].type().name);
            byte[] v = fromHex(hs.value);
            PyType cls = (PyType) a[0];
            if (cls == PyBytes.TYPE) return PyBytes.wrap(v);
            if (cls == PyByteArray.TYPE) return new PyByteArray(v);
            return cls.call(t == PyBytes.TYPE ? PyBytes.wrap(v) : new PyByteArray(v));
        })));
        t.method("translate", (s, a, kw) -> {
            PyObject[] p = StrMethods.clinic("translate", a, kw, new String[] {"table", "delete"}, 1, 1, 2, 1);
            return translate(self(s), p[0], p[1]);
        });
        t.define("maketrans", new PyStaticMethod(new PyBuiltin.Function("maketrans", null, (a, kw) -> {
            StrMethods.noKw("maketrans", kw);
            StrMethods.argCount("maketrans", a, 2, 2);
            byte[] from = BytesMethods.need(a[0]), to = BytesMethods.need(a[1]);
            if (from.length != to.length) throw Errors.valueError("maketrans arguments must have same length");
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte) i;
            for (int i = 0; i < from.length; i++) table[from[i] & 0xff] = to[i];
            return PyBytes.wrap(table);
        })));
    }

    private static int fillByte(String name, PyObject o) {
        if (o instanceof BytesLike b && b.size() == 1) return b.at(0);
        throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not " + o.type().name);
    }

    private static BytesLike justify(BytesLike s, PyObject[] a, String[] kw, int kind) {
        String name = kind == 0 ? "center" : kind == 1 ? "ljust" : "rjust";
        StrMethods.noKw(s.type().name + "." + name, kw);
        StrMethods.argCount(name, a, 1, 2);
        long width = Protocols.index(a[0]).asLong("Python int too large to convert to C ssize_t");
        int fill = a.length > 1 ? fillByte(name, a[1]) : ' ';
        int len = s.size();
        if (width <= len) return s.make(s.toByteArray());
        int marg = (int) (width - len);
        int left = switch (kind) {
            case 0 -> marg / 2 + (marg & (int) width & 1);
            case 1 -> 0;
            default -> marg;
        };
        byte[] out = new byte[(int) width];
        Arrays.fill(out, (byte) fill);
        System.arraycopy(s.array(), 0, out, left, len);
        return s.make(out);
    }

    private static BytesLike zfill(BytesLike s, PyObject w) {
        long width = Protocols.index(w).asLong("Python int too large to convert to C ssize_t");
        int len = s.size();
        if (width <= len) return s.make(s.toByteArray());
        byte[] out = new byte[(int) width];
        int fill = (int) (width - len);
        Arrays.fill(out, 0, fill, (byte) '0');
        System.arraycopy(s.array(), 0, out, fill, len);
        if (len > 0 && (out[fill] == '+' || out[fill] == '-')) {
            out[0] = out[fill];
            out[fill] = '0';
        }
        return s.make(out);
    }

    private static BytesLike expandTabs(BytesLike s, long tabsize) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.size() + 16);
        long col = 0;
        for (int i = 0; i < s.size(); i++) {
            int c = s.at(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    for (long k = 0; k < n; k++) out.write(' ');
                    col += n;
                }
            } else {
                out.write(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return s.make(out.toByteArray());
    }

    static String hex(BytesLike s, PyObject sepArg, long perSep) {
        int n = s.size();
        char sep = 0;
        if (sepArg != null) {
            int len = sepArg.len();
            if (len != 1) throw Errors.valueError("sep must be length 1.");
            int c;
            if (sepArg instanceof PyStr ps) c = ps.value.codePointAt(0);
            else if (sepArg instanceof BytesLike b) c = b.at(0);
            else throw Errors.typeError("sep must be str or bytes.");
            if (c > 127) throw Errors.valueError("sep must be ASCII.");
            sep = (char) c;
        }
        StringBuilder sb = new StringBuilder(n * 3);
        long group = Math.abs(perSep);
        for (int i = 0; i < n; i++) {
            if (sep != 0 && i > 0 && group > 0) {
                boolean boundary = perSep > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) sb.append(sep);
            }
            int c = s.at(i);
            sb.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        }
        return sb.toString();
    }

    static byte[] fromHex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (BytesMethods.isSpace(s.charAt(i))) {
                while (i < n && BytesMethods.isSpace(s.charAt(i))) i++;
                if (i >= n) break;
            }
            int top = hexDigit(s, i);
            if (top < 0) throw badHex(s, i);
            int bot = hexDigit(s, i + 1);
            if (bot < 0) throw badHex(s, i + 1);
            out.write(top * 16 + bot);
            i += 2;
        }
        return out.toByteArray();
    }

    private static int hexDigit(String s, int i) {
        if (i >= s.length()) return -1;
        char c = s.charAt(i);
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    private static PyException badHex(String s, int i) {
        return Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + s.codePointCount(0, Math.min(i, s.length())));
    }

    private static BytesLike translate(BytesLike s, PyObject table, PyObject delete) {
        byte[] map = null;
        if (table != PyNone.NONE) {
            map = BytesMethods.need(table);
            if (map.length != 256) throw Errors.valueError("translation table must be 256 characters long");
        }
        boolean[] del = new boolean[256];
        if (delete != null) {
            for (byte b : BytesMethods.need(delete)) del[b & 0xff] = true;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.size());
        for (int i = 0; i < s.size(); i++) {
            int c = s.at(i);
            if (del[c]) continue;
            out.write(map == null ? c : map[c] & 0xff);
        }
        return s.make(out.toByteArray());
    }
}
