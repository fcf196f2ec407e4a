package dev.taipan.runtime;

/** An instance of a user class derived from tuple (namedtuple classes among them). */
final class PyTupleSub extends PyTuple {
    private final PyType cls;
    private final PyDict dict;

    PyTupleSub(PyType cls, PyObject[] items) {
        super(items);
        this.cls = cls;
        this.dict = cls.instancesHaveDict ? new PyDict() : null;
    }

    static PyObject allocate(PyType cls) {
        return cls == PyTuple.TYPE ? PyTuple.EMPTY : new PyTupleSub(cls, new PyObject[0]);
    }

    static PyTuple create(PyType cls, PyObject[] items) {
        return cls == PyTuple.TYPE ? PyTuple.wrap(items) : new PyTupleSub(cls, items);
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
    public PyObject getItem(PyObject key) {
        return cls.lookup("__getitem__") instanceof PyBuiltin.Method m && m.owner.builtin ? super.getItem(key) : Protocols.genericGetItem(this, key);
    }
}
