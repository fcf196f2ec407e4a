package dev.taipan.stdlib;

import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.WeakRefs;
import java.util.WeakHashMap;

/**
 * _thread._local (threading.local): an object whose attributes are separate in each thread.
 * A subclass's __init__ runs again, with the creation arguments, the first time another thread
 * touches the object.
 */
final class LocalObject extends PyObject {
    static final PyType TYPE = new PyType("_local", PyType.OBJECT, true, LocalObject::new);

    static {
        TYPE.module = "_thread";
        WeakRefs.allow(TYPE);
        TYPE.instancesHaveDict = true;
        TYPE.staticNew(LocalObject::create);
    }

    private final PyType cls;
    /** Identifies this object in each thread's table (weakly, so a dropped local frees its dicts). */
    private final Object token = new Object();
    private final ThreadState creator;
    private final PyDict own = new PyDict();
    private PyObject[] initArgs = new PyObject[0];
    private String[] initKw;

    private LocalObject(PyType cls) {
        this.cls = cls;
        this.creator = ThreadState.current();
    }

    private static PyObject create(PyType cls, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            PyObject init = cls.lookup("__init__");
            if (init instanceof PyBuiltin.Method bm && bm.owner == PyType.OBJECT) {
                throw Errors.typeError("Initialization arguments are not supported");
            }
        }
        LocalObject o = (LocalObject) cls.allocator.allocate(cls);
        o.initArgs = args;
        o.initKw = kw;
        return o;
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict dict() {
        ThreadState ts = ThreadState.current();
        if (ts == creator) return own;
        if (ts.locals == null) ts.locals = new WeakHashMap<>();
        PyDict d = ts.locals.get(token);
        if (d == null) {
            d = new PyDict();
            ts.locals.put(token, d);
            PyObject init = cls.lookup("__init__");
            if (!(init instanceof PyBuiltin.Method bm && bm.owner == PyType.OBJECT)) {
                Call.callMethod(init, this, initArgs, initKw);
            }
        }
        return d;
    }
}
