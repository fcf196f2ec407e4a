package dev.taipan.runtime;

/** A closure cell holding one variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = new PyType("cell", PyType.OBJECT, true, null).markFinal();
    /** null while the variable is unbound. */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("cell_contents")) {
            if (value == null) throw Errors.valueError("Cell is empty");
            return value;
        }
        return super.lookupAttr(name);
    }

    @Override
    public String repr() {
        return "<cell at " + Ids.hexId(this) + ": " + (value == null ? "empty" : value.type().name + " object at " + Ids.hexId(value)) + ">";
    }
}
