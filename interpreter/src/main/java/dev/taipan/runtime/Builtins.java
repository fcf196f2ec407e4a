package dev.taipan.runtime;

/** Small predicates and conversions the built-in functions and the runtime share. */
public final class Builtins {
    private Builtins() {}

    public static boolean callable(PyObject o) {
        if (o instanceof PyFunction || o instanceof PyBuiltin.Function || o instanceof PyBuiltin.Bound || o instanceof PyMethod
                || o instanceof PyType || o instanceof PyBuiltin.Method || o instanceof PyBuiltin.StaticNew) {
            return true;
        }
        return o.type().lookup("__call__") != null;
    }

    /** isinstance(obj, cls) where cls is a type or a tuple of them (nested). */
    public static boolean isInstance(PyObject obj, PyObject cls) {
        if (cls instanceof PyType t) {
            if (obj.type().isSubtypeOf(t)) return true;
            PyObject ic = t.lookup("__instancecheck__");
            if (ic != null && !t.builtin) return Call.callMethod(ic, t, obj).isTrue();
            PyObject c = obj.lookupAttr("__class__");
            return c instanceof PyType ct && ct != obj.type() && ct.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject o : tup.items) if (isInstance(obj, o)) return true;
            return false;
        }
        if (cls instanceof PyUnionType u) return u.contains(obj, false);
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(PyObject sub, PyObject cls) {
        if (!(sub instanceof PyType st)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        if (cls instanceof PyType t) {
            if (st.isSubtypeOf(t)) return true;
            PyObject sc = t.lookup("__subclasscheck__");
            if (sc != null && !t.builtin) return Call.callMethod(sc, t, sub).isTrue();
            return false;
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject o : tup.items) if (isSubclass(sub, o)) return true;
            return false;
        }
        if (cls instanceof PyUnionType u) return u.contains(sub, true);
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
