package dev.taipan.runtime;

/** An instance of a user class derived from list. */
final class PyListSub extends PyList {
    private final PyType cls;
    private final PyDict dict = new PyDict();

    PyListSub(PyType cls) {
        this.cls = cls;
    }

    static PyObject allocate(PyType cls) {
        return cls == PyList.TYPE ? new PyList() : new PyListSub(cls);
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    private boolean builtinSlot(String name) {
        return cls.lookup(name) instanceof PyBuiltin.Method m && m.owner.builtin;
    }

    @Override
    public String repr() {
        return builtinSlot("__repr__") ? super.repr() : Protocols.reprViaType(this);
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
    public int len() {
        return builtinSlot("__len__") ? super.len() : Protocols.lenOf(this, cls.lookup("__len__"));
    }

    @Override
    public PyObject iter() {
        return builtinSlot("__iter__") ? super.iter() : Protocols.genericIter(this);
    }

    @Override
    public boolean contains(PyObject item) {
        return builtinSlot("__contains__") ? super.contains(item) : Protocols.genericContains(this, item);
    }
}
