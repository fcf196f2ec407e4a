package dev.taipan.runtime;

/** The NotImplemented and Ellipsis singletons. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = new PyType("NotImplementedType", PyType.OBJECT, true, null).markFinal();
    public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", PyType.OBJECT, true, null).markFinal();
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented(TYPE, "NotImplemented");
    public static final PyNotImplemented ELLIPSIS = new PyNotImplemented(ELLIPSIS_TYPE, "Ellipsis");

    private final PyType type;
    private final String name;

    private PyNotImplemented(PyType type, String name) {
        this.type = type;
        this.name = name;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String repr() {
        return name;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Ops.identityCompare(this, other, op);
    }
}
