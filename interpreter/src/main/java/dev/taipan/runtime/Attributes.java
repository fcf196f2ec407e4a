package dev.taipan.runtime;

/** The generic attribute protocol (object.__getattribute__/__setattr__/__delattr__) and the user-hook paths. */
public final class Attributes {
    private Attributes() {}

    public static PyObject genericGetAttr(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject d = t.lookup(name);
        if (d != null && d.isDataDescriptor()) {
            return d.descrGet(obj, t);
        }
        PyDict dict = obj.dict();
        if (dict != null) {
            PyObject v = dict.getStr(name);
            if (v != null) return v;
        }
        if (d != null) {
            return d.isDescriptor() ? d.descrGet(obj, t) : d;
        }
        return null;
    }

    public static void genericSetAttr(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject d = t.lookup(name);
        if (d != null && d.isDataDescriptor()) {
            d.descrSet(obj, value);
            return;
        }
        PyDict dict = obj.dict();
        if (dict == null) {
            if (d != null) {
                throw Errors.attributeError("'" + t.name + "' object attribute '" + name + "' is read-only");
            }
            PyBaseException e = new PyBaseException(PyExc.AttributeError,
                    PyStr.of("'" + t.name + "' object has no attribute '" + name + "' and no __dict__ for setting new attributes"));
            e.setSlot("name", PyStr.of(name));
            e.setSlot("obj", obj);
            throw new PyException(e);
        }
        dict.putStr(name, value);
    }

    public static void genericDelAttr(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject d = t.lookup(name);
        if (d != null && d.isDataDescriptor()) {
            d.descrDelete(obj);
            return;
        }
        PyDict dict = obj.dict();
        if (dict == null || dict.delStr(name) == null) {
            throw Errors.noAttribute(obj, name);
        }
    }

    /** Attribute access for classes defining __getattribute__ and/or __getattr__. */
    static PyObject getAttrWithHooks(PyObject obj, String name) {
        PyType t = obj.type();
        if (t.hasGetattribute) {
            try {
                return Call.callMethod(t.lookup("__getattribute__"), obj, PyStr.of(name));
            } catch (PyException e) {
                if (!t.hasGetattr || !e.matches(PyExc.AttributeError)) throw e;
                return Call.callMethod(t.lookup("__getattr__"), obj, PyStr.of(name));
            }
        }
        PyObject v = genericGetAttr(obj, name);
        if (v != null) return v;
        return Call.callMethod(t.lookup("__getattr__"), obj, PyStr.of(name));
    }

    static void callSetattr(PyObject obj, String name, PyObject value) {
        Call.callMethod(obj.type().lookup("__setattr__"), obj, PyStr.of(name), value);
    }

    static void callDelattr(PyObject obj, String name) {
        Call.callMethod(obj.type().lookup("__delattr__"), obj, PyStr.of(name));
    }
}
