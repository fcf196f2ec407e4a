package dev.taipan.runtime;

/** staticmethod(f): a class attribute that returns f unbound. */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = new PyType("staticmethod", PyType.OBJECT, true, cls -> new PyStaticMethod(PyNone.NONE));
    public PyObject callable;
    private PyDict dict;

    static {
        TYPE.staticNew((cls, args, kw) -> new PyStaticMethod(PyNone.NONE));
        TYPE.method("__init__", (self, args, kw) -> {
            ArgParser.count("staticmethod", args, kw, 1, 1);
            ((PyStaticMethod) self).callable = args[0];
            return PyNone.NONE;
        });
        TYPE.getset("__func__", self -> ((PyStaticMethod) self).callable);
        TYPE.getset("__wrapped__", self -> ((PyStaticMethod) self).callable);
    }

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public boolean isDescriptor() {
        return true;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType owner) {
        return callable;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return callable.call(args, kwnames);
    }

    @Override
    public String repr() {
        return "<staticmethod(" + callable.repr() + ")>";
    }
}
