package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The attributes of type (__name__, __qualname__, __module__, __doc__, __dict__, __bases__,
 * __mro__, mro(), __subclasses__(), ...) and class creation: type(name, bases, dict) and the
 * class statement both go through newClass, which runs __set_name__ and __init_subclass__.
 */
public final class TypeMethods {
    private TypeMethods() {}

    static final String TYPE_DOC = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";

    static void install() {
        PyType t = PyType.TYPE;
        t.staticNew(TypeMethods::typeNew);
        t.method("__init__", (self, args, kw) -> {
            int n = args.length - Call.kwCount(kw);
            if (n != 1 && n != 3) throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
            if (n == 1 && kw != null && kw.length > 0) throw Errors.typeError("type.__init__() takes no keyword arguments");
            return PyNone.NONE;
        });
        t.define("__name__", new PyGetSet(t, "__name__", o -> PyStr.of(type(o).name), (o, v) -> type(o).name = nameValue(type(o), "__name__", v)));
        t.define("__qualname__", new PyGetSet(t, "__qualname__", o -> PyStr.of(type(o).qualname),
                (o, v) -> type(o).qualname = nameValue(type(o), "__qualname__", v)));
        t.define("__module__", new PyGetSet(t, "__module__", TypeMethods::getModule, (o, v) -> setInDict(type(o), "__module__", v)));
        t.define("__doc__", new PyGetSet(t, "__doc__", TypeMethods::getDoc, (o, v) -> setInDict(type(o), "__doc__", v)));
        t.define("__dict__", new PyGetSet(t, "__dict__", o -> new PyMappingProxy(type(o).dict), null));
        t.define("__bases__", new PyGetSet(t, "__bases__", o -> typeTuple(type(o).bases), TypeMethods::setBases));
        t.define("__base__", new PyGetSet(t, "__base__", o -> {
            PyType b = base(type(o));
            return b == null ? PyNone.NONE : b;
        }, null));
        t.define("__mro__", new PyGetSet(t, "__mro__", o -> typeTuple(type(o).mro), null));
        t.method0("mro", self -> {
            PyList l = new PyList();
            for (PyType m : type(self).mro) l.append(m);
            return l;
        });
        t.method0("__subclasses__", self -> {
            PyList l = new PyList();
            for (PyType s : type(self).subclassList()) l.append(s);
            return l;
        });
        t.method1("__instancecheck__", (self, obj) -> PyBool.of(realIsInstance(obj, type(self))));
        t.method1("__subclasscheck__", (self, sub) -> {
            if (!(sub instanceof PyType st)) throw Errors.typeError("issubclass() arg 1 must be a class");
            return PyBool.of(st.isSubtypeOf(type(self)));
        });
        t.method("__call__", PyObject::call);
        t.method0("__repr__", self -> PyStr.of(self.repr()));
        t.method1("__getattribute__", (self, n) -> self.getAttr(ObjectMethods.attrName(n)));
        t.define("__setattr__", PyBuiltin.Method.arity(t, "__setattr__", 2, (self, a) -> {
            self.setAttr(ObjectMethods.attrName(a[0]), a[1]);
            return PyNone.NONE;
        }));
        t.method1("__delattr__", (self, n) -> {
            self.delAttr(ObjectMethods.attrName(n));
            return PyNone.NONE;
        });
        t.method0("__dir__", self -> {
            Set<String> names = new LinkedHashSet<>();
            ObjectMethods.classAttributes(type(self), names);
            PyList l = new PyList();
            for (String n : names) l.append(PyStr.of(n));
            return l;
        });
        t.method0("__sizeof__", self -> PyInt.of(920));
    }

    private static PyType type(PyObject o) {
        return (PyType) o;
    }

    private static PyTuple typeTuple(PyType[] types) {
        PyObject[] a = new PyObject[types.length];
        System.arraycopy(types, 0, a, 0, a.length);
        return PyTuple.wrap(a);
    }

    private static String nameValue(PyType t, String attr, PyObject v) {
        if (t.builtin) throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + t.name + "'");
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("can only assign string to " + t.name + "." + attr + ", not '" + v.type().name + "'");
        }
        return s.value;
    }

    private static void setInDict(PyType t, String attr, PyObject v) {
        if (t.builtin) throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + t.name + "'");
        t.dict.put(attr, v);
        t.invalidate();
    }

    private static PyObject getModule(PyObject o) {
        PyType t = type(o);
        if (t.builtin) return PyStr.of(t.module);
        PyObject m = t.dict.get("__module__");
        if (m == null) throw Errors.attributeError("__module__");
        return m;
    }

    private static PyObject getDoc(PyObject o) {
        PyType t = type(o);
        if (t == PyType.TYPE) return PyStr.of(TYPE_DOC);
        PyObject d = t.dict.get("__doc__");
        if (d == null) return PyNone.NONE;
        return !t.builtin && d.isDescriptor() ? d.descrGet(null, t) : d;
    }

    private static void setBases(PyObject o, PyObject v) {
        PyType t = type(o);
        if (t.builtin) throw Errors.typeError("cannot set '__bases__' attribute of immutable type '" + t.name + "'");
        if (!(v instanceof PyTuple tup)) {
            throw Errors.typeError("can only assign tuple to " + t.name + ".__bases__, not " + v.type().name);
        }
        if (tup.size() == 0) throw Errors.typeError("can only assign non-empty tuple to " + t.name + ".__bases__, not ()");
        PyType[] nb = new PyType[tup.size()];
        for (int i = 0; i < nb.length; i++) {
            if (!(tup.get(i) instanceof PyType b)) {
                throw Errors.typeError(t.name + ".__bases__ must be tuple of classes, not '" + tup.get(i).type().name + "'");
            }
            if (b.isSubtypeOf(t)) throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            if (b.solidBase != t.solidBase) {
                throw Errors.typeError("__bases__ assignment: '" + b.name + "' object layout differs from '" + t.bases[0].name + "'");
            }
            nb[i] = b;
        }
        t.setBuiltinBases(nb);
        t.invalidate();
    }

    /** CPython's best_base: the first base whose instance layout is the most derived one. */
    static PyType base(PyType t) {
        if (t.bases.length == 0) return null;
        PyType base = t.bases[0];
        PyType winner = base.solidBase;
        for (int i = 1; i < t.bases.length; i++) {
            PyType cand = t.bases[i].solidBase;
            if (winner.isSubtypeOf(cand)) continue;
            if (cand.isSubtypeOf(winner)) {
                winner = cand;
                base = t.bases[i];
            }
        }
        return base;
    }

    /** isinstance without __instancecheck__ hooks (type.__instancecheck__). */
    static boolean realIsInstance(PyObject obj, PyType cls) {
        if (obj.type().isSubtypeOf(cls)) return true;
        PyObject c = obj.lookupAttr("__class__");
        return c instanceof PyType ct && ct != obj.type() && ct.isSubtypeOf(cls);
    }

    // ---- class creation ---------------------------------------------------------------------

    /** type.__new__(type, x) and type.__new__(type, name, bases, dict, **kwargs). */
    private static PyObject typeNew(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = Call.kwCount(kwnames);
        int n = args.length - nkw;
        if (n == 1 && nkw == 0) return args[0].type();
        if (n != 3) throw Errors.typeError("type() takes 1 or 3 arguments");
        if (!(args[0] instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + args[0].type().name);
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + args[1].type().name);
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + args[2].type().name);
        }
        PyType[] bt = new PyType[bases.size()];
        for (int i = 0; i < bt.length; i++) {
            PyObject b = bases.get(i);
            if (b instanceof PyType pt) {
                bt[i] = pt;
            } else if (b.lookupAttr("__mro_entries__") != null) {
                throw Errors.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
            } else {
                throw metaclassConflict();
            }
        }
        PyDict kwargs = new PyDict();
        for (int i = 0; i < nkw; i++) kwargs.putStr(kwnames[i], args[n + i]);
        return newClass(name.value, name.value, bt, ns, kwargs);
    }

    private static PyException metaclassConflict() {
        return Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses "
                + "of all its bases");
    }

    /**
     * The class statement: resolves __mro_entries__ (recording __orig_bases__), honours a
     * metaclass= keyword that is type or a plain callable, and otherwise creates the class with
     * newClass. Returns what the class name is bound to (a PyType unless a callable metaclass
     * returned something else). kwargs may be null.
     */
    public static PyObject buildClass(String name, String qualname, PyObject[] bases, PyDict ns, PyDict kwargs) {
        PyObject[] resolved = resolveMroEntries(bases);
        if (resolved != bases) ns.putStr("__orig_bases__", PyTuple.of(bases));
        PyObject meta = null;
        if (kwargs != null && kwargs.getStr("metaclass") != null) {
            kwargs = kwargs.copy();
            meta = kwargs.delStr("metaclass");
            if (meta instanceof PyType && meta != PyType.TYPE) {
                throw Errors.typeError("metaclasses other than type are not supported by Taipan");
            }
        } else if (resolved.length > 0 && !(resolved[0] instanceof PyType)) {
            meta = resolved[0].type();
        }
        if (meta != null && meta != PyType.TYPE) {
            // a plain callable, or (as in CPython) the type of a first base that is not a class
            String[] kwn = kwargs == null ? new String[0] : new String[kwargs.size()];
            PyObject[] a = new PyObject[3 + kwn.length];
            a[0] = PyStr.of(name);
            a[1] = PyTuple.of(resolved);
            a[2] = ns;
            fillKeywords(kwargs, a, 3, kwn);
            return meta.call(a, kwn);
        }
        PyType[] bt = new PyType[resolved.length];
        for (int i = 0; i < bt.length; i++) {
            if (!(resolved[i] instanceof PyType pt)) throw metaclassConflict();
            bt[i] = pt;
        }
        return newClass(name, qualname, bt, ns, kwargs);
    }

    private static PyObject[] resolveMroEntries(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject me = b instanceof PyType ? null : b.lookupAttr("__mro_entries__");
            if (me == null) {
                if (out != null) out.add(b);
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) out.add(bases[j]);
            }
            PyObject r = me.call(PyTuple.of(bases));
            if (!(r instanceof PyTuple rt)) throw Errors.typeError("__mro_entries__ must return a tuple");
            for (PyObject x : rt.items) out.add(x);
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    private static int fillKeywords(PyDict kwargs, PyObject[] a, int start, String[] names) {
        int k = 0;
        if (kwargs == null) return 0;
        for (int i = 0; i < kwargs.limit(); i++) {
            PyObject key = kwargs.keyAt(i);
            if (key == null) continue;
            names[k] = key.str();
            a[start + k] = kwargs.valueAtPos(i);
            k++;
        }
        return k;
    }

    /**
     * Creates a class from its evaluated namespace, as type.__new__ does: takes __qualname__
     * and __classcell__ out of the namespace, sets __module__ and __doc__ when absent, makes
     * __new__ a staticmethod and __init_subclass__/__class_getitem__ classmethods, then calls
     * __set_name__ on the attributes and the parent's __init_subclass__(**kwargs). kwargs may be null.
     */
    public static PyType newClass(String name, String qualname, PyType[] bases, PyDict ns, PyDict kwargs) {
        for (PyType b : bases) {
            if (b.isSubtypeOf(PyType.TYPE)) throw Errors.typeError("metaclasses other than type are not supported by Taipan");
        }
        if (kwargs != null && kwargs.getStr("metaclass") != null) {
            kwargs = kwargs.copy();
            if (kwargs.delStr("metaclass") != PyType.TYPE) throw Errors.typeError("metaclasses other than type are not supported by Taipan");
        }
        PyDict d = ns.copy();
        PyObject qn = d.delStr("__qualname__");
        if (qn != null) {
            if (!(qn instanceof PyStr s)) throw Errors.typeError("type __qualname__ must be a str, not " + qn.type().name);
            qualname = s.value;
        }
        PyObject cell = d.delStr("__classcell__");
        if (cell != null && !(cell instanceof PyCell)) {
            throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + cell.type().repr());
        }
        if (d.getStr("__module__") == null) {
            ThreadState ts = ThreadState.current();
            PyObject modName = ts.frame != null ? ts.frame.globals.getStr("__name__") : null;
            if (modName != null) d.putStr("__module__", modName);
        }
        boolean addDoc = d.getStr("__doc__") == null;
        if (d.getStr("__new__") instanceof PyFunction f) d.putStr("__new__", new PyStaticMethod(f));
        if (d.getStr("__init_subclass__") instanceof PyFunction f) d.putStr("__init_subclass__", new PyClassMethod(f));
        if (d.getStr("__class_getitem__") instanceof PyFunction f) d.putStr("__class_getitem__", new PyClassMethod(f));
        PyObject slotsDecl = d.getStr("__slots__");
        List<String> slots = slotsDecl == null ? null : checkSlots(slotsDecl, name, bases);
        checkSlotLayout(bases);
        PyType t = PyType.create(name, qualname, bases, d);
        if (slots == null) {
            addInstanceAttributes(t, bases, true, true);
        } else {
            addInstanceAttributes(t, bases, slots.contains("__dict__"), slots.contains("__weakref__"));
        }
        if (addDoc) {
            t.dict.put("__doc__", PyNone.NONE);
            d.putStr("__doc__", PyNone.NONE);
        }
        t.invalidate();
        if (cell != null) ((PyCell) cell).value = t;
        setAbstractMethods(t, bases);
        setNames(t, d);
        initSubclass(t, kwargs);
        return t;
    }

    /**
     * The __dict__ and __weakref__ descriptors CPython puts in the namespace of the first class
     * of a hierarchy whose instances have them (so they show in C.__dict__ and dir()).
     */
    private static void addInstanceAttributes(PyType t, PyType[] bases, boolean wantDict, boolean wantWeakref) {
        boolean dict = wantDict, weakref = wantWeakref;
        for (PyType b : bases) {
            if (b.instancesHaveDict) {
                dict = false;
                if (!b.builtin) weakref = false;
            }
        }
        if (dict) t.dict.put("__dict__", new PyGetSet(t, "__dict__", ObjectMethods::getDict, ObjectMethods::setDict));
        if (weakref) t.dict.put("__weakref__", new PyGetSet(t, "__weakref__", WeakRefs::firstRef, null));
    }

    /** CPython's checks of a __slots__ declaration that PySlot (applied by PyType.create) leaves out; returns the names. */
    private static List<String> checkSlots(PyObject decl, String className, PyType[] bases) {
        List<String> names = new ArrayList<>();
        PyObject[] items = decl instanceof PyStr ? new PyObject[] {decl} : Protocols.toArray(decl);
        boolean nonempty = false;
        for (PyObject o : items) {
            if (!(o instanceof PyStr s)) throw Errors.typeError("__slots__ items must be strings, not '" + o.type().name + "'");
            String n = s.value;
            if (n.isEmpty() || Character.isDigit(n.codePointAt(0))
                    || n.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '_')) {
                throw Errors.typeError("__slots__ must be identifiers");
            }
            nonempty |= !n.equals("__dict__") && !n.equals("__weakref__");
            names.add(n);
        }
        for (PyType b : bases) {
            PyType solid = b.solidBase;
            if (nonempty && (solid == PyInt.TYPE || solid == PyTuple.TYPE || solid == PyBytes.TYPE || solid == PyStr.TYPE)) {
                throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + solid.name + "'");
            }
        }
        return names;
    }

    /** The nearest class along t's MRO that declares slot members (its instances' layout), or null. */
    private static PyType slotOwner(PyType t) {
        for (PyType m : t.mro) {
            if (m.builtin) continue;
            synchronized (m.dict) {
                for (PyObject v : m.dict.values()) {
                    if (v instanceof PySlot) return m;
                }
            }
        }
        return null;
    }

    /** Two bases whose instances hold different slots cannot be combined. */
    private static void checkSlotLayout(PyType[] bases) {
        if (bases.length < 2) return;
        PyType withSlots = null;
        for (PyType b : bases) {
            PyType owner = slotOwner(b);
            if (owner == null) continue;
            if (withSlots != null && !owner.isSubtypeOf(withSlots) && !withSlots.isSubtypeOf(owner)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
            if (withSlots == null || owner.isSubtypeOf(withSlots)) withSlots = owner;
        }
    }

    /**
     * What ABCMeta.__new__ computes: __abstractmethods__, for a class with a base that has one
     * (abc.ABC and its subclasses): the names whose value has a true __isabstractmethod__.
     */
    private static void setAbstractMethods(PyType t, PyType[] bases) {
        boolean abc = false;
        for (PyType b : bases) abc |= b.lookup("__abstractmethods__") != null;
        if (!abc) return;
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        synchronized (t.dict) {
            for (java.util.Map.Entry<String, PyObject> e : t.dict.entrySet()) {
                if (isAbstract(e.getValue())) names.add(e.getKey());
            }
        }
        for (PyType b : bases) {
            PyObject inherited = b.lookup("__abstractmethods__");
            if (inherited == null) continue;
            PyObject it = inherited.iter();
            for (PyObject n = it.next(); n != null; n = it.next()) {
                PyObject v = t.lookup(n.str());
                if (v != null && isAbstract(v)) names.add(n.str());
            }
        }
        PySet set = PySet.newFrozen();
        for (String n : names) set.add(PyStr.of(n));
        t.define("__abstractmethods__", set);
    }

    private static boolean isAbstract(PyObject v) {
        PyObject flag = BuiltinIntrospection.lookup(v, "__isabstractmethod__");
        return flag != null && flag.isTrue();
    }

    private static void setNames(PyType t, PyDict d) {
        for (int i = 0; i < d.limit(); i++) {
            PyObject key = d.keyAt(i);
            if (key == null) continue;
            PyObject value = d.valueAtPos(i);
            PyObject sn = value.type().lookup("__set_name__");
            if (sn == null) continue;
            try {
                Call.callMethod(sn, value, t, key);
            } catch (PyException e) {
                Call.invoke(e.value, "add_note", PyStr.of("Error calling __set_name__ on '" + value.type().name + "' instance "
                        + key.repr() + " in '" + t.name + "'"));
                throw e;
            }
        }
    }

    /** super(t, t).__init_subclass__(**kwargs) */
    private static void initSubclass(PyType t, PyDict kwargs) {
        PyType[] mro = t.mro;
        for (int i = 1; i < mro.length; i++) {
            PyObject m = mro[i].dict.get("__init_subclass__");
            if (m == null) continue;
            int nkw = kwargs == null ? 0 : kwargs.size();
            if (m == ObjectMethods.initSubclass) {
                if (nkw > 0) throw Errors.typeError(t.name + ".__init_subclass__() takes no keyword arguments");
                return;
            }
            PyObject[] a = new PyObject[nkw];
            String[] kwn = new String[nkw];
            fillKeywords(kwargs, a, 0, kwn);
            PyObject bound = m.isDescriptor() ? m.descrGet(null, t) : m;
            bound.call(a, kwn);
            return;
        }
    }
}
