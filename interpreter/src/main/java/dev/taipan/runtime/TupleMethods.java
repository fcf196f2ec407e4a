package dev.taipan.runtime;

/** The methods of tuple and its constructor, including instances of tuple subclasses (namedtuple). */
public final class TupleMethods {
    private TupleMethods() {}

    public static void install() {
        PyType t = PyTuple.TYPE;
        t.staticNew(TupleMethods::newTuple);
        t.method1("count", (self, x) -> {
            int n = 0;
            for (PyObject o : ((PyTuple) self).items) {
                if (Ops.eq(o, x)) n++;
            }
            return PyInt.of(n);
        });
        t.method("index", (self, args, kw) -> {
            ArgParser.count("index", args, kw, 1, 3);
            PyObject[] items = ((PyTuple) self).items;
            long[] b = ListMethods.indexBounds(args, items.length);
            for (long i = b[0]; i < b[1] && i < items.length; i++) {
                if (Ops.eq(items[(int) i], args[0])) return PyInt.of(i);
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        t.method0("__len__", self -> PyInt.of(((PyTuple) self).items.length));
        t.method1("__getitem__", (self, k) -> getItem((PyTuple) self, k));
        t.method1("__contains__", (self, x) -> {
            for (PyObject o : ((PyTuple) self).items) {
                if (Ops.eq(o, x)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        });
        t.method0("__iter__", self -> {
            PyObject[] items = ((PyTuple) self).items;
            return new SeqIterator(items, items.length);
        });
        t.method0("__repr__", self -> PyStr.of(repr((PyTuple) self)));
        t.method0("__hash__", self -> PyInt.of(tupleHash((PyTuple) self)));
        t.method1("__add__", (self, x) -> {
            if (x instanceof PyTuple o) return ContainerOps.tupleConcat((PyTuple) self, o);
            throw Errors.typeError("can only concatenate tuple (not \"" + x.type().name + "\") to tuple");
        });
        t.method1("__mul__", (self, x) -> ContainerOps.tupleRepeat((PyTuple) self, ContainerOps.repeatCount(Protocols.index(x))));
        t.method1("__rmul__", (self, x) -> ContainerOps.tupleRepeat((PyTuple) self, ContainerOps.repeatCount(Protocols.index(x))));
        t.method0("__getnewargs__", self -> PyTuple.of(PyTuple.wrap(((PyTuple) self).items.clone())));
        for (CompareOp op : CompareOp.values()) {
            t.method1(op.dunder, (self, x) -> {
                if (!(x instanceof PyTuple o)) return PyNotImplemented.NOT_IMPLEMENTED;
                PyObject[] a = ((PyTuple) self).items;
                return Sequences.compare(a, a.length, o.items, o.items.length, op);
            });
        }
        Iterators.installIteratorProtocol(SeqIterator.TYPE);
    }

    private static PyObject newTuple(PyType cls, PyObject[] args, String[] kw) {
        if (cls == PyTuple.TYPE || cls.lookup("__init__") instanceof PyBuiltin.Method m && m.owner == PyType.OBJECT) {
            ArgParser.noKeywords("tuple", kw);
        }
        int npos = args.length - Call.kwCount(kw);
        if (npos > 1) throw Errors.typeError("tuple expected at most 1 argument, got " + npos);
        if (cls == PyTuple.TYPE) {
            if (npos == 0) return PyTuple.EMPTY;
            PyObject a = args[0];
            if (a.getClass() == PyTuple.class) return a;
            return PyTuple.wrap(Protocols.toArray(a));
        }
        return PyTupleSub.create(cls, npos == 0 ? new PyObject[0] : Protocols.toArray(args[0]));
    }

    /** tuple(iterable) for Java callers, returning the argument itself when it is already a tuple. */
    public static PyTuple fromIterable(PyObject iterable) {
        if (iterable.getClass() == PyTuple.class) return (PyTuple) iterable;
        return PyTuple.wrap(Protocols.toArray(iterable));
    }

    /** A tuple of class cls (tuple or a subclass such as a namedtuple class) holding items. */
    public static PyTuple create(PyType cls, PyObject[] items) {
        return PyTupleSub.create(cls, items);
    }

    static PyObject getItem(PyTuple t, PyObject key) {
        PyObject[] items = t.items;
        if (key instanceof PyInt i) {
            long ix = i.isBig() ? Long.MAX_VALUE : i.value;
            if (ix < 0) ix += items.length;
            if (ix < 0 || ix >= items.length) throw Errors.indexError("tuple index out of range");
            return items[(int) ix];
        }
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(items.length);
            int n = PySlice.length(r[0], r[1], r[2]);
            if (r[2] == 1 && n == items.length && t.getClass() == PyTuple.class) return t;
            PyObject[] out = new PyObject[n];
            for (int k = 0, j = (int) r[0]; k < n; k++, j += (int) r[2]) out[k] = items[j];
            return PyTuple.wrap(out);
        }
        PyObject idx = Protocols.indexOrNull(key);
        if (idx != null) return getItem(t, idx);
        throw Errors.typeError("tuple indices must be integers or slices, not " + key.type().name);
    }

    static String repr(PyTuple t) {
        PyObject[] items = t.items;
        if (items.length == 0) return "()";
        if (!ReprGuard.enter(t)) return "(...)";
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(items[i].repr());
            }
            if (items.length == 1) sb.append(',');
            return sb.append(')').toString();
        } finally {
            ReprGuard.exit(t);
        }
    }

    /** CPython's tuple hash (xxHash-based), computed from the items whatever the tuple's class. */
    static long tupleHash(PyTuple t) {
        final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject o : t.items) {
            acc += o.hash() * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += t.items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }
}
