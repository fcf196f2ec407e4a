package dev.taipan.runtime;

/**
 * What iter(Context), Context.keys(), values() and items() return: a one-shot iterator over a
 * snapshot of the context's bindings whose len() is the number of bindings (CPython's
 * 'keys', 'values' and 'items' types).
 */
final class ContextIterator extends PyObject {
    static final PyType KEYS = new PyType("keys", PyType.OBJECT, true, null).markFinal();
    static final PyType VALUES = new PyType("values", PyType.OBJECT, true, null).markFinal();
    static final PyType ITEMS = new PyType("items", PyType.OBJECT, true, null).markFinal();

    private final PyType kind;
    private final PyObject[] keys;
    private final PyObject[] values;
    private int next;

    ContextIterator(PyType kind, ContextHamt vars) {
        this.kind = kind;
        this.keys = new PyObject[vars.size];
        this.values = new PyObject[vars.size];
        vars.entries(keys, values);
    }

    @Override
    public PyType type() {
        return kind;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (next >= keys.length) return null;
        int i = next++;
        if (kind == KEYS) return keys[i];
        if (kind == VALUES) return values[i];
        return PyTuple.of(keys[i], values[i]);
    }

    @Override
    public int len() {
        return keys.length;
    }

    static {
        for (PyType t : new PyType[] {KEYS, VALUES, ITEMS}) {
            Iterators.installIteratorProtocol(t);
            t.method0("__len__", self -> PyInt.of(self.len()));
        }
    }
}
