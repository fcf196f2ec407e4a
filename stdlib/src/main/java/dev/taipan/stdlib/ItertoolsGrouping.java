package dev.taipan.stdlib;

import static dev.taipan.stdlib.ItertoolsIterators.iteratorType;

import dev.taipan.ast.Operator;
import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/** The itertools iterators that group or share their input: groupby, tee, accumulate, zip_longest, batched. */
final class ItertoolsGrouping {
    private ItertoolsGrouping() {}

    // ---- groupby ------------------------------------------------------------------------------------

    static final PyType GROUPBY = iteratorType("groupby", (cls, a, k) -> {
        PyObject[] v = ArgParser.parse("groupby", a, k, new String[] {"iterable", "key"}, 1, 2, 0);
        return new GroupBy(v[0].iter(), v[1] == null ? PyNone.NONE : v[1]);
    });
    static final PyType GROUPER = iteratorType("_grouper", null);

    /** groupby(iterable, key=None): (key, group) pairs; every group reads the one shared iterator. */
    static final class GroupBy extends ItertoolsIterators.Base {
        private final PyObject it;
        private final PyObject keyFunc;
        PyObject tgtKey;
        PyObject currKey;
        PyObject currValue;
        Grouper currGrouper;

        GroupBy(PyObject it, PyObject keyFunc) {
            this.it = it;
            this.keyFunc = keyFunc;
        }

        @Override
        public PyType type() {
            return GROUPBY;
        }

        /** Reads the next value and its key; false when the input is exhausted. */
        boolean step() {
            PyObject v = it.next();
            if (v == null) return false;
            PyObject key = keyFunc == PyNone.NONE ? v : keyFunc.call(v);
            currValue = v;
            currKey = key;
            return true;
        }

        @Override
        public PyObject next() {
            currGrouper = null;
            while (true) {
                if (currKey != null) {
                    if (tgtKey == null) break;
                    if (!Ops.eq(tgtKey, currKey)) break;
                }
                if (!step()) return null;
            }
            tgtKey = currKey;
            currGrouper = new Grouper(this, tgtKey);
            return PyTuple.of(currKey, currGrouper);
        }
    }

    /** One group of a groupby: valid until the groupby moves on to the next group. */
    static final class Grouper extends ItertoolsIterators.Base {
        private final GroupBy parent;
        private final PyObject tgtKey;

        Grouper(GroupBy parent, PyObject tgtKey) {
            this.parent = parent;
            this.tgtKey = tgtKey;
        }

        @Override
        public PyType type() {
            return GROUPER;
        }

        @Override
        public PyObject next() {
            if (parent.currGrouper != this) return null;
            if (parent.currValue == null) {
                if (!parent.step()) return null;
            }
            if (!Ops.eq(tgtKey, parent.currKey)) return null;
            PyObject r = parent.currValue;
            parent.currValue = null;
            return r;
        }
    }

    // ---- tee ---------------------------------------------------------------------------------------

    static final PyType TEE = iteratorType("_tee", null);

    static {
        TEE.define("__copy__", PyBuiltin.Method.arity(TEE, "__copy__", 0, (self, a) -> ((Tee) self).copy()));
    }

    /** A chunk of the values one tee group has read from its source, linked to the next chunk. */
    static final class TeeLink {
        static final int SIZE = 57;
        final PyObject[] values = new PyObject[SIZE];
        int count;
        TeeLink next;
    }

    /** The source shared by the iterators of one tee group. */
    static final class TeeSource {
        final PyObject it;
        boolean exhausted;

        TeeSource(PyObject it) {
            this.it = it;
        }
    }

    /** One of the iterators tee() returns: a position in the shared chain of chunks. */
    static final class Tee extends ItertoolsIterators.Base {
        private final TeeSource source;
        private TeeLink link;
        private int pos;

        Tee(TeeSource source, TeeLink link, int pos) {
            this.source = source;
            this.link = link;
            this.pos = pos;
        }

        @Override
        public PyType type() {
            return TEE;
        }

        Tee copy() {
            return new Tee(source, link, pos);
        }

        @Override
        public PyObject next() {
            if (pos == TeeLink.SIZE) {
                if (link.next == null) link.next = new TeeLink();
                link = link.next;
                pos = 0;
            }
            if (pos < link.count) return link.values[pos++];
            if (source.exhausted) return null;
            PyObject v = source.it.next();
            if (v == null) {
                source.exhausted = true;
                return null;
            }
            link.values[link.count++] = v;
            pos++;
            return v;
        }
    }

    static PyObject tee(PyObject[] a, String[] k) {
        NumberArgs.range("tee", a, k, 1, 2);
        long n = 2;
        if (a.length == 2) {
            PyInt ni = NumberArgs.index(a[1]);
            if (ni.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
            n = ni.value;
        }
        if (n < 0) throw Errors.valueError("n must be >= 0");
        if (n == 0) return PyTuple.EMPTY;
        PyObject it = a[0].iter();
        PyObject[] out = new PyObject[(int) n];
        PyObject copyable;
        if (it instanceof Tee t) {
            copyable = t;
        } else if (it.type().lookup("__copy__") != null) {
            copyable = it;
        } else {
            copyable = new Tee(new TeeSource(it), new TeeLink(), 0);
        }
        out[0] = copyable;
        for (int i = 1; i < n; i++) {
            copyable = copyable instanceof Tee t ? t.copy() : copyable.getAttr("__copy__").call();
            out[i] = copyable;
        }
        return PyTuple.of(out);
    }

    // ---- accumulate ------------------------------------------------------------------------------------

    static final PyType ACCUMULATE = iteratorType("accumulate", (cls, a, k) -> {
        PyObject[] v = ArgParser.parse("accumulate", a, k, new String[] {"iterable", "func", "initial"}, 1, 2, 0);
        return new Accumulate(v[0].iter(), v[1] == null ? PyNone.NONE : v[1], v[2] == null ? PyNone.NONE : v[2]);
    });

    /** accumulate(iterable, func=None, *, initial=None): running totals (sums, or func's results). */
    static final class Accumulate extends ItertoolsIterators.Base {
        private final PyObject it;
        private final PyObject func;
        private PyObject initial;
        private PyObject total;

        Accumulate(PyObject it, PyObject func, PyObject initial) {
            this.it = it;
            this.func = func;
            this.initial = initial;
        }

        @Override
        public PyType type() {
            return ACCUMULATE;
        }

        @Override
        public PyObject next() {
            if (initial != PyNone.NONE) {
                total = initial;
                initial = PyNone.NONE;
                return total;
            }
            PyObject v = it.next();
            if (v == null) return null;
            if (total == null) {
                total = v;
            } else {
                total = func == PyNone.NONE ? Ops.binary(total, Operator.ADD, v) : func.call(total, v);
            }
            return total;
        }
    }

    // ---- zip_longest ---------------------------------------------------------------------------------

    static final PyType ZIP_LONGEST = iteratorType("zip_longest", (cls, a, k) -> {
        int nkw = k == null ? 0 : k.length;
        PyObject fill = PyNone.NONE;
        for (int i = 0; i < nkw; i++) {
            if (!k[i].equals("fillvalue")) throw Errors.typeError("zip_longest() got an unexpected keyword argument");
            fill = a[a.length - nkw + i];
        }
        PyObject[] its = new PyObject[a.length - nkw];
        for (int i = 0; i < its.length; i++) its[i] = a[i].iter();
        return new ZipLongest(its, fill);
    });

    /** zip_longest(*iterables, fillvalue=None) */
    static final class ZipLongest extends ItertoolsIterators.Base {
        private final PyObject[] its;
        private final PyObject fill;
        private int active;

        ZipLongest(PyObject[] its, PyObject fill) {
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        @Override
        public PyType type() {
            return ZIP_LONGEST;
        }

        @Override
        public PyObject next() {
            if (its.length == 0 || active == 0) return null;
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                if (its[i] == null) {
                    out[i] = fill;
                    continue;
                }
                PyObject x = its[i].next();
                if (x == null) {
                    active--;
                    if (active == 0) return null;
                    its[i] = null;
                    x = fill;
                }
                out[i] = x;
            }
            return PyTuple.of(out);
        }
    }

    // ---- batched ---------------------------------------------------------------------------------------

    static final PyType BATCHED = iteratorType("batched", (cls, a, k) -> {
        PyObject[] v = ArgParser.parse("batched", a, k, new String[] {"iterable", "n", "strict"}, 2, 2, 0);
        PyInt n = NumberArgs.index(v[1]);
        if (n.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        if (n.value < 1) throw Errors.valueError("n must be at least one");
        boolean strict = v[2] != null && v[2].isTrue();
        return new Batched(v[0].iter(), n.value, strict);
    });

    /** batched(iterable, n, *, strict=False): tuples of n items, the last one possibly shorter. */
    static final class Batched extends ItertoolsIterators.Base {
        private PyObject it;
        private final long n;
        private final boolean strict;

        Batched(PyObject it, long n, boolean strict) {
            this.it = it;
            this.n = n;
            this.strict = strict;
        }

        @Override
        public PyType type() {
            return BATCHED;
        }

        @Override
        public PyObject next() {
            if (it == null) return null;
            List<PyObject> items = new ArrayList<>((int) Math.min(n, 64));
            while (items.size() < n) {
                PyObject x = it.next();
                if (x == null) break;
                items.add(x);
            }
            if (items.isEmpty()) {
                it = null;
                return null;
            }
            if (items.size() < n) {
                it = null;
                if (strict) throw Errors.valueError("batched(): incomplete batch");
            }
            return PyTuple.of(items.toArray(new PyObject[0]));
        }
    }
}
