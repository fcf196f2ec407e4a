package dev.taipan.runtime;

import java.util.Arrays;

/**
 * Installs the methods bytes and bytearray share (searching, splitting, joining, stripping,
 * replace, decode) and bytes' constructor. Case, padding, hex and translate live in BytesText;
 * bytearray's mutators in ByteArrayMethods.
 */
public final class BytesMethods {
    private BytesMethods() {}

    static BytesLike self(PyObject o) {
        return (BytesLike) o;
    }

    /** The content of a bytes-like argument, or TypeError "a bytes-like object is required, not 'str'". */
    static byte[] need(PyObject o) {
        if (o instanceof BytesLike b) return b.size() == b.array().length ? b.array() : b.toByteArray();
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    /** The needle of count/find/index: a bytes-like object or an int in range(256). */
    static byte[] needle(PyObject o) {
        if (o instanceof BytesLike b) return b.toByteArray();
        PyObject idx = o instanceof PyInt ? o : Protocols.indexOrNull(o);
        if (idx == null) throw Errors.typeError("argument should be integer or bytes-like object, not '" + o.type().name + "'");
        return new byte[] {(byte) BytesOps.byteValue((PyInt) idx)};
    }

    /** bytes(x) for a non-int, non-str object: buffer, list/tuple/iterable of ints. */
    static byte[] bytesFromObject(PyObject x, String kind) {
        if (x instanceof BytesLike b) return b.toByteArray();
        if (!(x instanceof PyStr)) {
            PyObject[] items;
            try {
                items = Protocols.toArray(x);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError) || x.type().lookup("__iter__") != null || x.type().lookup("__getitem__") != null) throw e;
                items = null;
            }
            if (items != null) {
                byte[] out = new byte[items.length];
                for (int i = 0; i < items.length; i++) {
                    PyInt v = Protocols.index(items[i]);
                    if (v.isBig() || v.value < 0 || v.value > 255) {
                        throw Errors.valueError(kind.equals("bytearray") ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
                    }
                    out[i] = (byte) v.value;
                }
                return out;
            }
        }
        throw Errors.typeError("cannot convert '" + x.type().name + "' object to " + kind);
    }

    public static void install() {
        PyBytes.TYPE.staticNew(BytesMethods::newBytes);
        for (PyType t : new PyType[] {PyBytes.TYPE, PyByteArray.TYPE}) {
            installSearch(t);
            installSplit(t);
            BytesText.install(t);
            installDunders(t);
        }
        PyBytes.TYPE.method0("__hash__", s -> PyInt.of(s.hash()));
        PyBytes.TYPE.method0("__bytes__", s -> s.getClass() == PyBytes.class ? s : PyBytes.wrap(self(s).toByteArray()));
        PyBytes.TYPE.method0("__getnewargs__", s -> PyTuple.of(PyBytes.wrap(self(s).toByteArray())));
        ByteArrayMethods.install();
        for (PyType it : new PyType[] {BytesLike.ByteIterator.BYTES_TYPE, BytesLike.ByteIterator.BYTEARRAY_TYPE}) {
            it.method0("__iter__", s -> s);
            it.method0("__next__", s -> {
                PyObject r = s.next();
                if (r == null) throw Errors.stopIteration(null);
                return r;
            });
        }
    }

    private static int[] range(BytesLike s, PyObject[] a) {
        return StrSearch.adjust(a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null, s.size());
    }

    static int find(BytesLike s, PyObject[] a, boolean reverse) {
        byte[] sub = needle(a[0]);
        int[] r = range(s, a);
        if (r[1] - r[0] < sub.length) return -1;
        return reverse ? BytesOps.rfind(s.array(), r[0], r[1], sub, sub.length) : BytesOps.find(s.array(), r[0], r[1], sub, sub.length);
    }

    private static void installSearch(PyType t) {
        String tn = t.name;
        for (String name : new String[] {"find", "rfind", "index", "rindex"}) {
            boolean rev = name.startsWith("r");
            boolean raise = name.endsWith("index");
            t.method(name, (s, a, kw) -> {
                StrMethods.noKw(tn + "." + name, kw);
                StrMethods.argCount(name, a, 1, 3);
                int r = find(self(s), a, rev);
                if (r < 0 && raise) throw Errors.valueError("subsection not found");
                return PyInt.of(r);
            });
        }
        t.method("count", (s, a, kw) -> {
            StrMethods.noKw(tn + ".count", kw);
            StrMethods.argCount("count", a, 1, 3);
            byte[] sub = needle(a[0]);
            int[] r = range(self(s), a);
            if (r[0] > self(s).size()) return PyInt.of(0);
            return PyInt.of(BytesOps.count(self(s).array(), r[0], r[1], sub, sub.length));
        });
        t.method("startswith", (s, a, kw) -> startsWith(self(s), a, kw, false));
        t.method("endswith", (s, a, kw) -> startsWith(self(s), a, kw, true));
        t.method("replace", (s, a, kw) -> {
            PyObject[] p = StrMethods.clinic("replace", a, kw, new String[] {"old", "new", "count"}, 2, 2, 3, 2);
            byte[] old = need(p[0]), repl = need(p[1]);
            long count = StrMethods.indexParam(p[2], -1);
            return self(s).make(replace(self(s).toByteArray(), old, repl, count));
        });
        t.method1("removeprefix", (s, p) -> {
            byte[] pre = need(p);
            BytesLike b = self(s);
            if (pre.length > 0 && b.size() >= pre.length && BytesOps.find(b.array(), 0, pre.length, pre, pre.length) == 0) {
                return b.make(Arrays.copyOfRange(b.array(), pre.length, b.size()));
            }
            return b.make(b.toByteArray());
        });
        t.method1("removesuffix", (s, p) -> {
            byte[] suf = need(p);
            BytesLike b = self(s);
            int n = b.size();
            if (suf.length > 0 && n >= suf.length && BytesOps.find(b.array(), n - suf.length, n, suf, suf.length) == n - suf.length) {
                return b.make(Arrays.copyOfRange(b.array(), 0, n - suf.length));
            }
            return b.make(b.toByteArray());
        });
        t.method("decode", (s, a, kw) -> {
            PyObject[] p = StrMethods.clinic("decode", a, kw, new String[] {"encoding", "errors"}, 0, 0, 2, 0);
            String enc = StrMethods.strParam("decode", "encoding", p[0], "utf-8");
            String err = StrMethods.strParam("decode", "errors", p[1], "strict");
            return PyStr.of(StrCodec.decode(self(s).array(), self(s).size(), enc, err));
        });
    }

    private static boolean tailMatch(BytesLike s, byte[] sub, int start, int end, boolean atEnd) {
        end -= sub.length;
        if (end < start) return false;
        if (sub.length == 0) return true;
        int at = atEnd ? end : start;
        return BytesOps.find(s.array(), at, at + sub.length, sub, sub.length) == at;
    }

    private static PyObject startsWith(BytesLike s, PyObject[] a, String[] kw, boolean atEnd) {
        String name = atEnd ? "endswith" : "startswith";
        StrMethods.noKw(s.type().name + "." + name, kw);
        StrMethods.argCount(name, a, 1, 3);
        int[] r = range(s, a);
        PyObject p = a[0];
        if (p instanceof BytesLike b) return PyBool.of(tailMatch(s, b.toByteArray(), r[0], r[1], atEnd));
        if (p instanceof PyTuple tup) {
            for (PyObject o : tup.items) {
                if (tailMatch(s, need(o), r[0], r[1], atEnd)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + p.type().name);
    }

    static byte[] replace(byte[] s, byte[] old, byte[] repl, long count) {
        if (count < 0) count = Long.MAX_VALUE;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length);
        if (old.length == 0) {
            long done = 0;
            for (int i = 0; ; i++) {
                if (done < count) {
                    out.writeBytes(repl);
                    done++;
                }
                if (i >= s.length) break;
                out.write(s[i]);
            }
            return out.toByteArray();
        }
        int last = 0;
        long done = 0;
        int i = BytesOps.find(s, 0, s.length, old, old.length);
        while (i >= 0 && done < count) {
            out.write(s, last, i - last);
            out.writeBytes(repl);
            last = i + old.length;
            done++;
            i = BytesOps.find(s, last, s.length, old, old.length);
        }
        out.write(s, last, s.length - last);
        return out.toByteArray();
    }

    // ---- split, join, strip, partition ----------------------------------------------------------

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static void installSplit(PyType t) {
        String tn = t.name;
        String[] names = {"sep", "maxsplit"};
        t.method("split", (s, a, kw) -> {
            PyObject[] p = StrMethods.clinic("split", a, kw, names, 0, 0, 2, 0);
            return split(self(s), p[0], StrMethods.indexParam(p[1], -1), false);
        });
        t.method("rsplit", (s, a, kw) -> {
            PyObject[] p = StrMethods.clinic("rsplit", a, kw, names, 0, 0, 2, 0);
            return split(self(s), p[0], StrMethods.indexParam(p[1], -1), true);
        });
        t.method("splitlines", (s, a, kw) -> {
            PyObject[] p = StrMethods.clinic("splitlines", a, kw, new String[] {"keepends"}, 0, 0, 1, 0);
            return splitlines(self(s), p[0] != null && p[0].isTrue());
        });
        t.method1("join", (s, it) -> join(self(s), it));
        String[] stripNames = {"strip", "lstrip", "rstrip"};
        for (int mode = 0; mode < 3; mode++) {
            int m = mode;
            String name = stripNames[mode];
            t.method(name, (s, a, kw) -> {
                StrMethods.noKw(tn + "." + name, kw);
                StrMethods.argCount(name, a, 0, 1);
                return strip(self(s), a.length > 0 ? a[0] : PyNone.NONE, m);
            });
        }
        t.method1("partition", (s, sep) -> partition(self(s), sep, false));
        t.method1("rpartition", (s, sep) -> partition(self(s), sep, true));
    }

    private static PyList split(BytesLike s, PyObject sepArg, long max, boolean reverse) {
        byte[] a = s.array();
        int n = s.size();
        if (max < 0) max = Long.MAX_VALUE;
        PyList out = new PyList();
        if (sepArg == null || sepArg == PyNone.NONE) {
            if (!reverse) {
                int i = 0;
                while (true) {
                    while (i < n && isSpace(a[i])) i++;
                    if (i >= n) break;
                    if (max-- == 0) {
                        out.append(s.make(Arrays.copyOfRange(a, i, n)));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(a[j])) j++;
                    out.append(s.make(Arrays.copyOfRange(a, i, j)));
                    i = j;
                }
            } else {
                int j = n;
                while (true) {
                    while (j > 0 && isSpace(a[j - 1])) j--;
                    if (j <= 0) break;
                    if (max-- == 0) {
                        out.append(s.make(Arrays.copyOfRange(a, 0, j)));
                        break;
                    }
                    int i = j;
                    while (i > 0 && !isSpace(a[i - 1])) i--;
                    out.append(s.make(Arrays.copyOfRange(a, i, j)));
                    j = i;
                }
                StrSearch.reverse(out);
            }
            return out;
        }
        byte[] sep = need(sepArg);
        if (sep.length == 0) throw Errors.valueError("empty separator");
        if (!reverse) {
            int last = 0;
            int i = BytesOps.find(a, 0, n, sep, sep.length);
            while (i >= 0 && max-- > 0) {
                out.append(s.make(Arrays.copyOfRange(a, last, i)));
                last = i + sep.length;
                i = BytesOps.find(a, last, n, sep, sep.length);
            }
            out.append(s.make(Arrays.copyOfRange(a, last, n)));
        } else {
            int end = n;
            int i = BytesOps.rfind(a, 0, end, sep, sep.length);
            while (i >= 0 && max-- > 0) {
                out.append(s.make(Arrays.copyOfRange(a, i + sep.length, end)));
                end = i;
                i = BytesOps.rfind(a, 0, end, sep, sep.length);
            }
            out.append(s.make(Arrays.copyOfRange(a, 0, end)));
            StrSearch.reverse(out);
        }
        return out;
    }

    private static PyList splitlines(BytesLike s, boolean keepends) {
        byte[] a = s.array();
        int n = s.size();
        PyList out = new PyList();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && a[j] != '\n' && a[j] != '\r') j++;
            int eol = j;
            if (j < n) {
                j += a[j] == '\r' && j + 1 < n && a[j + 1] == '\n' ? 2 : 1;
                if (keepends) eol = j;
            }
            out.append(s.make(Arrays.copyOfRange(a, i, eol)));
            i = j;
        }
        return out;
    }

    private static BytesLike join(BytesLike s, PyObject iterable) {
        PyObject[] items;
        try {
            items = Protocols.toArray(iterable);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && iterable.type().lookup("__iter__") == null && iterable.type().lookup("__getitem__") == null) {
                throw Errors.typeError("can only join an iterable");
            }
            throw e;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof BytesLike b)) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + items[i].type().name + " found");
            }
            if (i > 0) out.write(s.array(), 0, s.size());
            out.write(b.array(), 0, b.size());
        }
        return s.make(out.toByteArray());
    }

    private static BytesLike strip(BytesLike s, PyObject chars, int mode) {
        byte[] a = s.array();
        int i = 0, j = s.size();
        if (chars == PyNone.NONE) {
            if (mode != 2) while (i < j && isSpace(a[i])) i++;
            if (mode != 1) while (j > i && isSpace(a[j - 1])) j--;
        } else {
            byte[] c = need(chars);
            boolean[] set = new boolean[256];
            for (byte b : c) set[b & 0xff] = true;
            if (mode != 2) while (i < j && set[a[i] & 0xff]) i++;
            if (mode != 1) while (j > i && set[a[j - 1] & 0xff]) j--;
        }
        return s.make(Arrays.copyOfRange(a, i, j));
    }

    private static PyTuple partition(BytesLike s, PyObject sepArg, boolean reverse) {
        byte[] sep = need(sepArg);
        if (sep.length == 0) throw Errors.valueError("empty separator");
        byte[] a = s.array();
        int n = s.size();
        int i = reverse ? BytesOps.rfind(a, 0, n, sep, sep.length) : BytesOps.find(a, 0, n, sep, sep.length);
        if (i < 0) {
            BytesLike whole = s.make(s.toByteArray());
            return reverse ? PyTuple.of(s.make(new byte[0]), s.make(new byte[0]), whole) : PyTuple.of(whole, s.make(new byte[0]), s.make(new byte[0]));
        }
        return PyTuple.of(s.make(Arrays.copyOfRange(a, 0, i)), s.make(sep.clone()), s.make(Arrays.copyOfRange(a, i + sep.length, n)));
    }

    // ---- dunders and the constructor ----------------------------------------------------------

    private static void installDunders(PyType t) {
        t.method1("__add__", (s, o) -> BytesOps.binary(self(s), dev.taipan.ast.Operator.ADD, o, false));
        t.method1("__mul__", (s, o) -> self(s).make(BytesOps.repeat(self(s).array(), self(s).size(), Protocols.index(o))));
        t.method1("__rmul__", (s, o) -> self(s).make(BytesOps.repeat(self(s).array(), self(s).size(), Protocols.index(o))));
        t.method1("__mod__", (s, o) -> self(s).make(PercentFormat.formatBytes(self(s).toByteArray(), o)));
        t.method1("__rmod__", (s, o) -> PyNotImplemented.NOT_IMPLEMENTED);
        for (CompareOp op : CompareOp.values()) {
            t.method1(op.dunder, (s, o) -> s.richCompare(o, op));
        }
        t.method0("__len__", s -> PyInt.of(self(s).size()));
        t.method1("__getitem__", (s, k) -> s.getItem(k));
        t.method1("__contains__", (s, k) -> PyBool.of(s.contains(k)));
        t.method0("__iter__", PyObject::iter);
        t.method0("__repr__", s -> PyStr.of(s instanceof PyByteArray b
                ? b.type().name + "(" + BytesLike.bytesRepr(b.buf, b.size, true) + ")"
                : BytesLike.bytesRepr(self(s).array(), self(s).size(), false)));
        t.method0("__str__", s -> PyStr.of(s.repr()));
    }

    private static final String[] NEW_NAMES = {"source", "encoding", "errors"};

    private static PyObject newBytes(PyType cls, PyObject[] args, String[] kw) {
        byte[] v;
        if (kw == null && args.length == 1 && args[0].getClass() == PyBytes.class && cls == PyBytes.TYPE) return args[0];
        PyObject[] p = StrMethods.clinic("bytes", args, kw, NEW_NAMES, 0, 0, 3, 0);
        String enc = StrMethods.strParam("bytes", "encoding", p[1], null);
        String err = StrMethods.strParam("bytes", "errors", p[2], null);
        v = fromSource("bytes", p[0], enc, err);
        return PyBytes.create(cls, v);
    }

    /** bytes(source, encoding, errors) / bytearray(...) content, with CPython's checks in its order. */
    static byte[] fromSource(String kind, PyObject x, String enc, String err) {
        if (x == null) {
            if (enc != null || err != null) {
                throw Errors.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (enc != null) {
            if (!(x instanceof PyStr s)) throw Errors.typeError("encoding without a string argument");
            return StrCodec.encode(s.value, enc, err == null ? "strict" : err);
        }
        if (err != null) {
            throw Errors.typeError(x instanceof PyStr ? "string argument without an encoding" : "errors without a string argument");
        }
        if (kind.equals("bytes")) {
            PyObject m = x instanceof BytesLike || x instanceof PyStr || x instanceof PyInt ? null : x.type().lookup("__bytes__");
            if (m != null) {
                PyObject r = Call.callMethod(m, x);
                if (!(r instanceof PyBytes rb)) throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
                return rb.value;
            }
        }
        if (x instanceof PyStr) throw Errors.typeError("string argument without an encoding");
        PyObject idx = x instanceof PyInt ? x : (x instanceof BytesLike ? null : Protocols.indexOrNull(x));
        if (idx != null) {
            long n = ((PyInt) idx).asLong("cannot fit 'int' into an index-sized integer");
            if (n < 0) throw Errors.valueError("negative count");
            if (n > Integer.MAX_VALUE - 8) throw Errors.of(PyExc.MemoryError, "");
            return new byte[(int) n];
        }
        return bytesFromObject(x, kind);
    }
}
