package dev.taipan.stdlib;

import dev.taipan.runtime.Builtins;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ReprGuard;
import dev.taipan.runtime.WeakRefs;

/** functools.partial: a callable with some positional and keyword arguments already supplied. */
final class PartialObject extends PyObject {
    static final PyType TYPE = new PyType("partial", PyType.OBJECT, true, PartialObject::new);

    static {
        TYPE.module = "functools";
        WeakRefs.allow(TYPE);
        TYPE.instancesHaveDict = true;
        TYPE.staticNew(PartialObject::create);
        TYPE.skipInit = true;
        TYPE.getset("func", o -> ((PartialObject) o).func);
        TYPE.getset("args", o -> PyTuple.of(((PartialObject) o).args));
        TYPE.getset("keywords", o -> ((PartialObject) o).keywords);
        TYPE.method("__call__", (self, a, k) -> ((PartialObject) self).callPartial(a, k));
    }

    private final PyType cls;
    private PyObject func;
    private PyObject[] args = new PyObject[0];
    private PyDict keywords = new PyDict();
    private PyDict dict;

    private PartialObject(PyType cls) {
        this.cls = cls;
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    /** partial(func, /, *args, **keywords), flattening a plain partial given as func. */
    private static PyObject create(PyType cls, PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos < 1) throw Errors.typeError("type 'partial' takes at least one argument");
        PyObject func = a[0];
        PyObject[] innerArgs = new PyObject[0];
        PyDict innerKw = null;
        if (func instanceof PartialObject p && p.type().lookup("__call__") == TYPE.dict.get("__call__")
                && (p.dict == null || p.dict.size() == 0)) {
            innerArgs = p.args;
            innerKw = p.keywords;
            func = p.func;
        }
        if (!Builtins.callable(func)) throw Errors.typeError("the first argument must be callable");
        PartialObject r = (PartialObject) cls.allocator.allocate(cls);
        r.func = func;
        r.args = new PyObject[innerArgs.length + npos - 1];
        System.arraycopy(innerArgs, 0, r.args, 0, innerArgs.length);
        System.arraycopy(a, 1, r.args, innerArgs.length, npos - 1);
        r.keywords = innerKw == null ? new PyDict() : innerKw.copy();
        for (int i = 0; i < nkw; i++) r.keywords.putStr(k[i], a[npos + i]);
        return r;
    }

    @Override
    public PyObject call(PyObject[] callArgs, String[] callKw) {
        if (cls != TYPE) {
            PyObject m = cls.lookup("__call__");
            if (!(m instanceof PyBuiltin.Method bm && bm.owner == TYPE)) return Call.callMethod(m, this, callArgs, callKw);
        }
        return callPartial(callArgs, callKw);
    }

    private PyObject callPartial(PyObject[] callArgs, String[] callKw) {
        int nkw = callKw == null ? 0 : callKw.length;
        int npos = callArgs.length - nkw;
        if (keywords.size() == 0) {
            if (args.length == 0) return func.call(callArgs, callKw);
            PyObject[] all = new PyObject[args.length + callArgs.length];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(callArgs, 0, all, args.length, callArgs.length);
            return func.call(all, callKw);
        }
        PyDict merged = keywords.copy();
        for (int i = 0; i < nkw; i++) merged.putStr(callKw[i], callArgs[npos + i]);
        PyObject[] all = new PyObject[args.length + npos];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(callArgs, 0, all, args.length, npos);
        return Call.withKeywords(func, all, all.length, merged);
    }

    @Override
    public String repr() {
        if (!ReprGuard.enter(this)) return "...";
        try {
            StringBuilder sb = new StringBuilder();
            String mod = cls.moduleName();
            if (mod != null) sb.append(mod).append('.');
            sb.append(cls.qualname).append('(').append(func.repr());
            for (PyObject a : args) sb.append(", ").append(a.repr());
            for (int i = 0; i < keywords.limit(); i++) {
                PyObject key = keywords.keyAt(i);
                if (key == null) continue;
                sb.append(", ").append(key.str()).append('=').append(keywords.valueAtPos(i).repr());
            }
            return sb.append(')').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }
}
