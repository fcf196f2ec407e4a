package dev.taipan.runtime;

import java.util.Arrays;

/**
 * Python's dict: an insertion-ordered hash table laid out like CPython's compact dict (an
 * entries array in insertion order plus an open-addressing index). keysVersion changes whenever
 * the set of keys (or their positions) changes, so a global-variable site can cache an entry index.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = DictType.TYPE;

    private static final int FREE = -1;
    private static final int DUMMY = -2;

    private int[] index;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** number of used entry slots (live + deleted) */
    private int used;
    private int size;
    /** changes when keys are added, removed or moved; not when a value is replaced. */
    public int keysVersion;
    /** changes on every mutation, for "dictionary changed size during iteration" checks. */
    public int modCount;

    public PyDict() {
        this(8);
    }

    public PyDict(int capacity) {
        int n = 8;
        while (n * 2 / 3 < capacity) n <<= 1;
        index = new int[n];
        Arrays.fill(index, FREE);
        int cap = n * 2 / 3 + 1;
        hashes = new long[cap];
        keys = new PyObject[cap];
        values = new PyObject[cap];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    // ---- core table ------------------------------------------------------------------------

    /** Index into entries of key, or -1. */
    private int find(PyObject key, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int ix = index[i];
            if (ix == FREE) return -1;
            if (ix >= 0 && hashes[ix] == h) {
                PyObject k = keys[ix];
                if (k == key || keysEqual(k, key)) return ix;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private static boolean keysEqual(PyObject a, PyObject b) {
        if (a instanceof PyStr sa && b instanceof PyStr sb) return sa.value.equals(sb.value);
        return Ops.eq(a, b);
    }

    private int findStr(String key, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int ix = index[i];
            if (ix == FREE) return -1;
            if (ix >= 0 && hashes[ix] == h) {
                PyObject k = keys[ix];
                if (k instanceof PyStr s ? s.value.equals(key) : keysEqual(k, PyStr.of(key))) return ix;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private void insertIndex(long h, int ix) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = ix;
    }

    private void resize(int minSize) {
        int n = 8;
        while (n * 2 / 3 < minSize) n <<= 1;
        int cap = n * 2 / 3 + 1;
        long[] nh = new long[cap];
        PyObject[] nk = new PyObject[cap];
        PyObject[] nv = new PyObject[cap];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                nh[j] = hashes[i];
                nk[j] = keys[i];
                nv[j] = values[i];
                j++;
            }
        }
        hashes = nh;
        keys = nk;
        values = nv;
        used = j;
        index = new int[n];
        Arrays.fill(index, FREE);
        for (int i = 0; i < j; i++) {
            insertIndex(hashes[i], i);
        }
        keysVersion++;
    }

    private void append(PyObject key, long h, PyObject value) {
        if (used >= keys.length) {
            resize(size * 2 + 1);
        }
        int ix = used++;
        hashes[ix] = h;
        keys[ix] = key;
        values[ix] = value;
        insertIndex(h, ix);
        size++;
        keysVersion++;
        modCount++;
    }

    private static long hashOf(PyObject key) {
        return key.hash();
    }

    // ---- public map API --------------------------------------------------------------------

    public PyObject get(PyObject key) {
        long h = hashOf(key);
        int ix = find(key, h);
        return ix < 0 ? null : values[ix];
    }

    public PyObject getStr(String key) {
        int ix = findStr(key, PyStr.hashString(key));
        return ix < 0 ? null : values[ix];
    }

    public void put(PyObject key, PyObject value) {
        long h = hashOf(key);
        int ix = find(key, h);
        if (ix >= 0) {
            values[ix] = value;
            modCount++;
        } else {
            append(key, h, value);
        }
    }

    /** putStr with the key already a str object (an interned name): nothing is allocated for a new key. */
    public void putStr(PyStr key, PyObject value) {
        long h = key.hash();
        int ix = findStr(key.value, h);
        if (ix >= 0) {
            values[ix] = value;
            modCount++;
        } else {
            append(key, h, value);
        }
    }

    public void putStr(String key, PyObject value) {
        long h = PyStr.hashString(key);
        int ix = findStr(key, h);
        if (ix >= 0) {
            values[ix] = value;
            modCount++;
        } else {
            append(PyStr.of(key), h, value);
        }
    }

    /** Removes key; returns the old value or null when absent. */
    public PyObject remove(PyObject key) {
        long h = hashOf(key);
        int ix = find(key, h);
        return ix < 0 ? null : removeAt(ix, h);
    }

    public PyObject delStr(String key) {
        long h = PyStr.hashString(key);
        int ix = findStr(key, h);
        return ix < 0 ? null : removeAt(ix, h);
    }

    private PyObject removeAt(int ix, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (index[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = DUMMY;
        PyObject old = values[ix];
        keys[ix] = null;
        values[ix] = null;
        size--;
        keysVersion++;
        modCount++;
        if (size == 0) {
            clear();
        }
        return old;
    }

    public boolean containsKey(PyObject key) {
        return find(key, hashOf(key)) >= 0;
    }

    public void clear() {
        Arrays.fill(index, FREE);
        Arrays.fill(keys, 0, used, null);
        Arrays.fill(values, 0, used, null);
        used = 0;
        size = 0;
        keysVersion++;
        modCount++;
    }

    /** Position of a str key in the entry arrays (for cached global lookups), or -1. */
    public int indexOfStr(String key) {
        return findStr(key, PyStr.hashString(key));
    }

    /** Value at an entry position found by indexOfStr (valid while keysVersion is unchanged). */
    public PyObject valueAt(int ix) {
        return values[ix];
    }

    public void setValueAt(int ix, PyObject v) {
        values[ix] = v;
        modCount++;
    }

    // ---- iteration in insertion order ------------------------------------------------------

    /** Entry positions run from 0 to limit(); a position holds a live entry when keyAt is non-null. */
    public int limit() {
        return used;
    }

    public PyObject keyAt(int i) {
        return keys[i];
    }

    public PyObject valueAtPos(int i) {
        return values[i];
    }

    public PyList keyList() {
        PyList l = new PyList(size);
        for (int i = 0; i < used; i++) if (keys[i] != null) l.append(keys[i]);
        return l;
    }

    public void update(PyDict other) {
        for (int i = 0; i < other.used; i++) {
            if (other.keys[i] != null) put(other.keys[i], other.values[i]);
        }
    }

    public PyDict copy() {
        PyDict d = new PyDict(size);
        d.update(this);
        return d;
    }

    @Override
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        return ContainerOps.dictBinary(this, op, other, reflected);
    }

    @Override
    public PyObject inplaceOp(dev.taipan.ast.Operator op, PyObject other) {
        return ContainerOps.dictInplace(this, op, other);
    }

    // ---- Python protocols ------------------------------------------------------------------

    @Override
    public int len() {
        return size;
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = get(key);
        if (v == null) {
            return missing(key);
        }
        return v;
    }

    /** dict subclasses may define __missing__. */
    protected PyObject missing(PyObject key) {
        throw Errors.keyError(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (remove(key) == null) {
            throw Errors.keyError(key);
        }
    }

    @Override
    public boolean contains(PyObject item) {
        return containsKey(item);
    }

    @Override
    public PyObject iter() {
        return new DictType.DictIterator(this, DictType.IterKind.KEYS);
    }

    @Override
    public String repr() {
        if (size == 0) return "{}";
        if (!ReprGuard.enter(this)) return "{...}";
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < used; i++) {
                if (keys[i] == null) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(keys[i].repr()).append(": ").append(values[i].repr());
            }
            return sb.append('}').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: '" + type().name + "'");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyDict o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq = dictEquals(o);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    private boolean dictEquals(PyDict o) {
        if (o.size != size) return false;
        for (int i = 0; i < used; i++) {
            if (keys[i] == null) continue;
            PyObject ov = o.get(keys[i]);
            if (ov == null) return false;
            if (ov != values[i] && !Ops.eq(values[i], ov)) return false;
        }
        return true;
    }
}
