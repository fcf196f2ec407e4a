package dev.taipan.runtime;

import java.util.Arrays;

/**
 * The methods of list (append, sort, __getitem__ ...) and its constructor. The dunder bodies
 * reimplement PyList's protocols instead of calling them, so that super().__getitem__ from a
 * subclass reaches list's own code rather than the subclass's override again.
 */
public final class ListMethods {
    private ListMethods() {}

    private static PyBuiltin.Method listInit;

    public static void install() {
        PyType t = PyList.TYPE;
        t.staticNew(ListMethods::newList);
        t.skipInit = true;
        listInit = new PyBuiltin.Method(t, "__init__", (self, args, kw) -> {
            init((PyList) self, args, kw);
            return PyNone.NONE;
        });
        t.define("__init__", listInit);
        t.define("__hash__", PyNone.NONE);
        t.method1("append", (self, x) -> {
            ((PyList) self).append(x);
            return PyNone.NONE;
        });
        t.method1("extend", (self, x) -> {
            extend((PyList) self, x);
            return PyNone.NONE;
        });
        t.define("insert", PyBuiltin.Method.arity(t, "insert", 2, (self, a) -> {
            insert((PyList) self, a[0], a[1]);
            return PyNone.NONE;
        }));
        t.method1("remove", (self, x) -> {
            remove((PyList) self, x);
            return PyNone.NONE;
        });
        t.method("pop", (self, args, kw) -> {
            ArgParser.count("pop", args, kw, 0, 1);
            return pop((PyList) self, args.length == 0 ? -1 : ssize(args[0]));
        });
        t.method("index", (self, args, kw) -> {
            ArgParser.count("index", args, kw, 1, 3);
            return PyInt.of(index((PyList) self, args));
        });
        t.method1("count", (self, x) -> {
            PyList l = (PyList) self;
            int n = 0;
            for (int i = 0; i < l.size; i++) {
                if (Ops.eq(l.items[i], x)) n++;
            }
            return PyInt.of(n);
        });
        t.method("sort", (self, args, kw) -> {
            int nkw = Call.kwCount(kw);
            if (args.length > nkw) throw Errors.typeError("sort() takes no positional arguments");
            PyObject key = null;
            boolean reverse = false;
            for (int i = 0; i < nkw; i++) {
                PyObject v = args[i];
                switch (kw[i]) {
                    case "key" -> key = v == PyNone.NONE ? null : v;
                    case "reverse" -> reverse = Protocols.index(v).signum() != 0;
                    default -> throw Errors.typeError("sort() got an unexpected keyword argument '" + kw[i] + "'");
                }
            }
            sort((PyList) self, key, reverse);
            return PyNone.NONE;
        });
        t.method0("reverse", self -> {
            PyList l = (PyList) self;
            reverse(l.items, 0, l.size);
            return PyNone.NONE;
        });
        t.method0("copy", self -> {
            PyList l = (PyList) self;
            return new PyList(Arrays.copyOf(l.items, Math.max(l.size, 1)), l.size);
        });
        t.method0("clear", self -> {
            clear((PyList) self);
            return PyNone.NONE;
        });
        t.method0("__len__", self -> PyInt.of(((PyList) self).size));
        t.method1("__getitem__", (self, k) -> getItem((PyList) self, k));
        t.define("__setitem__", PyBuiltin.Method.arity(t, "__setitem__", 2, (self, a) -> {
            setItem((PyList) self, a[0], a[1]);
            return PyNone.NONE;
        }));
        t.method1("__delitem__", (self, k) -> {
            delItem((PyList) self, k);
            return PyNone.NONE;
        });
        t.method1("__contains__", (self, x) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (Ops.eq(l.items[i], x)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        });
        t.method0("__iter__", self -> new PyList.ListIterator((PyList) self));
        t.method0("__reversed__", self -> new Iterators.ListReverseIterator((PyList) self));
        t.method0("__repr__", self -> PyStr.of(repr((PyList) self)));
        t.method1("__add__", (self, x) -> {
            if (x instanceof PyList o) return ContainerOps.listConcat((PyList) self, o);
            throw Errors.typeError("can only concatenate list (not \"" + x.type().name + "\") to list");
        });
        t.method1("__mul__", (self, x) -> ContainerOps.listRepeat((PyList) self, ContainerOps.repeatCount(Protocols.index(x))));
        t.method1("__rmul__", (self, x) -> ContainerOps.listRepeat((PyList) self, ContainerOps.repeatCount(Protocols.index(x))));
        t.method1("__iadd__", (self, x) -> {
            extend((PyList) self, x);
            return self;
        });
        t.method1("__imul__", (self, x) -> {
            ContainerOps.listRepeatInPlace((PyList) self, ContainerOps.repeatCount(Protocols.index(x)));
            return self;
        });
        for (CompareOp op : CompareOp.values()) {
            t.method1(op.dunder, (self, x) -> {
                if (!(x instanceof PyList o)) return PyNotImplemented.NOT_IMPLEMENTED;
                PyList l = (PyList) self;
                return Sequences.compare(l.items, l.size, o.items, o.size, op);
            });
        }
        Iterators.installIteratorProtocol(PyList.ListIterator.TYPE);
        TupleMethods.install();
        PyRange.install();
        Iterators.install();
    }

    // ---- construction --------------------------------------------------------------------------

    private static PyObject newList(PyType cls, PyObject[] args, String[] kw) {
        if (cls == PyList.TYPE) {
            ArgParser.noKeywords("list", kw);
            if (args.length > 1) throw Errors.typeError("list expected at most 1 argument, got " + args.length);
            return args.length == 0 ? new PyList() : fromIterable(args[0]);
        }
        PyList l = (PyList) cls.allocator.allocate(cls);
        if (fillsInNew(cls, listInit)) init(l, args, kw);
        return l;
    }

    /**
     * Whether the __new__ of a list, dict or set subclass does __init__'s work: exactly when the
     * class keeps the built-in __new__ and __init__, which is when type.__call__ skips __init__
     * (skipInit). A __new__ written in Python that calls super().__new__ leaves it to __init__.
     */
    static boolean fillsInNew(PyType cls, PyBuiltin.Method builtinInit) {
        return cls.lookup("__init__") == builtinInit && cls.lookup("__new__") instanceof PyBuiltin.StaticNew;
    }

    private static void init(PyList l, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("list", kw);
        if (args.length > 1) throw Errors.typeError("list expected at most 1 argument, got " + args.length);
        if (l.size > 0) clear(l);
        if (args.length == 1) extend(l, args[0]);
    }

    /** list(iterable) */
    public static PyList fromIterable(PyObject iterable) {
        if (iterable instanceof PyRange r && r.isSmall()) {
            int n = r.intLength();
            PyObject[] items = new PyObject[Math.max(n, 1)];
            long v = r.firstLong(), step = r.stepLong();
            for (int i = 0; i < n; i++, v += step) items[i] = PyInt.of(v);
            return new PyList(items, n);
        }
        PyList l = new PyList();
        extend(l, iterable);
        return l;
    }

    // ---- mutation ------------------------------------------------------------------------------

    private static void grow(PyList l, int needed) {
        if (needed > l.items.length) {
            l.items = Arrays.copyOf(l.items, Math.max(needed, l.items.length + (l.items.length >> 1) + 1));
        }
    }

    /** list.extend(iterable), also list += iterable. */
    public static void extend(PyList l, PyObject iterable) {
        PyObject[] src;
        int n;
        if (iterable.getClass() == PyList.class) {
            PyList o = (PyList) iterable;
            src = o.items;
            n = o.size;
        } else if (iterable.getClass() == PyTuple.class) {
            src = ((PyTuple) iterable).items;
            n = src.length;
        } else {
            PyObject it = iterable.iter();
            Pushable p = Pushable.of(it);
            if (p != null) {
                p.push(o -> {
                    l.append(o);
                    return true;
                });
                return;
            }
            for (PyObject o = it.next(); o != null; o = it.next()) l.append(o);
            return;
        }
        if (n == 0) return;
        int size = l.size;
        grow(l, size + n);
        System.arraycopy(src, 0, l.items, size, n);
        l.size = size + n;
    }

    static void clear(PyList l) {
        l.items = new PyObject[4];
        l.size = 0;
    }

    /** A Py_ssize_t argument (list.pop, list.insert): __index__, OverflowError when too big. */
    private static long ssize(PyObject o) {
        PyInt i = Protocols.index(o);
        if (i.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return i.value;
    }

    private static void insert(PyList l, PyObject where, PyObject x) {
        long i = ssize(where);
        int n = l.size;
        if (i < 0) {
            i += n;
            if (i < 0) i = 0;
        }
        if (i > n) i = n;
        l.insert((int) i, x);
    }

    private static PyObject pop(PyList l, long i) {
        int n = l.size;
        if (n == 0) throw Errors.indexError("pop from empty list");
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError("pop index out of range");
        return l.removeAt((int) i);
    }

    private static void remove(PyList l, PyObject x) {
        for (int i = 0; i < l.size; i++) {
            if (Ops.eq(l.items[i], x)) {
                l.removeAt(i);
                return;
            }
        }
        throw Errors.valueError("list.remove(x): x not in list");
    }

    /** A start/stop argument of index(): __index__ with slice semantics, clamped to the sign's extreme. */
    static long sliceIndex(PyObject o) {
        PyObject i = Protocols.indexOrNull(o);
        if (i == null) throw Errors.typeError("slice indices must be integers or have an __index__ method");
        PyInt v = (PyInt) i;
        if (v.isBig()) return v.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return v.value;
    }

    /** Normalizes index()'s start and stop for a sequence of length n: {start, stop}. */
    static long[] indexBounds(PyObject[] args, int n) {
        long start = args.length > 1 ? sliceIndex(args[1]) : 0;
        long stop = args.length > 2 ? sliceIndex(args[2]) : Long.MAX_VALUE;
        if (start < 0) {
            start += n;
            if (start < 0) start = 0;
        }
        if (stop < 0) {
            stop += n;
            if (stop < 0) stop = 0;
        }
        return new long[] {start, stop};
    }

    private static int index(PyList l, PyObject[] args) {
        PyObject x = args[0];
        long[] b = indexBounds(args, l.size);
        for (long i = b[0]; i < b[1] && i < l.size; i++) {
            if (Ops.eq(l.items[(int) i], x)) return (int) i;
        }
        throw Errors.valueError(x.repr() + " is not in list");
    }

    static void reverse(PyObject[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    // ---- item access (list's own, for subclasses calling super()) --------------------------------

    private static int itemIndex(PyList l, PyInt i) {
        long ix = i.isBig() ? Long.MAX_VALUE : i.value;
        if (ix < 0) ix += l.size;
        return ix < 0 || ix >= l.size ? -1 : (int) ix;
    }

    static PyObject getItem(PyList l, PyObject key) {
        if (key instanceof PyInt i) {
            int ix = itemIndex(l, i);
            if (ix < 0) throw Errors.indexError("list index out of range");
            return l.items[ix];
        }
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(l.size);
            int n = PySlice.length(r[0], r[1], r[2]);
            PyObject[] out = new PyObject[Math.max(n, 1)];
            for (int k = 0, j = (int) r[0]; k < n; k++, j += (int) r[2]) out[k] = l.items[j];
            return new PyList(out, n);
        }
        PyObject idx = Protocols.indexOrNull(key);
        if (idx != null) return getItem(l, idx);
        throw Errors.typeError("list indices must be integers or slices, not " + key.type().name);
    }

    static void setItem(PyList l, PyObject key, PyObject value) {
        if (key instanceof PyInt i) {
            int ix = itemIndex(l, i);
            if (ix < 0) throw Errors.indexError("list assignment index out of range");
            l.items[ix] = value;
        } else if (key instanceof PySlice sl) {
            Sequences.listSetSlice(l, sl, value);
        } else {
            PyObject idx = Protocols.indexOrNull(key);
            if (idx == null) throw Errors.typeError("list indices must be integers or slices, not " + key.type().name);
            setItem(l, idx, value);
        }
    }

    static void delItem(PyList l, PyObject key) {
        if (key instanceof PyInt i) {
            int ix = itemIndex(l, i);
            if (ix < 0) throw Errors.indexError("list assignment index out of range");
            l.removeAt(ix);
        } else if (key instanceof PySlice sl) {
            Sequences.listDelSlice(l, sl);
        } else {
            PyObject idx = Protocols.indexOrNull(key);
            if (idx == null) throw Errors.typeError("list indices must be integers or slices, not " + key.type().name);
            delItem(l, idx);
        }
    }

    static String repr(PyList l) {
        if (l.size == 0) return "[]";
        if (!ReprGuard.enter(l)) return "[...]";
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(l.items[i].repr());
            }
            return sb.append(']').toString();
        } finally {
            ReprGuard.exit(l);
        }
    }

    // ---- sort ----------------------------------------------------------------------------------

    /**
     * list.sort(key=, reverse=): stable, using only `<` in the same directions as CPython's
     * timsort (a later item compared as less than an earlier one), so errors between
     * incomparable items name the types in CPython's order. The list reads as empty meanwhile.
     */
    public static void sort(PyList list, PyObject key, boolean reverse) {
        int n = list.size;
        PyObject[] saved = list.items;
        PyObject[] marker = new PyObject[0];
        list.items = marker;
        list.size = 0;
        PyObject[] keys = saved;
        if (key != null) {
            keys = new PyObject[n];
            try {
                for (int i = 0; i < n; i++) keys[i] = key.call(saved[i]);
            } catch (RuntimeException | Error e) {
                list.items = saved;
                list.size = n;
                throw e;
            }
        }
        PyException error = null;
        boolean modified;
        try {
            if (reverse) {
                reverse(saved, 0, n);
                if (keys != saved) reverse(keys, 0, n);
            }
            try {
                sortArrays(keys, keys == saved ? null : saved, n);
            } catch (PyException e) {
                error = e;
            }
            if (reverse) reverse(saved, 0, n);
        } finally {
            modified = list.items != marker || list.size != 0;
            list.items = saved;
            list.size = n;
        }
        if (error != null) throw error;
        if (modified) throw Errors.valueError("list modified during sort");
    }

    private static final int GENERIC = 0, INTS = 1, FLOATS = 2, STRS = 3;

    private static int sortMode(PyObject[] k, int n) {
        Class<?> c = k[0].getClass();
        for (int i = 0; i < n; i++) {
            PyObject o = k[i];
            if (o.getClass() != c) return GENERIC;
            if (c == PyInt.class && ((PyInt) o).isBig()) return GENERIC;
            if (c == PyStr.class && !((PyStr) o).isBmp()) return GENERIC;
        }
        return c == PyInt.class ? INTS : c == PyFloat.class ? FLOATS : c == PyStr.class ? STRS : GENERIC;
    }

    private static boolean lt(int mode, PyObject a, PyObject b) {
        return switch (mode) {
            case INTS -> ((PyInt) a).value < ((PyInt) b).value;
            case FLOATS -> ((PyFloat) a).value < ((PyFloat) b).value;
            case STRS -> ((PyStr) a).value.compareTo(((PyStr) b).value) < 0;
            default -> Ops.lessThan(a, b);
        };
    }

    private static void swapRange(PyObject[] k, PyObject[] v, int lo, int hi) {
        reverse(k, lo, hi);
        if (v != null) reverse(v, lo, hi);
    }

    /** Length of the run starting at lo, made ascending in place (CPython 3.13's count_run). */
    private static int countRun(int mode, PyObject[] k, PyObject[] v, int lo, int hi) {
        int nrem = hi - lo;
        int n = 1;
        while (n < nrem && !lt(mode, k[lo + n], k[lo + n - 1])) n++;
        if (n == nrem) return n;
        if (n > 1) {
            if (lt(mode, k[lo], k[lo + n - 1])) return n;
            swapRange(k, v, lo, lo + n);
        }
        n++;
        int neq = 0;
        for (; n < nrem; n++) {
            if (lt(mode, k[lo + n], k[lo + n - 1])) {
                if (neq > 0) {
                    swapRange(k, v, lo + n - neq - 1, lo + n);
                    neq = 0;
                }
            } else if (lt(mode, k[lo + n - 1], k[lo + n])) {
                break;
            } else {
                neq++;
            }
        }
        if (neq > 0) swapRange(k, v, lo + n - neq - 1, lo + n);
        swapRange(k, v, lo, lo + n);
        while (n < nrem && !lt(mode, k[lo + n], k[lo + n - 1])) n++;
        return n;
    }

    /** Binary insertion of k[start..hi) into the sorted k[lo..start). */
    private static void binarySort(int mode, PyObject[] k, PyObject[] v, int lo, int hi, int start) {
        for (; start < hi; start++) {
            PyObject pivot = k[start];
            int l = lo, r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(mode, pivot, k[p])) r = p;
                else l = p + 1;
            } while (l < r);
            System.arraycopy(k, l, k, l + 1, start - l);
            k[l] = pivot;
            if (v != null) {
                PyObject pv = v[start];
                System.arraycopy(v, l, v, l + 1, start - l);
                v[l] = pv;
            }
        }
    }

    private static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** Sorts k[0..n) stably, permuting v (when non-null) alongside. */
    static void sortArrays(PyObject[] k, PyObject[] v, int n) {
        if (n < 2) return;
        int mode = sortMode(k, n);
        int minrun = minRun(n);
        int[] bounds = new int[n + 1];
        int runs = 0;
        for (int lo = 0; lo < n; ) {
            int run = countRun(mode, k, v, lo, n);
            if (run < minrun) {
                int force = Math.min(minrun, n - lo);
                binarySort(mode, k, v, lo, lo + force, lo + run);
                run = force;
            }
            bounds[runs++] = lo;
            lo += run;
        }
        bounds[runs] = n;
        PyObject[] tk = new PyObject[n];
        PyObject[] tv = v == null ? null : new PyObject[n];
        while (runs > 1) {
            int w = 0;
            for (int r = 0; r < runs; r += 2) {
                if (r + 1 < runs) merge(mode, k, v, tk, tv, bounds[r], bounds[r + 1], bounds[r + 2]);
                bounds[w++] = bounds[r];
            }
            bounds[w] = n;
            runs = w;
        }
    }

    private static void merge(int mode, PyObject[] k, PyObject[] v, PyObject[] tk, PyObject[] tv, int lo, int mid, int hi) {
        int na = mid - lo;
        System.arraycopy(k, lo, tk, lo, na);
        if (v != null) System.arraycopy(v, lo, tv, lo, na);
        int i = lo, j = mid, out = lo;
        while (i < mid && j < hi) {
            if (lt(mode, k[j], tk[i])) {
                if (v != null) v[out] = v[j];
                k[out++] = k[j++];
            } else {
                if (v != null) v[out] = tv[i];
                k[out++] = tk[i++];
            }
        }
        while (i < mid) {
            if (v != null) v[out] = tv[i];
            k[out++] = tk[i++];
        }
    }
}
