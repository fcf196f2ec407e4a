package dev.taipan.runtime;

/**
 * The immutable map behind a Context: a hash array mapped trie from ContextVar to value. A change
 * returns a new map sharing every untouched node, so copying a Context is O(1) and a set costs a
 * few small array copies. Keys compare by identity and their 64-bit hashes are unique (see
 * PyContextVar.hamtHash), so two keys always part at some level and no collision nodes are needed.
 */
final class ContextHamt {
    static final ContextHamt EMPTY = new ContextHamt(Node.EMPTY, 0);

    private static final int BITS = 5;
    private static final int MASK = 31;

    private final Node root;
    final int size;

    private ContextHamt(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    /** The value bound to key, or null. */
    PyObject get(PyContextVar key) {
        long hash = key.hamtHash;
        Node n = root;
        for (int shift = 0; ; shift += BITS) {
            int bit = bit(hash, shift);
            if ((n.bitmap & bit) == 0) return null;
            int i = n.slot(bit);
            Object k = n.slots[i];
            if (k == null) {
                n = (Node) n.slots[i + 1];
            } else {
                return k == key ? (PyObject) n.slots[i + 1] : null;
            }
        }
    }

    /** This map with key bound to value. */
    ContextHamt with(PyContextVar key, PyObject value) {
        PyObject old = get(key);
        if (old == value) return this;
        return new ContextHamt(root.with(key, key.hamtHash, 0, value), old == null ? size + 1 : size);
    }

    /** This map without key (this same map when key is absent). */
    ContextHamt without(PyContextVar key) {
        Node r = root.without(key, key.hamtHash, 0);
        if (r == root) return this;
        return r == null ? EMPTY : new ContextHamt(r, size - 1);
    }

    /** The keys and values, in trie order, into arrays of length size. */
    void entries(PyObject[] keys, PyObject[] values) {
        root.collect(keys, values, 0);
    }

    /** Same keys bound to equal values (== with the identity shortcut, as dict equality compares). */
    boolean contentEquals(ContextHamt other) {
        if (this == other) return true;
        if (size != other.size) return false;
        PyObject[] keys = new PyObject[size];
        PyObject[] values = new PyObject[size];
        entries(keys, values);
        for (int i = 0; i < size; i++) {
            PyObject w = other.get((PyContextVar) keys[i]);
            if (w == null || !Ops.eq(values[i], w)) return false;
        }
        return true;
    }

    private static int bit(long hash, int shift) {
        return 1 << (int) ((hash >>> shift) & MASK);
    }

    /**
     * One trie level: a 32-bit occupancy bitmap and, per set bit in order, a pair of slots that
     * holds either (key, value) or (null, child node).
     */
    private static final class Node {
        static final Node EMPTY = new Node(0, new Object[0]);

        final int bitmap;
        final Object[] slots;

        Node(int bitmap, Object[] slots) {
            this.bitmap = bitmap;
            this.slots = slots;
        }

        /** The index of the first slot of bit's pair. */
        int slot(int bit) {
            return 2 * Integer.bitCount(bitmap & (bit - 1));
        }

        Node with(PyContextVar key, long hash, int shift, PyObject value) {
            int bit = bit(hash, shift);
            int i = slot(bit);
            if ((bitmap & bit) == 0) {
                Object[] s = new Object[slots.length + 2];
                System.arraycopy(slots, 0, s, 0, i);
                s[i] = key;
                s[i + 1] = value;
                System.arraycopy(slots, i, s, i + 2, slots.length - i);
                return new Node(bitmap | bit, s);
            }
            Object k = slots[i];
            Object replacement;
            if (k == null) {
                replacement = ((Node) slots[i + 1]).with(key, hash, shift + BITS, value);
            } else if (k == key) {
                replacement = value;
            } else {
                PyContextVar other = (PyContextVar) k;
                replacement = pair(other, other.hamtHash, (PyObject) slots[i + 1], key, hash, value, shift + BITS);
                k = null;
            }
            Object[] s = slots.clone();
            s[i] = k;
            s[i + 1] = replacement;
            return new Node(bitmap, s);
        }

        /** A subtree holding two different keys, nested as deep as their hashes agree. */
        static Node pair(PyContextVar k1, long h1, PyObject v1, PyContextVar k2, long h2, PyObject v2, int shift) {
            int i1 = (int) ((h1 >>> shift) & MASK);
            int i2 = (int) ((h2 >>> shift) & MASK);
            if (i1 == i2) {
                return new Node(1 << i1, new Object[] {null, pair(k1, h1, v1, k2, h2, v2, shift + BITS)});
            }
            Object[] s = i1 < i2 ? new Object[] {k1, v1, k2, v2} : new Object[] {k2, v2, k1, v1};
            return new Node((1 << i1) | (1 << i2), s);
        }

        /** This node without key: itself when absent, null when it would become empty. */
        Node without(PyContextVar key, long hash, int shift) {
            int bit = bit(hash, shift);
            if ((bitmap & bit) == 0) return this;
            int i = slot(bit);
            Object k = slots[i];
            if (k == null) {
                Node child = (Node) slots[i + 1];
                Node rest = child.without(key, hash, shift + BITS);
                if (rest == child) return this;
                if (rest == null) return withoutPair(bit, i);
                Object[] s = slots.clone();
                if (rest.slots.length == 2 && rest.slots[0] != null) {
                    s[i] = rest.slots[0];
                    s[i + 1] = rest.slots[1];
                } else {
                    s[i + 1] = rest;
                }
                return new Node(bitmap, s);
            }
            return k == key ? withoutPair(bit, i) : this;
        }

        private Node withoutPair(int bit, int i) {
            if (bitmap == bit) return null;
            Object[] s = new Object[slots.length - 2];
            System.arraycopy(slots, 0, s, 0, i);
            System.arraycopy(slots, i + 2, s, i, slots.length - i - 2);
            return new Node(bitmap & ~bit, s);
        }

        int collect(PyObject[] keys, PyObject[] values, int at) {
            for (int i = 0; i < slots.length; i += 2) {
                if (slots[i] == null) {
                    at = ((Node) slots[i + 1]).collect(keys, values, at);
                } else {
                    keys[at] = (PyObject) slots[i];
                    values[at++] = (PyObject) slots[i + 1];
                }
            }
            return at;
        }
    }
}
