package dev.taipan.stdlib;

import static dev.taipan.stdlib.ItertoolsIterators.iteratorType;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;

/** The combinatoric itertools: product, permutations, combinations and combinations_with_replacement, in CPython's order. */
final class ItertoolsCombinatorics {
    private ItertoolsCombinatorics() {}

    private static int count(PyObject o) {
        PyInt r = NumberArgs.index(o);
        if (r.isBig() || r.value > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        if (r.value < 0) throw Errors.valueError("r must be non-negative");
        return (int) r.value;
    }

    /** The shared shape: a pool, the current indices, and whether the first tuple has been produced. */
    abstract static class Combinatoric extends ItertoolsIterators.Base {
        final PyObject[] pool;
        final int[] indices;
        final int r;
        boolean started;
        boolean done;

        Combinatoric(PyObject[] pool, int indexCount, int r) {
            this.pool = pool;
            this.indices = new int[indexCount];
            this.r = r;
        }

        PyTuple current() {
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
            return PyTuple.of(out);
        }

        @Override
        public PyObject next() {
            if (done) return null;
            if (!started) {
                started = true;
                if (!first()) {
                    done = true;
                    return null;
                }
                return current();
            }
            if (!advance()) {
                done = true;
                return null;
            }
            return current();
        }

        /** Sets up the first tuple's indices; false when there is none. */
        abstract boolean first();

        /** Moves to the next tuple's indices; false when the last has been produced. */
        abstract boolean advance();
    }

    // ---- product -------------------------------------------------------------------------------------

    static final PyType PRODUCT = iteratorType("product", (cls, a, k) -> {
        int nkw = k == null ? 0 : k.length;
        long repeat = 1;
        for (int i = 0; i < nkw; i++) {
            if (!k[i].equals("repeat")) {
                throw Errors.typeError("product() got an unexpected keyword argument '" + k[i] + "'");
            }
            PyInt rep = NumberArgs.index(a[a.length - nkw + i]);
            if (rep.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
            repeat = rep.value;
        }
        if (repeat < 0) throw Errors.valueError("repeat argument cannot be negative");
        int npools = a.length - nkw;
        PyObject[][] pools = new PyObject[(int) (npools * repeat)][];
        for (int i = 0; i < npools; i++) pools[i] = Protocols.toArray(a[i]);
        for (int rep = 1; rep < repeat; rep++) System.arraycopy(pools, 0, pools, rep * npools, npools);
        return new Product(pools);
    });

    /** product(*iterables, repeat=1): an odometer over the pools, rightmost fastest. */
    static final class Product extends ItertoolsIterators.Base {
        private final PyObject[][] pools;
        private final int[] indices;
        private boolean started;
        private boolean done;

        Product(PyObject[][] pools) {
            this.pools = pools;
            this.indices = new int[pools.length];
        }

        @Override
        public PyType type() {
            return PRODUCT;
        }

        @Override
        public PyObject next() {
            if (done) return null;
            if (!started) {
                started = true;
                for (PyObject[] p : pools) {
                    if (p.length == 0) {
                        done = true;
                        return null;
                    }
                }
            } else {
                int i = pools.length - 1;
                for (; i >= 0; i--) {
                    if (++indices[i] < pools[i].length) break;
                    indices[i] = 0;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            PyObject[] out = new PyObject[pools.length];
            for (int i = 0; i < pools.length; i++) out[i] = pools[i][indices[i]];
            return PyTuple.of(out);
        }
    }

    // ---- permutations --------------------------------------------------------------------------------

    static final PyType PERMUTATIONS = iteratorType("permutations", (cls, a, k) -> {
        PyObject[] v = ArgParser.parse("permutations", a, k, new String[] {"iterable", "r"}, 1, 2, 0);
        PyObject[] pool = Protocols.toArray(v[0]);
        int r = pool.length;
        if (v[1] != null && v[1] != PyNone.NONE) {
            if (!(v[1] instanceof PyInt)) throw Errors.typeError("Expected int as r");
            r = count(v[1]);
        }
        return new Permutations(pool, r);
    });

    /** permutations(iterable, r=None): r-length orderings, by the cycles algorithm. */
    static final class Permutations extends Combinatoric {
        private final int[] cycles;

        Permutations(PyObject[] pool, int r) {
            super(pool, pool.length, r);
            this.cycles = new int[Math.max(r, 0)];
        }

        @Override
        public PyType type() {
            return PERMUTATIONS;
        }

        @Override
        boolean first() {
            int n = pool.length;
            if (r > n) return false;
            for (int i = 0; i < n; i++) indices[i] = i;
            for (int i = 0; i < r; i++) cycles[i] = n - i;
            return true;
        }

        @Override
        boolean advance() {
            int n = pool.length;
            if (n == 0) return false;
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int t = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = t;
                    return true;
                }
            }
            return false;
        }
    }

    // ---- combinations ----------------------------------------------------------------------------------

    static final PyType COMBINATIONS = iteratorType("combinations", (cls, a, k) -> {
        PyObject[] v = ArgParser.parse("combinations", a, k, new String[] {"iterable", "r"}, 2, 2, 0);
        PyObject[] pool = Protocols.toArray(v[0]);
        return new Combinations(pool, count(v[1]));
    });

    /** combinations(iterable, r): r-length subsequences in lexicographic order of positions. */
    static final class Combinations extends Combinatoric {
        Combinations(PyObject[] pool, int r) {
            super(pool, r, r);
        }

        @Override
        public PyType type() {
            return COMBINATIONS;
        }

        @Override
        boolean first() {
            if (r > pool.length) return false;
            for (int i = 0; i < r; i++) indices[i] = i;
            return true;
        }

        @Override
        boolean advance() {
            int n = pool.length;
            int i = r - 1;
            while (i >= 0 && indices[i] == i + n - r) i--;
            if (i < 0) return false;
            indices[i]++;
            for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
            return true;
        }
    }

    static final PyType COMBINATIONS_WITH_REPLACEMENT = iteratorType("combinations_with_replacement", (cls, a, k) -> {
        PyObject[] v = ArgParser.parse("combinations_with_replacement", a, k, new String[] {"iterable", "r"}, 2, 2, 0);
        PyObject[] pool = Protocols.toArray(v[0]);
        return new CombinationsWithReplacement(pool, count(v[1]));
    });

    /** combinations_with_replacement(iterable, r): like combinations, but positions may repeat. */
    static final class CombinationsWithReplacement extends Combinatoric {
        CombinationsWithReplacement(PyObject[] pool, int r) {
            super(pool, r, r);
        }

        @Override
        public PyType type() {
            return COMBINATIONS_WITH_REPLACEMENT;
        }

        @Override
        boolean first() {
            return pool.length > 0 || r == 0;
        }

        @Override
        boolean advance() {
            int n = pool.length;
            int i = r - 1;
            while (i >= 0 && indices[i] == n - 1) i--;
            if (i < 0) return false;
            int v = indices[i] + 1;
            for (int j = i; j < r; j++) indices[j] = v;
            return true;
        }
    }
}
