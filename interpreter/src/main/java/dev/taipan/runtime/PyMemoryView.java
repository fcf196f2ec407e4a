package dev.taipan.runtime;

import java.util.Arrays;

/**
 * memoryview: a one-dimensional view of the bytes of a bytes, bytearray or memoryview, with a
 * start, a length and a step (slicing makes a new view of the same memory; writes through a
 * view of a bytearray change it). Formats 'B', 'b' and 'c' (one byte per item) are supported.
 * Being a BytesLike, a view is accepted wherever bytes-like objects are. Unlike CPython,
 * resizing a bytearray that has views is allowed (Taipan cannot tell when a forgotten view
 * dies); a view left past the new end raises BufferError when used.
 */
public final class PyMemoryView extends BytesLike {
    public static final PyType TYPE = new PyType("memoryview", PyType.OBJECT, true, null).markFinal();

    /** The object the memory belongs to (memoryview.obj). */
    final PyObject obj;
    private final BytesLike base;
    private final int start, length, step;
    final boolean readonly;
    final char format;
    private boolean released;

    PyMemoryView(PyObject obj, BytesLike base, int start, int length, int step, boolean readonly, char format) {
        this.obj = obj;
        this.base = base;
        this.start = start;
        this.length = length;
        this.step = step;
        this.readonly = readonly;
        this.format = format;
    }

    /** memoryview(o) for a bytes-like o (or one whose class defines __buffer__); TypeError otherwise. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.check();
            return m.derive(m.readonly, m.format);
        }
        if (o instanceof BytesLike b) return new PyMemoryView(o, b, 0, b.size(), 1, !(o instanceof PyByteArray), 'B');
        PyObject exporter = o.type().lookup("__buffer__");
        if (exporter != null) {
            PyObject r = Call.callMethod(exporter, o, PyInt.of(0));
            if (!(r instanceof PyMemoryView m)) {
                throw Errors.typeError("__buffer__ returned non-memoryview object");
            }
            return m;
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + o.type().name + "'");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A new view of the same memory, with its own read-only flag and format. */
    PyMemoryView derive(boolean readonly, char format) {
        return new PyMemoryView(obj, base, start, length, step, readonly, format);
    }

    /** Raises ValueError on a released view, BufferError when its bytearray shrank under it. */
    void check() {
        if (released) throw Errors.valueError("operation forbidden on released memoryview object");
        if (length > 0) {
            int last = start + (length - 1) * step;
            if (Math.max(start, last) >= base.size()) {
                throw Errors.of(PyExc.BufferError, "memoryview: the underlying bytearray was resized below this view");
            }
        }
    }

    boolean isReleased() {
        return released;
    }

    void release() {
        released = true;
    }

    boolean contiguous() {
        return step == 1 || length <= 1;
    }

    int step() {
        return step;
    }

    // ---- BytesLike ----------------------------------------------------------------------------------

    /** The viewed bytes: the base's own array when the view starts it contiguously, else a copy. */
    @Override
    public byte[] array() {
        check();
        if (start == 0 && step == 1) return base.array();
        return toByteArrayUnchecked();
    }

    /** One copy of the viewed bytes (array() may already be a copy, which the default would copy again). */
    @Override
    public byte[] toByteArray() {
        check();
        return toByteArrayUnchecked();
    }

    private byte[] toByteArrayUnchecked() {
        byte[] a = base.array();
        if (step == 1) return Arrays.copyOfRange(a, start, start + length);
        byte[] out = new byte[length];
        for (int i = 0, p = start; i < length; i++, p += step) out[i] = a[p];
        return out;
    }

    @Override
    public int size() {
        check();
        return length;
    }

    @Override
    public int at(int i) {
        check();
        return base.array()[start + i * step] & 0xff;
    }

    @Override
    public BytesLike make(byte[] b) {
        return PyBytes.wrap(b);
    }

    /** Writes n bytes of src (from off) at item pos of this writable view. */
    public void store(int pos, byte[] src, int off, int n) {
        check();
        if (readonly) throw Errors.typeError("cannot modify read-only memory");
        byte[] a = base.array();
        if (step == 1) {
            System.arraycopy(src, off, a, start + pos, n);
            return;
        }
        for (int i = 0; i < n; i++) a[start + (pos + i) * step] = src[off + i];
    }

    /**
     * A read-write bytes-like argument (a bytearray or a writable memoryview) as a view to store
     * into, or TypeError "<what> must be read-write bytes-like object, not <type>".
     */
    public static PyMemoryView writable(PyObject o, String what) {
        if (o instanceof PyByteArray || o instanceof PyMemoryView m && !m.readonly) return of(o);
        if (o instanceof PyMemoryView m) m.check();
        throw Errors.typeError(what + " must be read-write bytes-like object, not " + o.type().name);
    }

    // ---- items ----------------------------------------------------------------------------------------

    PyObject item(int i) {
        int b = base.array()[start + i * step];
        return switch (format) {
            case 'c' -> PyBytes.wrap(new byte[] {(byte) b});
            case 'b' -> PyInt.of(b);
            default -> PyInt.of(b & 0xff);
        };
    }

    private int index(PyObject key) {
        PyInt i = Protocols.index(key);
        long ix = i.isBig() ? Long.MAX_VALUE : i.value;
        if (ix < 0) ix += length;
        if (ix < 0 || ix >= length) throw Errors.indexError("index out of bounds on dimension 1");
        return (int) ix;
    }

    private static boolean isIndex(PyObject key) {
        return key instanceof PyInt || !(key instanceof PySlice) && key.type().lookup("__index__") != null;
    }

    /** A tuple key's single index (CPython's multi-index rules for a one-dimensional view). */
    private static PyObject tupleKey(PyTuple t) {
        if (t.size() == 0) throw Errors.notImplemented("sub-views are not implemented");
        boolean allIndex = true, anySlice = false;
        for (int i = 0; i < t.size(); i++) {
            allIndex &= isIndex(t.get(i));
            anySlice |= t.get(i) instanceof PySlice;
        }
        if (allIndex) {
            if (t.size() != 1) throw Errors.typeError("cannot index 1-dimension view with " + t.size() + "-element tuple");
            return t.get(0);
        }
        if (anySlice) throw Errors.notImplemented("multi-dimensional slicing is not implemented");
        throw Errors.typeError("memoryview: invalid slice key");
    }

    @Override
    public PyObject getItem(PyObject key) {
        check();
        if (key instanceof PyTuple t) key = tupleKey(t);
        if (isIndex(key)) return item(index(key));
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(length);
            int n = PySlice.length(r[0], r[1], r[2]);
            return new PyMemoryView(obj, base, start + (int) r[0] * step, n, step * (int) r[2], readonly, format);
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        check();
        if (readonly) throw Errors.typeError("cannot modify read-only memory");
        if (key instanceof PyTuple t) key = tupleKey(t);
        if (isIndex(key)) {
            int i = index(key);
            store(i, new byte[] {packItem(value)}, 0, 1);
            return;
        }
        if (key instanceof PySlice sl) {
            if (!(value instanceof BytesLike src)) {
                throw Errors.typeError("a bytes-like object is required, not '" + value.type().name + "'");
            }
            long[] r = sl.indices(length);
            int n = PySlice.length(r[0], r[1], r[2]);
            char srcFormat = src instanceof PyMemoryView m ? m.format : 'B';
            if (src.size() != n || (srcFormat == 'c') != (format == 'c')) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.toByteArray();
            byte[] a = base.array();
            for (int i = 0; i < n; i++) a[start + (int) (r[0] + i * r[2]) * step] = data[i];
            return;
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    /** The byte an item assignment stores, checked against the format. */
    private byte packItem(PyObject v) {
        String f = "memoryview: invalid type for format '" + format + "'";
        if (format == 'c') {
            if (!(v instanceof PyBytes b)) throw Errors.typeError(f);
            if (b.size() != 1) throw Errors.valueError("memoryview: invalid value for format 'c'");
            return (byte) b.at(0);
        }
        PyObject ix = v instanceof PyInt ? v : Protocols.indexOrNull(v);
        if (ix == null) throw Errors.typeError(f);
        PyInt i = (PyInt) ix;
        long lo = format == 'b' ? -128 : 0, hi = format == 'b' ? 127 : 255;
        if (i.isBig() || i.value < lo || i.value > hi) throw Errors.valueError("memoryview: invalid value for format '" + format + "'");
        return (byte) i.value;
    }

    @Override
    public void delItem(PyObject key) {
        check();
        throw Errors.typeError("cannot delete memory");
    }

    @Override
    public boolean contains(PyObject item) {
        check();
        for (int i = 0; i < length; i++) {
            if (Ops.eq(item(i), item)) return true;
        }
        return false;
    }

    @Override
    public PyObject iter() {
        check();
        return new ByteIterator(this);
    }

    // ---- comparison, hashing, repr ---------------------------------------------------------------------

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) return PyNotImplemented.NOT_IMPLEMENTED;
        boolean eq;
        if (released || other instanceof PyMemoryView m && m.released) {
            eq = this == other;
        } else if (other instanceof BytesLike o) {
            eq = sameValues(o);
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    private boolean sameValues(BytesLike o) {
        if (o.size() != length) return false;
        char of = o instanceof PyMemoryView m ? m.format : 'B';
        for (int i = 0; i < length; i++) {
            if (key(at(i), format) != key(o.at(i), of)) return false;
        }
        return true;
    }

    /** An item's value as a number comparable across formats ('c' items equal no int). */
    private static int key(int b, char format) {
        return switch (format) {
            case 'c' -> 1000 + b;
            case 'b' -> (byte) b;
            default -> b;
        };
    }

    @Override
    public long hash() {
        check();
        if (!readonly) throw Errors.valueError("cannot hash writable memoryview object");
        return PyBytes.wrap(toByteArrayUnchecked()).hash();
    }

    @Override
    public String repr() {
        return "<" + (released ? "released " : "") + "memory at " + Ids.hexId(this) + ">";
    }

    @Override
    public String str() {
        return repr();
    }

    static {
        MemoryViewMethods.install(TYPE);
    }
}
