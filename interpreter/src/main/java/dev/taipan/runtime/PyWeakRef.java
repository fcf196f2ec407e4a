package dev.taipan.runtime;

/**
 * weakref.ref (weakref.ReferenceType): calling it returns the referent while the referent lives, else
 * None. Subclassable (WeakMethod, KeyedRef); weakref.ref(o) without a callback hands out the same
 * object while it lives; the hash is the referent's (kept once taken); == compares the referents
 * while both live, else identity.
 */
public final class PyWeakRef extends PyWeakReference {
    public static final PyType TYPE = new PyType("ReferenceType", PyType.OBJECT, true, PyWeakRef::new);

    static {
        TYPE.module = "weakref";
        TYPE.staticNew(PyWeakRef::create);
        TYPE.skipInit = true;
        TYPE.method("__init__", (self, a, k) -> {
            ArgParser.noKeywords("ref", k);
            ArgParser.count("__init__", a, k, 1, 2);
            return PyNone.NONE;
        });
        TYPE.method("__call__", (self, a, k) -> ((PyWeakRef) self).callRef(a, k));
        TYPE.getset("__callback__", o -> ((PyWeakRef) o).callbackOrNone());
        TYPE.method0("__hash__", self -> PyInt.of(((PyWeakRef) self).refHash()));
        TYPE.method0("__repr__", self -> PyStr.of(((PyWeakRef) self).refRepr()));
        for (CompareOp op : CompareOp.values()) {
            TYPE.method1(op.dunder, (self, other) -> ((PyWeakRef) self).richCompare(other, op));
        }
        PyGenericAlias.install(TYPE);
    }

    private final PyType cls;
    private PyDict dict;
    private boolean hashed;
    private long hash;

    private PyWeakRef(PyType cls) {
        this.cls = cls;
    }

    /** ref.__new__(cls, ob, callback=None): the basic ref of ob again when there is one and none is asked for. */
    private static PyObject create(PyType cls, PyObject[] args, String[] kwnames) {
        if (Call.kwCount(kwnames) > 0 && cls.lookup("__init__") == TYPE.dict.get("__init__")) {
            // ref's own __init__ refuses keywords (it is skipped, so refuse them here)
            throw Errors.typeError("ref() takes no keyword arguments");
        }
        int npos = args.length - Call.kwCount(kwnames);
        if (npos < 1 || npos > 2) ArgParser.count("__new__", java.util.Arrays.copyOf(args, npos), null, 1, 2);
        PyObject ob = args[0];
        PyObject callback = npos > 1 && args[1] != PyNone.NONE ? args[1] : null;
        WeakRefs.check(ob);
        WeakRefs refs = WeakRefs.current();
        if (cls == TYPE && callback == null) {
            PyWeakReference basic = refs.basic(ob, false);
            if (basic != null) return basic;
        }
        PyWeakRef r = (PyWeakRef) cls.allocator.allocate(cls);
        r.callback = callback;
        refs.attach(ob, r);
        return r;
    }

    @Override
    boolean isBasic() {
        return cls == TYPE && callback == null;
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict dict() {
        if (cls == TYPE) return null;
        if (dict == null) dict = new PyDict();
        return dict;
    }

    private PyObject callRef(PyObject[] args, String[] kwnames) {
        if (Call.kwCount(kwnames) > 0) throw Errors.typeError("weakref() takes no keyword arguments");
        if (args.length != 0) throw Errors.typeError("weakref expected 0 arguments, got " + args.length);
        PyObject o = referent();
        return o == null ? PyNone.NONE : o;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (cls != TYPE) {
            PyObject m = cls.lookup("__call__");
            if (!(m instanceof PyBuiltin.Method bm && bm.owner == TYPE)) return Call.callMethod(m, this, args, kwnames);
        }
        return callRef(args, kwnames);
    }

    private long refHash() {
        if (hashed) return hash;
        PyObject o = referent();
        if (o == null) throw Errors.typeError("weak object has gone away");
        hash = o.hash();
        hashed = true;
        return hash;
    }

    @Override
    public long hash() {
        return cls == TYPE ? refHash() : super.hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(other instanceof PyWeakReference w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject a = referent();
        PyObject b = w.referent();
        if (a == null || b == null) {
            boolean same = this == other;
            return PyBool.of(op == CompareOp.EQ ? same : !same);
        }
        return Ops.compare(a, b, op);
    }

    private String refRepr() {
        PyObject o = referent();
        if (o == null) return "<weakref at " + Ids.hexId(this) + "; dead>";
        return "<weakref at " + Ids.hexId(this) + "; to " + describe(o, true) + ">";
    }

    @Override
    public String repr() {
        return cls == TYPE ? refRepr() : super.repr();
    }
}
