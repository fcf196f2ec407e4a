package dev.taipan.runtime;

/**
 * set and frozenset: an open-addressing hash table laid out exactly like CPython's setobject.c
 * (linear probes of 9 slots, then perturbed jumps; dummy slots on deletion; the same growth
 * rule), so iteration order matches CPython's for equal hashes. Methods live in SetMethods.
 */
public class PySet extends PyObject {
    public static final PyType SET_TYPE = new PyType("set", PyType.OBJECT, true, PySet::allocate);
    public static final PyType FROZENSET_TYPE = new PyType("frozenset", PyType.OBJECT, true, PySet::allocate);

    /** Marks a deleted slot (its hash is -1, which no key hashes to). */
    static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;

    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    /** Active plus dummy slots. */
    int fill;
    /** Active slots: the size. */
    int used;
    /** Where pop() resumes its search. */
    private int finger;
    /** frozenset's cached hash, -1 until computed. */
    long cachedHash = -1;

    private final PyType cls;
    public final boolean frozen;
    private PyDict attrs;

    public PySet(PyType cls) {
        this.cls = cls;
        this.frozen = cls == FROZENSET_TYPE || (cls != SET_TYPE && cls.isSubtypeOf(FROZENSET_TYPE));
        if (!cls.builtin) attrs = new PyDict();
    }

    static PyObject allocate(PyType cls) {
        return new PySet(cls);
    }

    public static PySet newSet() {
        return new PySet(SET_TYPE);
    }

    public static PySet newFrozen() {
        return new PySet(FROZENSET_TYPE);
    }

    /** A set display {a, b, c} whose elements are not all constants: each element added in order. */
    public static PySet display(PyObject[] items) {
        PySet s = newSet();
        for (PyObject o : items) s.add(o);
        return s;
    }

    /**
     * A set display of three or more compile-time constants. CPython compiles it to a frozenset
     * constant (rebuilt once by the compiler's constant merging) merged into an empty set, which
     * can lay the table out differently from adding the elements one by one.
     */
    public static PySet displayOfConstants(PyObject[] items) {
        PySet first = newFrozen();
        for (PyObject o : items) first.add(o);
        PySet merged = newFrozen();
        for (int i = 0; i <= first.mask; i++) {
            PyObject k = first.keys[i];
            if (k != null && k != DUMMY) merged.addEntry(k, first.hashes[i]);
        }
        PySet s = newSet();
        s.merge(merged);
        return s;
    }

    /** A new empty set of the base type of proto (set or frozenset), as CPython's make_new_set_basetype. */
    static PySet newBase(PySet proto) {
        return proto.frozen ? newFrozen() : newSet();
    }

    /** make_new_set_basetype(type(proto), iterable). */
    static PySet newBaseFrom(PySet proto, PyObject iterable) {
        PySet s = newBase(proto);
        s.updateInternal(iterable);
        return s;
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict dict() {
        return attrs;
    }

    public int size() {
        return used;
    }

    // ---- the hash table ------------------------------------------------------------------------

    private static boolean sameStr(PyObject a, PyObject b) {
        return a.getClass() == PyStr.class && b.getClass() == PyStr.class && ((PyStr) a).value.equals(((PyStr) b).value);
    }

    /** Slot index holding a key equal to key, or -1 (set_lookkey). */
    final int lookIndex(PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] tk = keys;
            long[] th = hashes;
            int m = mask;
            int i = (int) (h & m);
            long perturb = h;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = tk[j];
                    if (k == null) return -1;
                    if (th[j] == h) {
                        if (k == key || sameStr(k, key)) return j;
                        boolean eq = Ops.eq(k, key);
                        if (tk != keys || tk[j] != k) continue restart;
                        if (eq) return j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** Inserts key unless an equal key is present (set_add_entry). */
    final void addEntry(PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] tk = keys;
            long[] th = hashes;
            int m = mask;
            int i = (int) (h & m);
            int freeslot = -1;
            long perturb = h;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = tk[j];
                    if (k == null) {
                        used++;
                        if (freeslot >= 0) {
                            tk[freeslot] = key;
                            th[freeslot] = h;
                            return;
                        }
                        fill++;
                        tk[j] = key;
                        th[j] = h;
                        if ((long) fill * 5 >= (long) m * 3) resize(used > 50000 ? used * 2L : used * 4L);
                        return;
                    }
                    long eh = th[j];
                    if (eh == h) {
                        if (k == key || sameStr(k, key)) return;
                        if (Ops.eq(k, key)) return;
                        if (tk != keys || tk[j] != k) continue restart;
                    } else if (eh == -1 && k == DUMMY) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private static void insertClean(PyObject[] tk, long[] th, int m, PyObject key, long h) {
        int i = (int) (h & m);
        long perturb = h;
        while (true) {
            if (tk[i] == null) {
                tk[i] = key;
                th[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (tk[j] == null) {
                        tk[j] = key;
                        th[j] = h;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Rebuilds the table with the smallest power-of-two size above minused (set_table_resize). */
    final void resize(long minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            if (newsize >= 1 << 30) throw new PyException(new PyBaseException(PyExc.MemoryError));
            newsize <<= 1;
        }
        if (newsize == MINSIZE && keys.length == MINSIZE && fill == used) return;
        PyObject[] ok = keys;
        long[] oh = hashes;
        PyObject[] nk = new PyObject[newsize];
        long[] nh = new long[newsize];
        int m = newsize - 1;
        for (int i = 0; i < ok.length; i++) {
            PyObject k = ok[i];
            if (k != null && k != DUMMY) insertClean(nk, nh, m, k, oh[i]);
        }
        keys = nk;
        hashes = nh;
        mask = m;
        fill = used;
    }

    /** Removes the key; false when absent (set_discard_entry). */
    final boolean discardEntry(PyObject key, long h) {
        int ix = lookIndex(key, h);
        if (ix < 0) return false;
        keys[ix] = DUMMY;
        hashes[ix] = -1;
        used--;
        return true;
    }

    /** Copies every entry of other in (set_merge). */
    final void merge(PySet other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            PyObject[] ok = other.keys;
            long[] oh = other.hashes;
            for (int i = 0; i < ok.length; i++) {
                PyObject k = ok[i];
                if (k != null && k != DUMMY) insertClean(keys, hashes, mask, k, oh[i]);
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) addEntry(k, other.hashes[i]);
        }
    }

    /** Adds every element of an iterable (set_update_internal). */
    public final void updateInternal(PyObject other) {
        if (other instanceof PySet s) {
            merge(s);
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) resize((long) (used + n) * 2);
            for (int i = 0; i < d.limit(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null) addEntry(k, k.hash());
            }
            return;
        }
        if (other.getClass() == PyList.class) {
            PyList l = (PyList) other;
            for (int i = 0; i < l.size; i++) add(l.items[i]);
            return;
        }
        if (other.getClass() == PyTuple.class) {
            for (PyObject o : ((PyTuple) other).items) add(o);
            return;
        }
        PyObject it = other.iter();
        Pushable p = Pushable.of(it);
        if (p != null) {
            p.push(o -> {
                add(o);
                return true;
            });
            return;
        }
        for (PyObject o = it.next(); o != null; o = it.next()) add(o);
    }

    public final void add(PyObject key) {
        addEntry(key, key.hash());
    }

    public final boolean containsKey(PyObject key) {
        return lookIndex(key, key.hash()) >= 0;
    }

    final boolean containsEntry(PyObject key, long h) {
        return lookIndex(key, h) >= 0;
    }

    /** Removes key; false when absent. Unhashable keys raise TypeError. */
    public final boolean discardKey(PyObject key) {
        return discardEntry(key, key.hash());
    }

    /** An unhashable set argument of __contains__/remove/discard stands for frozenset(key); other errors propagate. */
    private static PySet frozenStandIn(PyObject key, PyException e) {
        if (key instanceof PySet s && !s.frozen && e.matches(PyExc.TypeError)) {
            PySet f = newFrozen();
            f.updateInternal(s);
            return f;
        }
        throw e;
    }

    /** item in set (set_contains). */
    public final boolean containsItem(PyObject item) {
        long h;
        try {
            h = item.hash();
        } catch (PyException e) {
            return containsKey(frozenStandIn(item, e));
        }
        return lookIndex(item, h) >= 0;
    }

    /** set.discard / set.remove: false when absent. */
    public final boolean discardItem(PyObject item) {
        long h;
        try {
            h = item.hash();
        } catch (PyException e) {
            return discardKey(frozenStandIn(item, e));
        }
        return discardEntry(item, h);
    }

    public final PyObject pop() {
        if (used == 0) throw Errors.keyError(PyStr.of("pop from an empty set"));
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) i = 0;
        }
        PyObject k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    public final void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        cachedHash = -1;
    }

    /** Exchanges the tables of two sets (set_swap_bodies). */
    final void swapBodies(PySet b) {
        PyObject[] k = keys;
        keys = b.keys;
        b.keys = k;
        long[] h = hashes;
        hashes = b.hashes;
        b.hashes = h;
        int t = mask;
        mask = b.mask;
        b.mask = t;
        t = fill;
        fill = b.fill;
        b.fill = t;
        t = used;
        used = b.used;
        b.used = t;
        if (frozen && b.frozen) {
            long c = cachedHash;
            cachedHash = b.cachedHash;
            b.cachedHash = c;
        } else {
            cachedHash = -1;
            b.cachedHash = -1;
        }
    }

    /** The active elements in table order. */
    public final PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) out[n++] = k;
        }
        return out;
    }

    // ---- Python protocols ---------------------------------------------------------------------

    private boolean builtinSlot(String name) {
        return cls.builtin || cls.lookup(name) instanceof PyBuiltin.Method m && m.owner.builtin;
    }

    @Override
    public int len() {
        return builtinSlot("__len__") ? used : Protocols.lenOf(this, cls.lookup("__len__"));
    }

    @Override
    public boolean isTrue() {
        return cls.builtin ? used != 0 : super.isTrue();
    }

    @Override
    public boolean contains(PyObject item) {
        if (!builtinSlot("__contains__")) return Protocols.genericContains(this, item);
        return containsItem(item);
    }

    @Override
    public PyObject iter() {
        return builtinSlot("__iter__") ? new SetIterator(this) : Protocols.genericIter(this);
    }

    @Override
    public String repr() {
        return builtinSlot("__repr__") ? setRepr(this) : Protocols.reprViaType(this);
    }

    static String setRepr(PySet s) {
        String name = s.type().name;
        if (!ReprGuard.enter(s)) return name + "(...)";
        try {
            if (s.used == 0) return name + "()";
            StringBuilder sb = new StringBuilder();
            boolean plain = s.type() == SET_TYPE;
            if (!plain) sb.append(name).append('(');
            sb.append('{');
            boolean first = true;
            for (PyObject k : s.toArray()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(k.repr());
            }
            sb.append('}');
            if (!plain) sb.append(')');
            return sb.toString();
        } finally {
            ReprGuard.exit(s);
        }
    }

    @Override
    public long hash() {
        if (cls.builtin) {
            if (!frozen) throw Errors.typeError("unhashable type: '" + cls.name + "'");
            return frozenHash();
        }
        if (cls.lookup("__hash__") instanceof PyBuiltin.Method m && m.owner == FROZENSET_TYPE) return frozenHash();
        return super.hash();
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** CPython's frozenset_hash. */
    final long frozenHash() {
        if (cachedHash != -1) return cachedHash;
        long h = 0;
        for (int i = 0; i <= mask; i++) {
            PyObject k = keys[i];
            if (k != null && k != DUMMY) h ^= shuffleBits(hashes[i]);
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) h = 590923713L;
        cachedHash = h;
        return h;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PySet o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(SetMethods.compare(this, o, op));
    }

    @Override
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        if (!(other instanceof PySet o)) return PyNotImplemented.NOT_IMPLEMENTED;
        PySet a = reflected ? o : this;
        PySet b = reflected ? this : o;
        return switch (op) {
            case BITOR -> SetMethods.or(a, b);
            case BITAND -> SetMethods.intersection(a, b);
            case SUB -> SetMethods.difference(a, b);
            case BITXOR -> SetMethods.symmetricDifference(a, b);
            default -> PyNotImplemented.NOT_IMPLEMENTED;
        };
    }

    @Override
    public PyObject inplaceOp(dev.taipan.ast.Operator op, PyObject other) {
        if (frozen || !(other instanceof PySet o)) return null;
        switch (op) {
            case BITOR -> updateInternal(o);
            case BITAND -> SetMethods.intersectionUpdate(this, o);
            case SUB -> SetMethods.differenceUpdate(this, o);
            case BITXOR -> SetMethods.symmetricDifferenceUpdate(this, o);
            default -> {
                return null;
            }
        }
        return this;
    }

    /** Iterates a set in table order, raising if its size changes meanwhile. */
    public static final class SetIterator extends PyObject {
        public static final PyType TYPE = new PyType("set_iterator", PyType.OBJECT, true, null).markFinal();
        private PySet set;
        private int expectedUsed;
        private int pos;

        SetIterator(PySet set) {
            this.set = set;
            this.expectedUsed = set.used;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            PySet s = set;
            if (s == null) return null;
            if (s.used != expectedUsed) {
                expectedUsed = -1;
                throw Errors.runtimeError("Set changed size during iteration");
            }
            PyObject[] tk = s.keys;
            int i = pos;
            while (i < tk.length && (tk[i] == null || tk[i] == DUMMY)) i++;
            pos = i + 1;
            if (i >= tk.length) {
                set = null;
                return null;
            }
            return tk[i];
        }
    }
}
