package dev.taipan.runtime;

/** property(fget, fset, fdel, doc): a data descriptor calling Python accessors. */
public final class PyProperty extends PyObject {
    public static final PyType TYPE = new PyType("property", PyType.OBJECT, true, cls -> new PyProperty(null, null, null, null));
    public PyObject fget, fset, fdel, doc;
    /** The attribute name, learned from __set_name__, for error messages. */
    public String name;

    static {
        TYPE.staticNew((cls, args, kw) -> new PyProperty(null, null, null, null));
        TYPE.method("__init__", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("property", args, kw, new String[] {"fget", "fset", "fdel", "doc"}, 0, 4, 0);
            PyProperty p = (PyProperty) self;
            p.fget = none(a[0]);
            p.fset = none(a[1]);
            p.fdel = none(a[2]);
            p.doc = a[3];
            if (p.doc == null && p.fget != null) {
                p.doc = p.fget.lookupAttr("__doc__");
            }
            return PyNone.NONE;
        });
        TYPE.method1("getter", (self, f) -> ((PyProperty) self).copy(f, null, null, 1));
        TYPE.method1("setter", (self, f) -> ((PyProperty) self).copy(null, f, null, 2));
        TYPE.method1("deleter", (self, f) -> ((PyProperty) self).copy(null, null, f, 3));
        TYPE.getset("fget", self -> orNone(((PyProperty) self).fget));
        TYPE.getset("fset", self -> orNone(((PyProperty) self).fset));
        TYPE.getset("fdel", self -> orNone(((PyProperty) self).fdel));
        TYPE.getset("__doc__", self -> orNone(((PyProperty) self).doc));
        TYPE.method("__set_name__", (self, args, kw) -> {
            ((PyProperty) self).name = args.length > 1 ? args[1].str() : null;
            return PyNone.NONE;
        });
        TYPE.method("__get__", (self, args, kw) -> {
            PyObject obj = args[0];
            return obj == PyNone.NONE ? self : self.descrGet(obj, obj.type());
        });
        TYPE.method("__set__", (self, args, kw) -> {
            self.descrSet(args[0], args[1]);
            return PyNone.NONE;
        });
    }

    private static PyObject none(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    private PyProperty copy(PyObject g, PyObject s, PyObject d, int which) {
        PyProperty p = new PyProperty(which == 1 ? g : fget, which == 2 ? s : fset, which == 3 ? d : fdel, doc);
        if (which == 1 && g != null) p.doc = g.lookupAttr("__doc__");
        p.name = name;
        return p;
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
    public PyObject descrGet(PyObject obj, PyType owner) {
        if (obj == null) return this;
        if (fget == null) {
            throw Errors.attributeError("property " + (name != null ? "'" + name + "' " : "") + "of '" + obj.type().name + "' object has no getter");
        }
        return fget.call(obj);
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        if (fset == null) {
            throw Errors.attributeError("property " + (name != null ? "'" + name + "' " : "") + "of '" + obj.type().name + "' object has no setter");
        }
        fset.call(obj, value);
    }

    @Override
    public void descrDelete(PyObject obj) {
        if (fdel == null) {
            throw Errors.attributeError("property " + (name != null ? "'" + name + "' " : "") + "of '" + obj.type().name + "' object has no deleter");
        }
        fdel.call(obj);
    }
}
