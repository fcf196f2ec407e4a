package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Python class, built-in or user-defined: name, bases, C3 MRO, attribute dict, and the
 * per-type lookup cache that makes attribute access fast (invalidated down the subclass tree
 * whenever a class is mutated).
 */
public final class PyType extends PyObject {

    /** Makes the instance a type's __new__ produces, before __init__ runs. */
    @FunctionalInterface
    public interface Allocator {
        PyObject allocate(PyType cls);
    }

    /** The Java side of a built-in type's __new__(cls, *args, **kwargs). */
    @FunctionalInterface
    public interface NewFunction {
        PyObject create(PyType cls, PyObject[] args, String[] kwnames);
    }

    private static final PyObject MISSING = new PyObject() {
        @Override
        public PyType type() {
            return OBJECT;
        }
    };

    public static final PyType OBJECT = new PyType("object", null, true, PyInstance::new);
    public static final PyType TYPE = new PyType("type", OBJECT, true, null);

    public String name;
    public String qualname;
    public PyType[] bases;
    public PyType[] mro;
    /** The builtin ancestor whose instance layout (Java class) instances of this type use. */
    public PyType solidBase;
    /** The class namespace (exposed to Python as a read-only mappingproxy). */
    public final Map<String, PyObject> dict = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    /** __module__ of a built-in type. */
    public String module = "builtins";
    public final boolean builtin;
    public Allocator allocator;
    public NewFunction newFunction;

    public boolean hasGetattr;
    public boolean hasGetattribute;
    public boolean hasSetattr;
    public boolean hasDelattr;
    public boolean hashDisabled;
    /** Instances of this (user) type have a __dict__. */
    public boolean instancesHaveDict;

    private final Map<String, PyObject> cache = new ConcurrentHashMap<>();
    /** Direct subclasses in creation order, held weakly so that dropped classes can be collected. */
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new ArrayList<>();

    private void addSubclass(PyType t) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null);
            for (var r : subclasses) if (r.get() == t) return;
            subclasses.add(new java.lang.ref.WeakReference<>(t));
        }
    }

    /** A built-in type with a single base. */
    public PyType(String name, PyType base, boolean builtin, Allocator allocator) {
        this.name = name;
        this.qualname = name;
        this.builtin = builtin;
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        this.allocator = allocator != null ? allocator : (base != null ? base.allocator : null);
        this.solidBase = allocator != null || base == null ? this : base.solidBase;
        if (base != null) {
            this.newFunction = base.newFunction;
            base.addSubclass(this);
        }
        this.mro = computeMro(this, this.bases);
    }

    /** A class created by a class statement or type(name, bases, dict). */
    public static PyType create(String name, String qualname, PyType[] bases, PyDict ns) {
        if (bases.length == 0) {
            bases = new PyType[] {OBJECT};
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (bases[i] == bases[j]) throw Errors.typeError("duplicate base class " + bases[i].name);
            }
        }
        PyType solid = bestBase(bases);
        PyType t = new PyType(name, bases, solid);
        t.qualname = qualname;
        for (int i = 0; i < ns.limit(); i++) {
            PyObject key = ns.keyAt(i);
            if (key == null) continue;
            if (!(key instanceof PyStr k)) throw Errors.typeError("attribute name must be string");
            t.dict.put(k.value, ns.valueAtPos(i));
        }
        for (PyType b : bases) {
            b.addSubclass(t);
        }
        t.instancesHaveDict = true;
        PyObject slots = t.dict.get("__slots__");
        if (slots != null) PySlot.apply(t, slots);
        t.refreshFlags();
        return t;
    }

    private PyType(String name, PyType[] bases, PyType solid) {
        this.name = name;
        this.qualname = name;
        this.builtin = false;
        this.bases = bases;
        this.solidBase = solid;
        this.allocator = solid.allocator;
        this.newFunction = solid.newFunction;
        this.mro = computeMro(this, bases);
    }

    private static PyType bestBase(PyType[] bases) {
        PyType best = OBJECT;
        for (PyType b : bases) {
            if (!b.acceptsSubclasses()) {
                throw Errors.typeError("type '" + (b.builtin && !b.module.equals("builtins") ? b.module + "." : "") + b.name + "' is not an acceptable base type");
            }
            PyType s = b.solidBase;
            if (s == OBJECT) continue;
            if (best == OBJECT || s.isSubtypeOf(best)) {
                best = s;
            } else if (!best.isSubtypeOf(s)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /** For built-in types with several bases (ExceptionGroup): sets them and recomputes the MRO. */
    public void setBuiltinBases(PyType... newBases) {
        this.bases = newBases;
        for (PyType b : newBases) b.addSubclass(this);
        this.mro = computeMro(this, newBases);
    }

    private boolean finalType;

    public PyType markFinal() {
        finalType = true;
        return this;
    }

    public boolean acceptsSubclasses() {
        return !finalType && allocator != null;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * The name CPython's messages show (its tp_name): for a built-in type of a module other than
     * builtins, dotted with that module ('collections.deque', '_thread.lock'); else the plain name.
     */
    public String tpName() {
        String mod = builtin && !pythonClassInCPython ? module : null;
        return mod != null && !mod.equals("builtins") ? mod + "." + name : name;
    }

    /** A built-in type standing for what CPython defines in Python (asyncio's Handle): its tp_name is the plain name. */
    public boolean pythonClassInCPython;

    public String moduleName() {
        if (builtin) return module;
        PyObject m = dict.get("__module__");
        return m instanceof PyStr s ? s.value : null;
    }

    // ---- MRO ---------------------------------------------------------------------------------

    private static PyType[] computeMro(PyType self, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) break;
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution order (MRO) for bases");
                List<String> names = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    String n = s.get(0).name;
                    if (!names.contains(n)) names.add(n);
                }
                for (int i = 0; i < names.size(); i++) {
                    sb.append(i == 0 ? " " : ", ").append(names.get(i));
                }
                throw Errors.typeError(sb.toString());
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) s.remove(0);
            }
        }
        return result.toArray(new PyType[0]);
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) {
            if (t == other) return true;
        }
        return false;
    }

    // ---- lookup ------------------------------------------------------------------------------

    /** Finds name along the MRO (no descriptor binding); null when absent. */
    public PyObject lookup(String name) {
        PyObject v = cache.get(name);
        if (v == null) {
            v = MISSING;
            for (PyType t : mro) {
                PyObject d = t.dict.get(name);
                if (d != null) {
                    v = d;
                    break;
                }
            }
            cache.put(name, v);
        }
        return v == MISSING ? null : v;
    }

    /** Changes whenever this type's (or an ancestor's) attributes change, for inline caches. */
    public int version;
    /** Cached __bool__ and __len__ lookups for truth tests (MISSING when absent, null when not yet looked up). */
    private PyObject boolSlot, lenSlot;

    /** __bool__ along the MRO, cached; null when absent. */
    public PyObject boolMethod() {
        PyObject b = boolSlot;
        if (b == null) {
            b = lookup("__bool__");
            boolSlot = b = b == null ? MISSING : b;
        }
        return b == MISSING ? null : b;
    }

    private PyObject iterSlot;

    /** __iter__ along the MRO, cached; null when absent. */
    public PyObject iterMethod() {
        PyObject b = iterSlot;
        if (b == null) {
            b = lookup("__iter__");
            iterSlot = b = b == null ? MISSING : b;
        }
        return b == MISSING ? null : b;
    }

    /** __len__ along the MRO, cached; null when absent. */
    public PyObject lenMethod() {
        PyObject b = lenSlot;
        if (b == null) {
            b = lookup("__len__");
            lenSlot = b = b == null ? MISSING : b;
        }
        return b == MISSING ? null : b;
    }

    /** Drops cached lookups here and in every subclass; called whenever a class dict changes. */
    public void invalidate() {
        cache.clear();
        ctorCached = false;
        version++;
        boolSlot = null;
        lenSlot = null;
        iterSlot = null;
        refreshFlags();
        List<PyType> subs;
        synchronized (subclasses) {
            subs = liveSubclasses();
        }
        for (PyType s : subs) {
            s.invalidate();
        }
    }

    private List<PyType> liveSubclasses() {
        List<PyType> out = new ArrayList<>();
        for (var r : subclasses) {
            PyType t = r.get();
            if (t != null) out.add(t);
        }
        return out;
    }

    public List<PyType> subclassList() {
        synchronized (subclasses) {
            return liveSubclasses();
        }
    }

    private void refreshFlags() {
        if (builtin) return;
        if (solidBase == OBJECT) {
            // only instances of classes with __del__ are finalizable (that costs the JVM more)
            allocator = lookup("__del__") != null ? PyFinalizableInstance::new : OBJECT.allocator;
        }
        hasGetattr = lookup("__getattr__") != null;
        PyObject ga = lookup("__getattribute__");
        hasGetattribute = ga != null && !(ga instanceof PyBuiltin.Method m && m.owner == OBJECT);
        PyObject sa = lookup("__setattr__");
        hasSetattr = sa != null && !(sa instanceof PyBuiltin.Method m && m.owner == OBJECT);
        PyObject da = lookup("__delattr__");
        hasDelattr = da != null && !(da instanceof PyBuiltin.Method m && m.owner == OBJECT);
        PyObject h = dict.get("__hash__");
        PyObject eq = dict.get("__eq__");
        if (h == null && eq != null) {
            dict.put("__hash__", PyNone.NONE);
            cache.remove("__hash__");
        }
    }

    // ---- attribute access on the type object ---------------------------------------------------

    @Override
    public PyObject lookupAttr(String name) {
        PyType meta = TYPE;
        PyObject md = meta.lookup(name);
        if (md != null && md.isDataDescriptor()) {
            return md.descrGet(this, meta);
        }
        PyObject v = lookup(name);
        if (v != null) {
            return v.isDescriptor() ? v.descrGet(null, this) : v;
        }
        if (md != null) {
            return md.isDescriptor() ? md.descrGet(this, meta) : md;
        }
        return null;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = lookupAttr(name);
        if (v == null) {
            throw Errors.attributeError("type object '" + tpName() + "' has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public void setAttr(String name, PyObject value) {
        PyObject md = TYPE.lookup(name);
        if (md != null && md.isDataDescriptor()) {
            md.descrSet(this, value);
            return;
        }
        if (builtin) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + this.name + "'");
        }
        dict.put(name, value);
        invalidate();
    }

    @Override
    public void delAttr(String name) {
        if (builtin) {
            throw Errors.typeError("cannot delete '" + name + "' attribute of immutable type '" + this.name + "'");
        }
        if (dict.remove(name) == null) {
            throw Errors.attributeError("type object '" + tpName() + "' has no attribute '" + name + "'");
        }
        invalidate();
    }

    // ---- calling: instance creation ----------------------------------------------------------

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (this == TYPE && args.length == 1 && (kwnames == null || kwnames.length == 0)) {
            return args[0].type();
        }
        if (!ctorCached) cacheCtor();
        PyObject newMethod = ctorNew;
        PyObject obj;
        if (newMethod instanceof PyBuiltin.StaticNew sn) {
            obj = sn.owner.newFunction.create(this, args, kwnames);
            if (sn.owner == OBJECT) {
                PyObject init = ctorInit;
                if (args.length > 0 && (init == null || (init instanceof PyBuiltin.Method m && m.owner == OBJECT))) {
                    throw Errors.typeError(name + "() takes no arguments");
                }
            }
        } else if (newMethod != null) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = this;
            System.arraycopy(args, 0, a, 1, args.length);
            PyObject fn = newMethod instanceof PyStaticMethod s ? s.callable : newMethod;
            obj = fn.call(a, kwnames);
        } else {
            throw Errors.typeError("cannot create '" + name + "' instances");
        }
        PyType ot = obj.type();
        if (ot == this || ot.isSubtypeOf(this)) {
            PyObject init = ctorInit;
            if (init != null && !(init instanceof PyBuiltin.Method m && (m.owner == OBJECT || newMethod instanceof PyBuiltin.StaticNew && m.owner.builtin && m.owner == ot.solidBase && ot.solidBase.skipInit))) {
                PyObject r = Call.callMethod(init, obj, args, kwnames);
                if (r != PyNone.NONE) {
                    throw Errors.typeError("__init__() should return None, not '" + r.type().name + "'");
                }
            }
        }
        return obj;
    }

    /** __new__, __init__ and __abstractmethods__ as last looked up; dropped with the lookup cache. */
    private PyObject ctorNew, ctorInit, ctorAbstracts;
    private boolean ctorCached;

    private void cacheCtor() {
        ctorNew = lookup("__new__");
        ctorInit = lookup("__init__");
        ctorAbstracts = builtin ? null : lookup("__abstractmethods__");
        ctorCached = true;
    }

    /** lookup("__new__"), through the constructor cache. */
    PyObject newMethod() {
        if (!ctorCached) cacheCtor();
        return ctorNew;
    }

    /** lookup("__init__"), through the constructor cache. */
    PyObject initMethod() {
        if (!ctorCached) cacheCtor();
        return ctorInit;
    }

    /** lookup("__abstractmethods__") for a class defined in Python (null for built-in types). */
    PyObject abstractMethods() {
        if (!ctorCached) cacheCtor();
        return ctorAbstracts;
    }

    /** A built-in type whose __new__ does all the work, so its own __init__ need not run. */
    public boolean skipInit;

    // ---- definition helpers for built-in types -------------------------------------------------

    public PyType define(String name, PyObject value) {
        dict.put(name, value);
        cache.remove(name);
        ctorCached = false;
        return this;
    }

    public PyType method(String name, PyBuiltin.MethodBody body) {
        return define(name, new PyBuiltin.Method(this, name, body));
    }

    public PyType method0(String name, java.util.function.Function<PyObject, PyObject> body) {
        return define(name, PyBuiltin.Method.arity(this, name, 0, (self, a) -> body.apply(self)));
    }

    public PyType method1(String name, java.util.function.BiFunction<PyObject, PyObject, PyObject> body) {
        return define(name, PyBuiltin.Method.arity(this, name, 1, (self, a) -> body.apply(self, a[0])));
    }

    public PyType staticNew(NewFunction fn) {
        this.newFunction = fn;
        return define("__new__", new PyBuiltin.StaticNew(this));
    }

    public PyType getset(String name, java.util.function.Function<PyObject, PyObject> getter) {
        return define(name, new PyGetSet(this, name, getter, null));
    }

    @Override
    public String repr() {
        String mod = moduleName();
        if (mod == null || mod.equals("builtins")) {
            return "<class '" + qualname + "'>";
        }
        return "<class '" + mod + "." + qualname + "'>";
    }

    @Override
    public long hash() {
        return identityHash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Ops.identityCompare(this, other, op);
    }

    /** int | None and friends make a types.UnionType. */
    @Override
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        if (op != dev.taipan.ast.Operator.BITOR) return PyNotImplemented.NOT_IMPLEMENTED;
        return reflected ? PyUnionType.or(other, this) : PyUnionType.or(this, other);
    }
}
