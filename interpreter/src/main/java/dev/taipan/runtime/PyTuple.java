package dev.taipan.runtime;

import java.util.Arrays;

/** tuple: an immutable array of values. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = new PyType("tuple", PyType.OBJECT, true, PyTupleSub::allocate);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    /** Never mutated after construction. */
    public final PyObject[] items;

    protected PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** Wraps the array without copying: the caller must not keep or change it. */
    public static PyTuple wrap(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple of(PyObject... items) {
        return wrap(items.clone());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        return ContainerOps.tupleBinary(this, op, other, reflected);
    }

    @Override
    public int len() {
        return items.length;
    }

    @Override
    public boolean isTrue() {
        return items.length != 0;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            long ix = i.isBig() ? Long.MAX_VALUE : i.value;
            if (ix < 0) ix += items.length;
            if (ix < 0 || ix >= items.length) throw Errors.indexError("tuple index out of range");
            return items[(int) ix];
        }
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(items.length);
            int n = PySlice.length(r[0], r[1], r[2]);
            if (r[2] == 1 && n == items.length && type() == TYPE) return this;
            PyObject[] out = new PyObject[n];
            for (int k = 0, j = (int) r[0]; k < n; k++, j += (int) r[2]) out[k] = items[j];
            return wrap(out);
        }
        PyObject idx = Protocols.indexOrNull(key);
        if (idx != null) return getItem(idx);
        throw Errors.typeError("tuple indices must be integers or slices, not " + key.type().name);
    }

    @Override
    public boolean contains(PyObject item) {
        for (PyObject o : items) {
            if (o == item || Ops.eq(o, item)) return true;
        }
        return false;
    }

    @Override
    public PyObject iter() {
        return new SeqIterator(items, items.length);
    }

    @Override
    public String repr() {
        if (items.length == 0) return "()";
        if (!ReprGuard.enter(this)) return "(...)";
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(items[i].repr());
            }
            if (items.length == 1) sb.append(',');
            return sb.append(')').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public long hash() {
        // CPython's xxHash-based tuple hash
        final long P1 = 0x9E3779B185EBCA87L, P2 = 0xC2B2AE3D27D4EB4FL, P5 = 0x27D4EB2F165667C5L;
        long acc = P5;
        for (PyObject o : items) {
            long lane = o.hash();
            acc += lane * P2;
            acc = Long.rotateLeft(acc, 31);
            acc *= P1;
        }
        acc += items.length ^ (P5 ^ 3527539L);
        if (acc == -1) return 1546275796;
        return acc;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyTuple o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return Sequences.compare(items, items.length, o.items, o.items.length, op);
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, items.length);
    }
}
