package dev.taipan.runtime;

/** An instance of a user class derived from float: the value plus its class and attribute dict. */
final class PyFloatSub extends PyFloat {
    private final PyType cls;
    private final PyDict dict = new PyDict();

    PyFloatSub(PyType cls, double v) {
        super(v);
        this.cls = cls;
    }

    static PyObject allocate(PyType cls) {
        return cls == PyFloat.TYPE ? new PyFloat(0.0) : new PyFloatSub(cls, 0.0);
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
