package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyWeakProxy;
import dev.taipan.runtime.PyWeakRef;
import dev.taipan.runtime.PyWeakReference;
import dev.taipan.runtime.WeakRefs;

/** _weakref: the weak reference types and functions that weakref.py builds on (the runtime's WeakRefs does the work). */
public final class WeakrefModule implements NativeModule {
    @Override
    public String name() {
        return "_weakref";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_weakref");
        m.put("ref", PyWeakRef.TYPE).put("ReferenceType", PyWeakRef.TYPE);
        m.put("ProxyType", PyWeakProxy.TYPE).put("CallableProxyType", PyWeakProxy.CALLABLE_TYPE);
        m.function("proxy", (args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("_weakref.proxy() takes no keyword arguments");
            ArgParser.count("proxy", args, kw, 1, 2);
            return PyWeakProxy.create(args[0], args.length > 1 ? args[1] : null);
        });
        m.function("getweakrefcount", (args, kw) -> {
            exactlyOne("getweakrefcount", args, kw);
            return PyInt.of(WeakRefs.refsTo(args[0]).size());
        });
        m.function("getweakrefs", (args, kw) -> {
            exactlyOne("getweakrefs", args, kw);
            PyList out = new PyList();
            for (PyWeakReference r : WeakRefs.refsTo(args[0])) out.append(r);
            return out;
        });
        m.function("_remove_dead_weakref", (args, kw) -> {
            ArgParser.count("_remove_dead_weakref", args, kw, 2, 2);
            if (!(args[0] instanceof PyDict d)) {
                throw Errors.typeError("_remove_dead_weakref() argument 1 must be dict, not " + args[0].type().name);
            }
            removeDeadWeakref(d, args[1]);
            return PyNone.NONE;
        });
        return m;
    }

    private static void exactlyOne(String fname, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("_weakref." + fname, kw);
        if (args.length != 1) throw Errors.typeError("_weakref." + fname + "() takes exactly one argument (" + args.length + " given)");
    }

    /** Deletes d[key] if it is a dead weak reference (a missing key is fine: a weak-value dict's callback may come late). */
    private static void removeDeadWeakref(PyDict d, PyObject key) {
        PyObject v = d.get(key);
        if (v == null) return;
        if (!(v instanceof PyWeakReference r)) throw Errors.typeError("not a weakref");
        if (r.referent() == null) d.remove(key);
    }
}
