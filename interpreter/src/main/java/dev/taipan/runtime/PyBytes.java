package dev.taipan.runtime;

import dev.taipan.ast.Operator;

/** bytes: an immutable sequence of bytes (a Java byte[] never changed after construction). Methods live in BytesMethods. */
public class PyBytes extends BytesLike {
    public static final PyType TYPE = new PyType("bytes", PyType.OBJECT, true, PyBytes::allocate);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);
    private static final PyBytes[] SINGLE = new PyBytes[256];

    static {
        for (int i = 0; i < 256; i++) {
            SINGLE[i] = new PyBytes(new byte[] {(byte) i});
        }
    }

    /** Never mutated after construction. */
    public final byte[] value;
    private long hash;
    private boolean hashed;

    protected PyBytes(byte[] value) {
        this.value = value;
    }

    /** Wraps b without copying: the caller must not change it afterwards. */
    public static PyBytes wrap(byte[] b) {
        if (b.length == 0) return EMPTY;
        if (b.length == 1) return SINGLE[b[0] & 0xff];
        return new PyBytes(b);
    }

    public static PyBytes of(byte... b) {
        return wrap(b.clone());
    }

    private static PyObject allocate(PyType cls) {
        return cls == TYPE ? EMPTY : new Sub(cls, new byte[0]);
    }

    /** bytes of class cls (bytes itself or a subclass) holding b. */
    static PyBytes create(PyType cls, byte[] b) {
        return cls == TYPE ? wrap(b) : new Sub(cls, b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public byte[] array() {
        return value;
    }

    @Override
    public int size() {
        return value.length;
    }

    @Override
    public BytesLike make(byte[] b) {
        return wrap(b);
    }

    @Override
    public String repr() {
        return bytesRepr(value, value.length, false);
    }

    @Override
    public String str() {
        return repr();
    }

    @Override
    public long hash() {
        if (!hashed) {
            long h = 0;
            for (byte b : value) {
                h = 1000003L * h + (b & 0xff);
            }
            h ^= value.length;
            h ^= (h >>> 29);
            h &= 0x1FFFFFFFFFFFFFFFL;
            hash = h == -1 ? -2 : h;
            hashed = true;
        }
        return hash;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            int n = value.length;
            long ix = i.isBig() ? Long.MAX_VALUE : i.value;
            if (ix < 0) ix += n;
            if (ix < 0 || ix >= n) throw Errors.indexError("index out of range");
            return PyInt.of(value[(int) ix] & 0xff);
        }
        if (key instanceof PySlice sl) {
            return wrap(BytesOps.slice(value, value.length, sl));
        }
        PyObject idx = Protocols.indexOrNull(key);
        if (idx != null) return getItem(idx);
        throw Errors.typeError("byte indices must be integers or slices, not " + key.type().name);
    }

    @Override
    public PyObject iter() {
        return new ByteIterator(this);
    }

    @Override
    public PyObject binaryOp(Operator op, PyObject other, boolean reflected) {
        return BytesOps.binary(this, op, other, reflected);
    }

    /** An instance of a user class derived from bytes. */
    static final class Sub extends PyBytes {
        private final PyType cls;
        private final PyDict dict = new PyDict();

        Sub(PyType cls, byte[] b) {
            super(b);
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

        @Override
        public String str() {
            return cls.lookup("__str__") instanceof PyBuiltin.Method m && m.owner.builtin ? super.str() : Protocols.strViaType(this);
        }
    }
}
