package dev.taipan.runtime;

/** An instance of a user-defined class (with object as its solid base): its class and its __dict__. */
public class PyInstance extends PyObject {
    /** Most instances have a handful of attributes: their dict starts at the smallest table. */
    private static final int INITIAL_ATTRIBUTES = 5;
    private PyType cls;
    private final PyDict dict;

    public PyInstance(PyType cls) {
        this.cls = cls;
        this.dict = new PyDict(INITIAL_ATTRIBUTES);
    }

    @Override
    public PyType type() {
        return cls;
    }

    public void setType(PyType t) {
        this.cls = t;
    }

    @Override
    public PyDict dict() {
        return cls.instancesHaveDict ? dict : null;
    }

    /** Where __slots__ attributes are kept (the same storage as the dict, hidden when the class has none). */
    PyDict slotStorage() {
        if (slots == null) slots = new PyDict();
        return slots;
    }

    private PyDict slots;

    @Override
    public PyObject iter() {
        return Protocols.genericIter(this);
    }

    @Override
    public boolean isDescriptor() {
        return cls.lookup("__get__") != null;
    }

    @Override
    public boolean isDataDescriptor() {
        return cls.lookup("__set__") != null || cls.lookup("__delete__") != null;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType owner) {
        PyObject m = cls.lookup("__get__");
        if (m == null) return this;
        return Call.callMethod(m, this, obj == null ? PyNone.NONE : obj, owner);
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        PyObject m = cls.lookup("__set__");
        if (m == null) throw Errors.attributeError("__set__");
        Call.callMethod(m, this, obj, value);
    }

    @Override
    public void descrDelete(PyObject obj) {
        PyObject m = cls.lookup("__delete__");
        if (m == null) throw Errors.attributeError("__delete__");
        Call.callMethod(m, this, obj);
    }
}
