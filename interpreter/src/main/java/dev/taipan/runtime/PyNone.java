package dev.taipan.runtime;

/** The None singleton. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = new PyType("NoneType", PyType.OBJECT, true, null).markFinal();
    public static final PyNone NONE = new PyNone();

    static {
        TYPE.staticNew((cls, args, kw) -> {
            if (args.length > 0) throw Errors.typeError("NoneType takes no arguments");
            return NONE;
        });
    }

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return false;
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public long hash() {
        return 0xFCA86420L;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Ops.identityCompare(this, other, op);
    }
}
