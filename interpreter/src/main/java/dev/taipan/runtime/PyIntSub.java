package dev.taipan.runtime;

/** An instance of a user class derived from int: the value plus its class and attribute dict. */
final class PyIntSub extends PyInt {
    private final PyType cls;
    private final PyDict dict = new PyDict();

    PyIntSub(PyType cls, PyInt v) {
        super(v.value, v.big, false);
        this.cls = cls;
    }

    static PyObject allocate(PyType cls) {
        return cls == PyInt.TYPE ? PyInt.of(0) : new PyIntSub(cls, PyInt.of(0));
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
