package dev.taipan.runtime;

import java.util.Arrays;

/** Installs bytearray's constructor and mutators: item and slice assignment, append, extend, pop, insert, remove and friends. */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    private static PyByteArray self(PyObject o) {
        return (PyByteArray) o;
    }

    private static int byteArg(PyObject o) {
        return BytesOps.byteValue(Protocols.index(o));
    }

    private static final String[] INIT_NAMES = {"source", "encoding", "errors"};

    /** Gives a mutable bytes-like type (bytearray, memoryview) __setitem__ and __delitem__ over setItem and delItem. */
    static void installItemAssignment(PyType t) {
        t.define("__setitem__", PyBuiltin.Method.arity(t, "__setitem__", 2, (s, a) -> {
            s.setItem(a[0], a[1]);
            return PyNone.NONE;
        }));
        t.method1("__delitem__", (s, k) -> {
            s.delItem(k);
            return PyNone.NONE;
        });
    }

    static void install() {
        PyType t = PyByteArray.TYPE;
        t.staticNew((cls, a, kw) -> cls.allocator.allocate(cls));
        t.method("__init__", (s, a, kw) -> {
            PyObject[] p = StrMethods.clinic("bytearray", a, kw, INIT_NAMES, 0, 0, 3, 0);
            String enc = StrMethods.strParam("bytearray", "encoding", p[1], null);
            String err = StrMethods.strParam("bytearray", "errors", p[2], null);
            self(s).setContent(BytesMethods.fromSource("bytearray", p[0], enc, err));
            return PyNone.NONE;
        });
        t.define("__hash__", PyNone.NONE);
        installItemAssignment(t);
        t.method1("__iadd__", (s, o) -> {
            PyObject r = s.inplaceOp(dev.taipan.ast.Operator.ADD, o);
            return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
        });
        t.method1("__imul__", (s, o) -> {
            self(s).setContent(BytesOps.repeat(self(s).buf, self(s).size, Protocols.index(o)));
            return s;
        });
        t.method0("__alloc__", s -> PyInt.of(self(s).size + 1));
        t.method1("append", (s, o) -> {
            self(s).append(byteArg(o));
            return PyNone.NONE;
        });
        t.method1("extend", (s, o) -> {
            extend(self(s), o);
            return PyNone.NONE;
        });
        t.method("pop", (s, a, kw) -> {
            StrMethods.noKw("bytearray.pop", kw);
            StrMethods.argCount("pop", a, 0, 1);
            PyByteArray b = self(s);
            long ix = a.length == 0 ? -1 : Protocols.index(a[0]).asLong("Python int too large to convert to C ssize_t");
            if (b.size == 0) throw Errors.indexError("pop from empty bytearray");
            if (ix < 0) ix += b.size;
            if (ix < 0 || ix >= b.size) throw Errors.indexError("pop index out of range");
            return PyInt.of(b.removeAt((int) ix));
        });
        t.method("insert", (s, a, kw) -> {
            StrMethods.noKw("bytearray.insert", kw);
            StrMethods.argCount("insert", a, 2, 2);
            PyByteArray b = self(s);
            long ix = Protocols.index(a[0]).asLong("Python int too large to convert to C ssize_t");
            int v = byteArg(a[1]);
            if (ix < 0) ix = Math.max(0, ix + b.size);
            if (ix > b.size) ix = b.size;
            b.ensureCapacity(b.size + 1);
            System.arraycopy(b.buf, (int) ix, b.buf, (int) ix + 1, b.size - (int) ix);
            b.buf[(int) ix] = (byte) v;
            b.size++;
            return PyNone.NONE;
        });
        t.method1("remove", (s, o) -> {
            PyByteArray b = self(s);
            int v = byteArg(o);
            for (int i = 0; i < b.size; i++) {
                if ((b.buf[i] & 0xff) == v) {
                    b.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        t.method0("reverse", s -> {
            PyByteArray b = self(s);
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte x = b.buf[i];
                b.buf[i] = b.buf[j];
                b.buf[j] = x;
            }
            return PyNone.NONE;
        });
        t.method0("clear", s -> {
            self(s).clear();
            return PyNone.NONE;
        });
        t.method0("copy", s -> new PyByteArray(self(s).toByteArray()));
    }

    private static void extend(PyByteArray b, PyObject o) {
        if (o instanceof BytesLike src) {
            b.appendAll(src.array(), src.size());
            return;
        }
        if (o instanceof PyStr) throw Errors.typeError("expected iterable of integers; got: 'str'");
        PyObject it;
        try {
            it = o.iter();
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) throw Errors.typeError("can't extend bytearray with " + o.type().name);
            throw e;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (PyObject x = it.next(); x != null; x = it.next()) out.write(byteArg(x));
        byte[] add = out.toByteArray();
        b.appendAll(add, add.length);
    }

    /** The bytes a slice assignment stores: bytes-like or an iterable of ints (not str or int). */
    private static byte[] assignable(PyByteArray self, PyObject value) {
        if (value instanceof BytesLike b) return b.toByteArray();
        if (value instanceof PyStr || value instanceof PyInt || Protocols.indexOrNull(value) != null) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        PyObject[] items;
        try {
            items = Protocols.toArray(value);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            throw e;
        }
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) out[i] = (byte) byteArg(items[i]);
        return out;
    }

    static void setSlice(PyByteArray b, PySlice sl, PyObject value) {
        byte[] src = assignable(b, value);
        long[] r = sl.indices(b.size);
        int start = (int) r[0], stop = (int) r[1], step = (int) r[2];
        if (step == 1) {
            if (stop < start) stop = start;
            byte[] out = new byte[b.size - (stop - start) + src.length];
            System.arraycopy(b.buf, 0, out, 0, start);
            System.arraycopy(src, 0, out, start, src.length);
            System.arraycopy(b.buf, stop, out, start + src.length, b.size - stop);
            b.setContent(out);
            return;
        }
        int n = PySlice.length(start, stop, step);
        if (n != src.length) {
            throw Errors.valueError("attempt to assign bytes of size " + src.length + " to extended slice of size " + n);
        }
        for (int k = 0, j = start; k < n; k++, j += step) b.buf[j] = src[k];
    }

    static void delSlice(PyByteArray b, PySlice sl) {
        long[] r = sl.indices(b.size);
        int start = (int) r[0], stop = (int) r[1], step = (int) r[2];
        int n = PySlice.length(start, stop, step);
        if (n == 0) return;
        if (step == 1) {
            // a contiguous run (del buf[:n], the stream buffers' case): one move in place
            System.arraycopy(b.buf, stop, b.buf, start, b.size - stop);
            b.size -= n;
            return;
        }
        boolean[] drop = new boolean[b.size];
        for (int k = 0, j = start; k < n; k++, j += step) drop[j] = true;
        byte[] out = new byte[b.size - n];
        int w = 0;
        for (int i = 0; i < b.size; i++) {
            if (!drop[i]) out[w++] = b.buf[i];
        }
        b.setContent(Arrays.copyOf(out, w));
    }
}
