package dev.taipan.runtime;

/** Iterates a fixed array of values (tuples and snapshots). */
public final class SeqIterator extends PyObject implements LengthHint {
    @Override
    public long remaining() {
        return Math.max(0, size - i);
    }

    public static final PyType TYPE = new PyType("tuple_iterator", PyType.OBJECT, true, null).markFinal();
    private final PyObject[] items;
    private final int size;
    private int i;

    public SeqIterator(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
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
        return i < size ? items[i++] : null;
    }
}
