package dev.taipan.runtime;

import dev.taipan.ast.Operator;
import java.util.Arrays;

/** bytearray: a mutable, growable sequence of bytes. Methods live in BytesMethods and ByteArrayMethods. */
public class PyByteArray extends BytesLike {
    public static final PyType TYPE = new PyType("bytearray", PyType.OBJECT, true, PyByteArray::allocate);

    static {
        TYPE.hashDisabled = true;
    }

    public byte[] buf;
    public int size;

    public PyByteArray() {
        buf = new byte[0];
    }

    /** Takes ownership of b. */
    public PyByteArray(byte[] b) {
        buf = b;
        size = b.length;
    }

    private static PyObject allocate(PyType cls) {
        return cls == TYPE ? new PyByteArray() : new Sub(cls);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public byte[] array() {
        return buf;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public BytesLike make(byte[] b) {
        return new PyByteArray(b);
    }

    /** Replaces the whole content with b (taking it over). */
    public final void setContent(byte[] b) {
        buf = b;
        size = b.length;
    }

    public final void ensureCapacity(int n) {
        if (n > buf.length) {
            // only the first size bytes are the value: the rest of the old array is not copied
            byte[] grown = new byte[Math.max(n, buf.length + (buf.length >> 1) + 8)];
            System.arraycopy(buf, 0, grown, 0, size);
            buf = grown;
        }
    }

    /** clear(): empties the value, keeping an array of at most this many bytes for reuse (a stream buffer's case). */
    static final int KEEP_ON_CLEAR = 1 << 20;

    public final void clear() {
        if (buf.length > KEEP_ON_CLEAR) buf = new byte[0];
        size = 0;
    }

    public final void append(int b) {
        ensureCapacity(size + 1);
        buf[size++] = (byte) b;
    }

    public final void appendAll(byte[] b, int n) {
        if (size == 0 && n > buf.length) {
            // into an empty bytearray: one exact-size copy (bytearray() += data, a buffer refilled)
            buf = Arrays.copyOf(b, n);
            size = n;
            return;
        }
        ensureCapacity(size + n);
        System.arraycopy(b, 0, buf, size, n);
        size += n;
    }

    @Override
    public String repr() {
        String name = type().name;
        return name + "(" + bytesRepr(buf, size, true) + ")";
    }

    @Override
    public String str() {
        return repr();
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: '" + type().name + "'");
    }

    private int index(PyInt i) {
        long ix = i.isBig() ? Long.MAX_VALUE : i.value;
        if (ix < 0) ix += size;
        if (ix < 0 || ix >= size) throw Errors.indexError("bytearray index out of range");
        return (int) ix;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) return PyInt.of(buf[index(i)] & 0xff);
        if (key instanceof PySlice sl) return new PyByteArray(BytesOps.slice(buf, size, sl));
        PyObject idx = Protocols.indexOrNull(key);
        if (idx != null) return getItem(idx);
        throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice sl) {
            ByteArrayMethods.setSlice(this, sl, value);
            return;
        }
        PyObject idx = key instanceof PyInt ? key : Protocols.indexOrNull(key);
        if (idx == null) throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name);
        int ix = index((PyInt) idx);
        buf[ix] = (byte) BytesOps.byteValue(Protocols.index(value));
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice sl) {
            ByteArrayMethods.delSlice(this, sl);
            return;
        }
        PyObject idx = key instanceof PyInt ? key : Protocols.indexOrNull(key);
        if (idx == null) throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name);
        removeAt(index((PyInt) idx));
    }

    public final int removeAt(int ix) {
        int v = buf[ix] & 0xff;
        System.arraycopy(buf, ix + 1, buf, ix, size - ix - 1);
        size--;
        return v;
    }

    @Override
    public PyObject iter() {
        return new ByteIterator(this);
    }

    @Override
    public PyObject binaryOp(Operator op, PyObject other, boolean reflected) {
        return BytesOps.binary(this, op, other, reflected);
    }

    @Override
    public PyObject inplaceOp(Operator op, PyObject other) {
        if (op == Operator.ADD) {
            if (!(other instanceof BytesLike b)) {
                throw Errors.typeError("can't concat " + other.type().name + " to " + type().name);
            }
            appendAll(b.array(), b.size());
            return this;
        }
        if (op == Operator.MUL) {
            PyObject idx = Protocols.indexOrNull(other);
            if (idx == null) return null;
            byte[] r = BytesOps.repeat(buf, size, (PyInt) idx);
            setContent(r);
            return this;
        }
        return null;
    }

    /** An instance of a user class derived from bytearray. */
    static final class Sub extends PyByteArray {
        private final PyType cls;
        private final PyDict dict = new PyDict();

        Sub(PyType cls) {
            this.cls = cls;
        }

        @Override
        public PyType type() {
            return cls;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public String repr() {
            return cls.lookup("__repr__") instanceof PyBuiltin.Method m && m.owner.builtin ? super.repr() : Protocols.reprViaType(this);
        }
    }
}
