package dev.taipan.runtime;

/** An instance of a user class derived from dict (with __missing__ support). */
final class PyDictSub extends PyDict {
    private final PyType cls;
    private final PyDict attrs = new PyDict();

    PyDictSub(PyType cls) {
        this.cls = cls;
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict dict() {
        return attrs;
    }

    private boolean builtinSlot(String name) {
        return cls.lookup(name) instanceof PyBuiltin.Method m && m.owner.builtin;
    }

    @Override
    protected PyObject missing(PyObject key) {
        PyObject m = cls.lookup("__missing__");
        if (m != null) return Call.callMethod(m, this, key);
        return super.missing(key);
    }

    @Override
    public PyObject getItem(PyObject key) {
        return builtinSlot("__getitem__") ? super.getItem(key) : Protocols.genericGetItem(this, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (builtinSlot("__setitem__")) super.setItem(key, value);
        else Protocols.genericSetItem(this, key, value);
    }

    @Override
    public String repr() {
        return builtinSlot("__repr__") ? super.repr() : Protocols.reprViaType(this);
    }

    @Override
    public boolean contains(PyObject item) {
        return builtinSlot("__contains__") ? super.contains(item) : Protocols.genericContains(this, item);
    }
}
