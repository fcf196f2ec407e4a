package dev.taipan.runtime;

/** classmethod(f): a class attribute that binds f to the class. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = new PyType("classmethod", PyType.OBJECT, true, cls -> new PyClassMethod(PyNone.NONE));
    public PyObject callable;
    private PyDict dict;

    static {
        TYPE.staticNew((cls, args, kw) -> new PyClassMethod(PyNone.NONE));
        TYPE.method("__init__", (self, args, kw) -> {
            ArgParser.count("classmethod", args, kw, 1, 1);
            ((PyClassMethod) self).callable = args[0];
            return PyNone.NONE;
        });
        TYPE.getset("__func__", self -> ((PyClassMethod) self).callable);
        TYPE.getset("__wrapped__", self -> ((PyClassMethod) self).callable);
    }

    public PyClassMethod(PyObject callable) {
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
        return new PyMethod(callable, owner != null ? owner : obj.type());
    }

    @Override
    public String repr() {
        return "<classmethod(" + callable.repr() + ")>";
    }
}
