package dev.taipan.runtime;

/**
 * A weak reference object, as CPython's PyWeakReference: a weakref.ref or a weakref proxy. It
 * reaches its referent through the referent's {@link WeakRefs.Group}, which does not keep it alive.
 */
public abstract class PyWeakReference extends PyObject {
    /** Set when the reference is attached to its referent's group. */
    WeakRefs.Group group;
    /** The callback, or null when none (None given counts as none). */
    PyObject callback;

    /** The referent, or null once the collector has found it unreachable. */
    public final PyObject referent() {
        WeakRefs.Group g = group;
        return g == null ? null : g.get();
    }

    /** A reference without a callback of the exact type, which weakref.ref(o) or proxy(o) hands out again. */
    abstract boolean isBasic();

    /** __callback__: the callback while the referent lives, else None. */
    PyObject callbackOrNone() {
        return callback == null || referent() == null ? PyNone.NONE : callback;
    }

    /** The referent, or ReferenceError once it is gone (what a proxy forwards to). */
    final PyObject referentOrError() {
        PyObject o = referent();
        if (o == null) throw Errors.of(PyExc.ReferenceError, "weakly-referenced object no longer exists");
        return o;
    }

    /**
     * The referent's description in a repr, as CPython's %T and its __name__ lookup give it:
     * "'C' at 0x..." and, for a ref (withName) when the type defines __name__ (functions, classes,
     * generators), " (name)".
     */
    static String describe(PyObject o, boolean withName) {
        PyType t = o.type();
        String mod = t.moduleName();
        String typeName = mod == null || mod.equals("builtins") || mod.equals("__main__") ? t.qualname : mod + "." + t.qualname;
        String s = "'" + typeName + "' at " + Ids.hexId(o);
        if (!withName) return s;
        PyObject name = null;
        PyObject d = t.lookup("__name__");
        if (d != null) {
            name = d.isDescriptor() ? d.descrGet(o, t) : d;
        } else if (o instanceof PyFunction || o instanceof PyBuiltin.Function || o instanceof PyBuiltin.Bound
                || (t.builtin && (t.name.equals("generator") || t.name.equals("coroutine") || t.name.equals("async_generator")))) {
            name = o.lookupAttr("__name__");
        }
        return name instanceof PyStr n ? s + " (" + n.value + ")" : s;
    }
}
