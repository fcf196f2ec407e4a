package dev.taipan.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A data descriptor implemented in Java, such as __class__, __dict__ or a built-in type's attribute. */
public final class PyGetSet extends PyObject {
    public static final PyType TYPE = new PyType("getset_descriptor", PyType.OBJECT, true, null).markFinal();
    public final PyType owner;
    public final String name;
    private final Function<PyObject, PyObject> getter;
    private final BiConsumer<PyObject, PyObject> setter;

    public PyGetSet(PyType owner, String name, Function<PyObject, PyObject> getter, BiConsumer<PyObject, PyObject> setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isDescriptor() {
        return true;
    }

    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType ownerType) {
        if (obj == null) return this;
        return getter.apply(obj);
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
        }
        setter.accept(obj, value);
    }

    @Override
    public void descrDelete(PyObject obj) {
        throw Errors.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
    }

    @Override
    public String repr() {
        return "<attribute '" + name + "' of '" + owner.name + "' objects>";
    }
}
