package dev.taipan.runtime;

/**
 * The common base of bytes, bytearray and memoryview (the bytes-like objects): a byte array of
 * which the first size() bytes are the value.
 */
public abstract class BytesLike extends PyObject {

    /** The backing array; only the first size() bytes belong to the value. */
    public abstract byte[] array();

    public abstract int size();

    /** A new value of the same kind as this one (bytes or bytearray) holding b (which it takes over). */
    public abstract BytesLike make(byte[] b);

    /** The value as a fresh array of exactly size() bytes. */
    public byte[] toByteArray() {
        return java.util.Arrays.copyOf(array(), size());
    }

    /** The unsigned byte at i. */
    public int at(int i) {
        return array()[i] & 0xff;
    }

    /** The bytes of a bytes-like object, or null when o is not one. */
    public static byte[] bytesOf(PyObject o) {
        if (o instanceof BytesLike b) return b.toByteArray();
        return null;
    }

    @Override
    public final int len() {
        return size();
    }

    @Override
    public final boolean isTrue() {
        return size() != 0;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof BytesLike o) || other instanceof PyMemoryView) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(op.test(compare(array(), size(), o.array(), o.size())));
    }

    static int compare(byte[] a, int na, byte[] b, int nb) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            int x = a[i] & 0xff, y = b[i] & 0xff;
            if (x != y) return x - y;
        }
        return Integer.compare(na, nb);
    }

    @Override
    public boolean contains(PyObject item) {
        byte[] a = array();
        int n = size();
        if (item instanceof BytesLike s) {
            return BytesOps.find(a, 0, n, s.array(), s.size()) >= 0;
        }
        PyObject ix = Protocols.indexOrNull(item);
        if (ix == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + item.type().name + "'");
        }
        int v = BytesOps.byteValue((PyInt) ix);
        for (int i = 0; i < n; i++) {
            if ((a[i] & 0xff) == v) return true;
        }
        return false;
    }

    /** b'...' as CPython prints it; bytearray always escapes the single quote. */
    static String bytesRepr(byte[] a, int n, boolean escapeSingle) {
        boolean single = false, dbl = false;
        for (int i = 0; i < n; i++) {
            if (a[i] == '\'') single = true;
            else if (a[i] == '"') dbl = true;
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(n + 3);
        sb.append('b').append(q);
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            if (c == q || c == '\\' || (escapeSingle && c == '\'')) {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    /** Iterates the bytes of a bytes or bytearray value as ints, or the items of a memoryview. */
    static final class ByteIterator extends PyObject {
        static final PyType BYTES_TYPE = new PyType("bytes_iterator", PyType.OBJECT, true, null).markFinal();
        static final PyType BYTEARRAY_TYPE = new PyType("bytearray_iterator", PyType.OBJECT, true, null).markFinal();
        static final PyType MEMORY_TYPE = new PyType("memory_iterator", PyType.OBJECT, true, null).markFinal();
        private final BytesLike src;
        private int i;

        ByteIterator(BytesLike src) {
            this.src = src;
        }

        @Override
        public PyType type() {
            if (src instanceof PyMemoryView) return MEMORY_TYPE;
            return src instanceof PyByteArray ? BYTEARRAY_TYPE : BYTES_TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (i >= src.size()) return null; // a view's size() checks it is still usable
            if (src instanceof PyMemoryView m) return m.item(i++);
            return PyInt.of(src.array()[i++] & 0xff);
        }
    }
}
