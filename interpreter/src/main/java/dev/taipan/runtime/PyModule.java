package dev.taipan.runtime;

/** A module object: a name and the dict that is its global namespace. */
public final class PyModule extends PyObject {
    public static final PyType TYPE = new PyType("module", PyType.OBJECT, true, null);
    public final String name;
    public final PyDict globals;

    static {
        TYPE.staticNew((cls, args, kw) -> {
            PyObject[] a = ArgParser.parse("module", args, kw, new String[] {"name", "doc"}, 1, 2, 0);
            if (!(a[0] instanceof PyStr n)) {
                throw Errors.typeError("module.__init__() argument 'name' must be str, not " + a[0].type().name);
            }
            PyModule m = new PyModule(n.value);
            m.globals.putStr("__doc__", a[1] == null ? PyNone.NONE : a[1]);
            m.globals.putStr("__package__", PyNone.NONE);
            m.globals.putStr("__loader__", PyNone.NONE);
            m.globals.putStr("__spec__", PyNone.NONE);
            return m;
        });
        TYPE.skipInit = true;
    }

    public PyModule(String name, PyDict globals) {
        this.name = name;
        this.globals = globals;
        if (globals.getStr("__name__") == null) globals.putStr("__name__", PyStr.of(name));
    }

    public PyModule(String name) {
        this(name, new PyDict());
        globals.putStr("__doc__", PyNone.NONE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return globals;
    }

    /** Sets a module attribute (for modules written in Java). */
    public PyModule put(String key, PyObject value) {
        globals.putStr(key, value);
        return this;
    }

    public PyModule function(String fname, PyBuiltin.Body body) {
        return put(fname, new PyBuiltin.Function(fname, name, body));
    }

    @Override
    public PyObject lookupAttr(String attr) {
        PyObject v = globals.getStr(attr);
        if (v != null) return v;
        if (attr.equals("__dict__")) return globals;
        v = super.lookupAttr(attr);
        if (v != null) return v;
        PyObject ga = globals.getStr("__getattr__");
        if (ga != null) {
            try {
                return ga.call(PyStr.of(attr));
            } catch (PyException e) {
                if (e.matches(PyExc.AttributeError)) return null;
                throw e;
            }
        }
        return null;
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        globals.putStr(attr, value);
    }

    @Override
    public void delAttr(String attr) {
        if (globals.delStr(attr) == null) throw Errors.noAttribute(this, attr);
    }

    @Override
    public String repr() {
        PyObject file = globals.getStr("__file__");
        if (file instanceof PyStr f) {
            return "<module " + PyStr.repr(name) + " from " + PyStr.repr(f.value) + ">";
        }
        return "<module " + PyStr.repr(name) + " (built-in)>";
    }

    @Override
    public long hash() {
        return identityHash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Ops.identityCompare(this, other, op);
    }
}
