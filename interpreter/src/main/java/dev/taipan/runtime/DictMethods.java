package dev.taipan.runtime;

import dev.taipan.ast.Operator;

/**
 * The methods of dict and its constructor, including the update rules shared by dict(),
 * dict.update and |= (a mapping via keys() and [], or an iterable of key/value pairs).
 */
public final class DictMethods {
    private DictMethods() {}

    private static PyBuiltin.Method dictInit;

    public static void install() {
        PyType t = PyDict.TYPE;
        t.staticNew(DictMethods::newDict);
        t.skipInit = true;
        dictInit = new PyBuiltin.Method(t, "__init__", (self, args, kw) -> {
            update((PyDict) self, "dict", args, kw);
            return PyNone.NONE;
        });
        t.define("__init__", dictInit);
        t.define("__hash__", PyNone.NONE);
        t.method("get", (self, args, kw) -> {
            ArgParser.count("get", args, kw, 1, 2);
            PyObject v = ((PyDict) self).get(args[0]);
            return v != null ? v : args.length > 1 ? args[1] : PyNone.NONE;
        });
        t.method("setdefault", (self, args, kw) -> {
            ArgParser.count("setdefault", args, kw, 1, 2);
            PyDict d = (PyDict) self;
            PyObject v = d.get(args[0]);
            if (v != null) return v;
            PyObject dflt = args.length > 1 ? args[1] : PyNone.NONE;
            d.put(args[0], dflt);
            return dflt;
        });
        t.method("pop", (self, args, kw) -> {
            ArgParser.count("pop", args, kw, 1, 2);
            PyObject v = ((PyDict) self).remove(args[0]);
            if (v != null) return v;
            if (args.length > 1) return args[1];
            throw Errors.keyError(args[0]);
        });
        t.method0("popitem", self -> popitem((PyDict) self));
        t.method("update", (self, args, kw) -> {
            update((PyDict) self, "update", args, kw);
            return PyNone.NONE;
        });
        t.define("fromkeys", new ClassMethodDescriptor(new PyBuiltin.Method(t, "fromkeys", (cls, args, kw) -> {
            ArgParser.count("fromkeys", args, kw, 1, 2);
            return fromkeys(cls, args[0], args.length > 1 ? args[1] : PyNone.NONE);
        })));
        t.method0("copy", self -> plainCopy((PyDict) self));
        t.method0("clear", self -> {
            ((PyDict) self).clear();
            return PyNone.NONE;
        });
        t.method0("keys", self -> new DictViews.View((PyDict) self, DictType.IterKind.KEYS));
        t.method0("values", self -> new DictViews.View((PyDict) self, DictType.IterKind.VALUES));
        t.method0("items", self -> new DictViews.View((PyDict) self, DictType.IterKind.ITEMS));
        t.method0("__len__", self -> PyInt.of(((PyDict) self).size()));
        t.method1("__getitem__", (self, k) -> {
            PyDict d = (PyDict) self;
            PyObject v = d.get(k);
            return v != null ? v : d.missing(k);
        });
        t.define("__setitem__", PyBuiltin.Method.arity(t, "__setitem__", 2, (self, a) -> {
            ((PyDict) self).put(a[0], a[1]);
            return PyNone.NONE;
        }));
        t.method1("__delitem__", (self, k) -> {
            if (((PyDict) self).remove(k) == null) throw Errors.keyError(k);
            return PyNone.NONE;
        });
        t.method1("__contains__", (self, k) -> PyBool.of(((PyDict) self).containsKey(k)));
        t.method0("__iter__", self -> new DictType.DictIterator((PyDict) self, DictType.IterKind.KEYS));
        t.method0("__reversed__", self -> new DictViews.ReverseIterator((PyDict) self, DictType.IterKind.KEYS));
        t.method0("__repr__", self -> PyStr.of(repr((PyDict) self)));
        t.method1("__or__", (self, x) -> ContainerOps.dictBinary((PyDict) self, Operator.BITOR, x, false));
        t.method1("__ror__", (self, x) -> ContainerOps.dictBinary((PyDict) self, Operator.BITOR, x, true));
        t.method1("__ior__", (self, x) -> {
            updateFromArg((PyDict) self, x);
            return self;
        });
        for (CompareOp op : CompareOp.values()) {
            t.method1(op.dunder, (self, x) -> {
                if (!(x instanceof PyDict o) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.NOT_IMPLEMENTED;
                boolean eq = dictEquals((PyDict) self, o);
                return PyBool.of(op == CompareOp.EQ ? eq : !eq);
            });
        }
        for (PyType it : new PyType[] {DictType.DictIterator.KEY_TYPE, DictType.DictIterator.VALUE_TYPE,
                DictType.DictIterator.ITEM_TYPE}) {
            Iterators.installIteratorProtocol(it);
        }
        DictViews.install();
    }

    // ---- construction and update ----------------------------------------------------------------

    private static PyObject newDict(PyType cls, PyObject[] args, String[] kw) {
        if (cls == PyDict.TYPE) {
            PyDict d = new PyDict();
            if (args.length > 0) update(d, "dict", args, kw);
            return d;
        }
        PyDict d = (PyDict) cls.allocator.allocate(cls);
        if (ListMethods.fillsInNew(cls, dictInit)) update(d, "dict", args, kw);
        return d;
    }

    /** dict(...) / dict.update(...): at most one positional mapping or iterable, then keywords. */
    private static void update(PyDict d, String fname, PyObject[] args, String[] kw) {
        int nkw = Call.kwCount(kw);
        int npos = args.length - nkw;
        if (npos > 1) throw Errors.typeError(fname + " expected at most 1 argument, got " + npos);
        if (npos == 1) updateFromArg(d, args[0]);
        for (int i = 0; i < nkw; i++) d.putStr(kw[i], args[npos + i]);
    }

    /** The update rules of dict_update_arg: a dict, anything with keys(), else pairs. */
    public static void updateFromArg(PyDict d, PyObject arg) {
        if (arg instanceof PyDict src && (arg.getClass() == PyDict.class || ownIter(arg))) {
            if (src == d) return;
            for (int i = 0; i < src.limit(); i++) {
                PyObject k = src.keyAt(i);
                if (k != null) d.put(k, src.valueAtPos(i));
            }
            return;
        }
        PyObject keys = arg.lookupAttr("keys");
        if (keys != null) {
            PyObject it = keys.call().iter();
            for (PyObject k = it.next(); k != null; k = it.next()) d.put(k, arg.getItem(k));
            return;
        }
        mergeFromPairs(d, arg);
    }

    private static boolean ownIter(PyObject o) {
        return o.type().lookup("__iter__") instanceof PyBuiltin.Method m && m.owner == PyDict.TYPE;
    }

    private static void mergeFromPairs(PyDict d, PyObject pairs) {
        PyObject it = pairs.iter();
        int i = 0;
        for (PyObject item = it.next(); item != null; item = it.next(), i++) {
            PyObject k, v;
            if (item instanceof PyTuple t) {
                if (t.items.length != 2) throw badLength(i, t.items.length);
                k = t.items[0];
                v = t.items[1];
            } else if (item instanceof PyList l) {
                if (l.size != 2) throw badLength(i, l.size);
                k = l.items[0];
                v = l.items[1];
            } else {
                PyObject[] a;
                try {
                    a = Protocols.toArray(item);
                } catch (PyException e) {
                    if (e.matches(PyExc.TypeError)) {
                        throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    throw e;
                }
                if (a.length != 2) throw badLength(i, a.length);
                k = a[0];
                v = a[1];
            }
            d.put(k, v);
        }
    }

    private static PyException badLength(int i, int n) {
        return Errors.valueError("dictionary update sequence element #" + i + " has length " + n + "; 2 is required");
    }

    private static PyObject fromkeys(PyObject cls, PyObject iterable, PyObject value) {
        PyObject d = cls.call();
        if (d.getClass() == PyDict.class) {
            PyDict dd = (PyDict) d;
            if (iterable.getClass() == PyDict.class) {
                PyDict src = (PyDict) iterable;
                for (int i = 0; i < src.limit(); i++) {
                    PyObject k = src.keyAt(i);
                    if (k != null) dd.put(k, value);
                }
                return dd;
            }
            PyObject it = iterable.iter();
            for (PyObject k = it.next(); k != null; k = it.next()) dd.put(k, value);
            return dd;
        }
        PyObject it = iterable.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) d.setItem(k, value);
        return d;
    }

    // ---- the rest -------------------------------------------------------------------------------

    /** A plain dict with the same items (dict.copy of a subclass instance is a plain dict). */
    public static PyDict plainCopy(PyDict src) {
        PyDict d = new PyDict(src.size());
        for (int i = 0; i < src.limit(); i++) {
            PyObject k = src.keyAt(i);
            if (k != null) d.put(k, src.valueAtPos(i));
        }
        return d;
    }

    private static PyObject popitem(PyDict d) {
        for (int i = d.limit() - 1; i >= 0; i--) {
            PyObject k = d.keyAt(i);
            if (k != null) {
                PyObject v = d.valueAtPos(i);
                d.remove(k);
                return PyTuple.of(k, v);
            }
        }
        throw Errors.keyError(PyStr.of("popitem(): dictionary is empty"));
    }

    static boolean dictEquals(PyDict a, PyDict b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.limit(); i++) {
            PyObject k = a.keyAt(i);
            if (k == null) continue;
            PyObject av = a.valueAtPos(i);
            PyObject bv = b.get(k);
            if (bv == null) return false;
            if (!Ops.eq(av, bv)) return false;
        }
        return true;
    }

    static String repr(PyDict d) {
        if (d.size() == 0) return "{}";
        if (!ReprGuard.enter(d)) return "{...}";
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < d.limit(); i++) {
                PyObject k = d.keyAt(i);
                if (k == null) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(k.repr()).append(": ").append(d.valueAtPos(i).repr());
            }
            return sb.append('}').toString();
        } finally {
            ReprGuard.exit(d);
        }
    }

    /** A built-in method bound to the class it is looked up on (dict.fromkeys), as CPython's classmethod_descriptor. */
    static final class ClassMethodDescriptor extends PyObject {
        static final PyType TYPE = new PyType("classmethod_descriptor", PyType.OBJECT, true, null).markFinal();
        private final PyBuiltin.Method method;

        ClassMethodDescriptor(PyBuiltin.Method method) {
            this.method = method;
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
        public PyObject descrGet(PyObject obj, PyType owner) {
            return new PyBuiltin.Bound(method, owner != null ? owner : obj.type());
        }

        @Override
        public String repr() {
            return "<method '" + method.name + "' of '" + method.owner.name + "' objects>";
        }
    }
}
