package dev.taipan.runtime;

/** An instance of a user class derived from str. */
final class PyStrSub extends PyStr {
    private final PyType cls;
    private final PyDict dict = new PyDict();

    PyStrSub(PyType cls, String v) {
        super(v);
        this.cls = cls;
    }

    static PyObject allocate(PyType cls) {
        return cls == PyStr.TYPE ? PyStr.EMPTY : new PyStrSub(cls, "");
    }

    /** A str subclass instance holding v (for str.__new__ on a subclass). */
    static PyStr create(PyType cls, String v) {
        return new PyStrSub(cls, v);
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
