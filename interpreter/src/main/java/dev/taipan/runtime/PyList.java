package dev.taipan.runtime;

import java.util.Arrays;

/** list: a growable array of values. Methods live in ListMethods. */
public class PyList extends PyObject {
    public static final PyType TYPE = new PyType("list", PyType.OBJECT, true, PyListSub::allocate);

    public PyObject[] items;
    public int size;

    public PyList() {
        items = new PyObject[4];
    }

    public PyList(int capacity) {
        items = new PyObject[Math.max(capacity, 1)];
    }

    /** Takes ownership of the array. */
    public PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    public static PyList of(PyObject... items) {
        return new PyList(items.clone(), items.length);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final void append(PyObject o) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        }
        items[size++] = o;
    }

    public final void ensureCapacity(int n) {
        if (n > items.length) items = Arrays.copyOf(items, n);
    }

    public final PyObject get(int i) {
        return items[i];
    }

    public final PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    @Override
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        return ContainerOps.listBinary(this, op, other, reflected);
    }

    @Override
    public PyObject inplaceOp(dev.taipan.ast.Operator op, PyObject other) {
        return ContainerOps.listInplace(this, op, other);
    }

    @Override
    public int len() {
        return size;
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    private int index(PyInt i) {
        long ix = i.isBig() ? Long.MAX_VALUE : i.value;
        if (ix < 0) ix += size;
        if (ix < 0 || ix >= size) return -1;
        return (int) ix;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            int ix = index(i);
            if (ix < 0) throw Errors.indexError("list index out of range");
            return items[ix];
        }
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(size);
            int n = PySlice.length(r[0], r[1], r[2]);
            PyObject[] out = new PyObject[Math.max(n, 1)];
            for (int k = 0, j = (int) r[0]; k < n; k++, j += (int) r[2]) out[k] = items[j];
            return new PyList(out, n);
        }
        PyObject idx = Protocols.indexOrNull(key);
        if (idx != null) return getItem(idx);
        throw Errors.typeError("list indices must be integers or slices, not " + key.type().name);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PyInt i) {
            int ix = index(i);
            if (ix < 0) throw Errors.indexError("list assignment index out of range");
            items[ix] = value;
            return;
        }
        if (key instanceof PySlice sl) {
            Sequences.listSetSlice(this, sl, value);
            return;
        }
        PyObject idx = Protocols.indexOrNull(key);
        if (idx != null) {
            setItem(idx, value);
            return;
        }
        throw Errors.typeError("list indices must be integers or slices, not " + key.type().name);
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PyInt i) {
            int ix = index(i);
            if (ix < 0) throw Errors.indexError("list assignment index out of range");
            removeAt(ix);
            return;
        }
        if (key instanceof PySlice sl) {
            Sequences.listDelSlice(this, sl);
            return;
        }
        PyObject idx = Protocols.indexOrNull(key);
        if (idx != null) {
            delItem(idx);
            return;
        }
        throw Errors.typeError("list indices must be integers or slices, not " + key.type().name);
    }

    public final PyObject removeAt(int ix) {
        PyObject old = items[ix];
        System.arraycopy(items, ix + 1, items, ix, size - ix - 1);
        items[--size] = null;
        return old;
    }

    public final void insert(int ix, PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        }
        System.arraycopy(items, ix, items, ix + 1, size - ix);
        items[ix] = v;
        size++;
    }

    @Override
    public boolean contains(PyObject item) {
        for (int i = 0; i < size; i++) {
            PyObject o = items[i];
            if (o == item || Ops.eq(o, item)) return true;
        }
        return false;
    }

    @Override
    public PyObject iter() {
        return new ListIterator(this);
    }

    @Override
    public String repr() {
        if (size == 0) return "[]";
        if (!ReprGuard.enter(this)) return "[...]";
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(items[i].repr());
            }
            return sb.append(']').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: '" + type().name + "'");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyList o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return Sequences.compare(items, size, o.items, o.size, op);
    }

    /** Iterates a list, seeing appends made during iteration as CPython does. */
    public static final class ListIterator extends PyObject implements LengthHint {
        @Override
        public long remaining() {
            return Math.max(0, list.size - (long) i);
        }

        public static final PyType TYPE = new PyType("list_iterator", PyType.OBJECT, true, null).markFinal();
        private final PyList list;
        private int i;

        ListIterator(PyList list) {
            this.list = list;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (i < list.size) return list.items[i++];
            i = Integer.MAX_VALUE;
            return null;
        }
    }
}
