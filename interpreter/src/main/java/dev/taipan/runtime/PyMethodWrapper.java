package dev.taipan.runtime;

/** A slot method bound to its object (CPython's method-wrapper), such as a function's __call__. */
public final class PyMethodWrapper extends PyObject {
    public static final PyType TYPE = new PyType("method-wrapper", PyType.OBJECT, true, null).markFinal();

    final String name;
    final PyObject self;
    final PyBuiltin.Body body;

    public PyMethodWrapper(String name, PyObject self, PyBuiltin.Body body) {
        this.name = name;
        this.self = self;
        this.body = body;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }

    @Override
    public PyObject lookupAttr(String attr) {
        return switch (attr) {
            case "__name__" -> PyStr.of(name);
            case "__qualname__" -> PyStr.of(self.type().qualname + "." + name);
            case "__self__" -> self;
            default -> super.lookupAttr(attr);
        };
    }

    @Override
    public String repr() {
        return "<method-wrapper '" + name + "' of " + self.type().name + " object at " + Ids.hexId(self) + ">";
    }
}
