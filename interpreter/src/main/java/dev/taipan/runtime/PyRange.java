package dev.taipan.runtime;

import java.math.BigInteger;

/**
 * range(start, stop, step): an immutable arithmetic sequence. Values that fit in a long take
 * a long fast path (iteration, indexing, `in`); anything larger falls back to BigInteger.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = new PyType("range", PyType.OBJECT, true, null).markFinal();

    public final PyInt start;
    public final PyInt stop;
    public final PyInt step;
    /** The number of items (possibly huge). */
    private final PyInt length;
    /** True when start, step and the length all fit in a long. */
    private final boolean small;

    public PyRange(PyInt start, PyInt stop, PyInt step) {
        if (step.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
        this.small = !start.isBig() && !stop.isBig() && !step.isBig() && !length.isBig();
    }

    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    private static PyInt computeLength(PyInt lo, PyInt hi, PyInt step) {
        if (!lo.isBig() && !hi.isBig() && !step.isBig()) {
            long a = lo.value, b = hi.value, s = step.value;
            if (s > 0 && a < b || s < 0 && a > b) {
                long diff = s > 0 ? b - a : a - b;
                if (diff > 0 && s != Long.MIN_VALUE) {
                    return PyInt.of((diff - 1) / Math.abs(s) + 1);
                }
            } else {
                return PyInt.of(0);
            }
        }
        BigInteger a = lo.toBig(), b = hi.toBig(), s = step.toBig();
        if (s.signum() > 0 ? a.compareTo(b) >= 0 : a.compareTo(b) <= 0) return PyInt.of(0);
        BigInteger diff = s.signum() > 0 ? b.subtract(a) : a.subtract(b);
        return PyInt.of(diff.subtract(BigInteger.ONE).divide(s.abs()).add(BigInteger.ONE));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isSmall() {
        return small;
    }

    /** The length as a Java int, raising OverflowError beyond it. */
    public int intLength() {
        if (length.isBig() || length.value > Integer.MAX_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return (int) length.value;
    }

    /** len(range) as a Python int, for len() on ranges longer than a Java int. */
    public PyInt length() {
        if (length.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return length;
    }

    long firstLong() {
        return start.value;
    }

    long stepLong() {
        return step.value;
    }

    /** The i-th item, 0 <= i < length. */
    private PyInt itemAt(BigInteger i) {
        return PyInt.of(start.toBig().add(i.multiply(step.toBig())));
    }

    private PyInt itemAt(long i) {
        if (small) {
            long prod = step.value * i;
            if (i == 0 || (prod / i == step.value && !(i == -1 && step.value == Long.MIN_VALUE))) {
                long r = start.value + prod;
                if (((start.value ^ r) & (prod ^ r)) >= 0) return PyInt.of(r);
            }
        }
        return itemAt(BigInteger.valueOf(i));
    }

    @Override
    public int len() {
        return intLength();
    }

    @Override
    public boolean isTrue() {
        return length.signum() != 0;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            if (!i.isBig() && !length.isBig()) {
                long ix = i.value;
                if (ix < 0) ix += length.value;
                if (ix < 0 || ix >= length.value) throw Errors.indexError("range object index out of range");
                return itemAt(ix);
            }
            BigInteger ix = i.toBig();
            if (ix.signum() < 0) ix = ix.add(length.toBig());
            if (ix.signum() < 0 || ix.compareTo(length.toBig()) >= 0) throw Errors.indexError("range object index out of range");
            return itemAt(ix);
        }
        if (key instanceof PySlice sl) {
            if (length.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
            long[] r = sl.indices(length.value);
            BigInteger st = step.toBig();
            return new PyRange(itemAt(BigInteger.valueOf(r[0])), itemAt(BigInteger.valueOf(r[1])),
                    PyInt.of(st.multiply(BigInteger.valueOf(r[2]))));
        }
        PyObject idx = Protocols.indexOrNull(key);
        if (idx != null) return getItem(idx);
        throw Errors.typeError("range indices must be integers or slices, not " + key.type().name);
    }

    /** x in range for an int x: O(1). */
    private boolean containsInt(PyInt x) {
        if (small && !x.isBig()) {
            long v = x.value, a = start.value, s = step.value;
            long b = stop.value;
            boolean inside = s > 0 ? a <= v && v < b : b < v && v <= a;
            if (!inside) return false;
            long d = v - a;
            if (((v ^ a) & (v ^ d)) >= 0 && s != Long.MIN_VALUE) return d % s == 0;
        }
        BigInteger v = x.toBig(), a = start.toBig(), b = stop.toBig(), s = step.toBig();
        boolean inside = s.signum() > 0 ? a.compareTo(v) <= 0 && v.compareTo(b) < 0 : b.compareTo(v) < 0 && v.compareTo(a) <= 0;
        return inside && v.subtract(a).mod(s.abs()).signum() == 0;
    }

    private static boolean isIntLike(PyObject x) {
        return x.getClass() == PyInt.class || x instanceof PyBool;
    }

    @Override
    public boolean contains(PyObject x) {
        if (isIntLike(x)) return containsInt((PyInt) x);
        PyObject it = iter();
        for (PyObject v = it.next(); v != null; v = it.next()) {
            if (Ops.eq(v, x)) return true;
        }
        return false;
    }

    private PyObject index(PyObject x) {
        if (isIntLike(x)) {
            if (!containsInt((PyInt) x)) throw Errors.valueError(x.repr() + " is not in range");
            return PyInt.of(((PyInt) x).toBig().subtract(start.toBig()).divide(step.toBig()));
        }
        PyObject it = iter();
        long i = 0;
        for (PyObject v = it.next(); v != null; v = it.next(), i++) {
            if (Ops.eq(v, x)) return PyInt.of(i);
        }
        throw Errors.valueError("sequence.index(x): x not in sequence");
    }

    private PyObject count(PyObject x) {
        if (isIntLike(x)) return PyInt.of(containsInt((PyInt) x) ? 1 : 0);
        long n = 0;
        PyObject it = iter();
        for (PyObject v = it.next(); v != null; v = it.next()) {
            if (Ops.eq(v, x)) n++;
        }
        return PyInt.of(n);
    }

    @Override
    public PyObject iter() {
        if (small) return new RangeIterator(start.value, step.value, length.value);
        return new BigRangeIterator(start.toBig(), step.toBig(), length.toBig());
    }

    /** reversed(range) */
    public PyObject reversed() {
        if (length.signum() == 0) return iter();
        PyInt last = itemAt(length.toBig().subtract(BigInteger.ONE));
        if (small && !last.isBig() && step.value != Long.MIN_VALUE) {
            return new RangeIterator(last.value, -step.value, length.value);
        }
        return new BigRangeIterator(last.toBig(), step.toBig().negate(), length.toBig());
    }

    @Override
    public String repr() {
        if (step.isBig() || step.value != 1) {
            return "range(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
        }
        return "range(" + start.repr() + ", " + stop.repr() + ")";
    }

    @Override
    public long hash() {
        PyObject[] t;
        if (length.signum() == 0) {
            t = new PyObject[] {length, PyNone.NONE, PyNone.NONE};
        } else if (!length.isBig() && length.value == 1) {
            t = new PyObject[] {length, start, PyNone.NONE};
        } else {
            t = new PyObject[] {length, start, step};
        }
        return PyTuple.wrap(t).hash();
    }

    private boolean rangeEquals(PyRange o) {
        if (o == this) return true;
        if (!Ops.eq(length, o.length)) return false;
        if (length.signum() == 0) return true;
        if (!Ops.eq(start, o.start)) return false;
        if (!length.isBig() && length.value == 1) return true;
        return Ops.eq(step, o.step);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyRange o) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.NOT_IMPLEMENTED;
        boolean eq = rangeEquals(o);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    // ---- the type ---------------------------------------------------------------------------------

    private static PyInt intArg(PyObject o) {
        return Protocols.index(o);
    }

    static void install() {
        PyType t = TYPE;
        t.staticNew((cls, args, kw) -> {
            ArgParser.noKeywords("range", kw);
            return switch (args.length) {
                case 1 -> new PyRange(PyInt.of(0), intArg(args[0]), PyInt.of(1));
                case 2 -> new PyRange(intArg(args[0]), intArg(args[1]), PyInt.of(1));
                case 3 -> new PyRange(intArg(args[0]), intArg(args[1]), intArg(args[2]));
                case 0 -> throw Errors.typeError("range expected at least 1 argument, got 0");
                default -> throw Errors.typeError("range expected at most 3 arguments, got " + args.length);
            };
        });
        t.getset("start", self -> ((PyRange) self).start);
        t.getset("stop", self -> ((PyRange) self).stop);
        t.getset("step", self -> ((PyRange) self).step);
        t.method1("index", (self, x) -> ((PyRange) self).index(x));
        t.method1("count", (self, x) -> ((PyRange) self).count(x));
        t.method0("__len__", self -> ((PyRange) self).length());
        t.method1("__getitem__", PyObject::getItem);
        t.method1("__contains__", (self, x) -> PyBool.of(self.contains(x)));
        t.method0("__iter__", PyObject::iter);
        t.method0("__reversed__", self -> ((PyRange) self).reversed());
        t.method0("__repr__", self -> PyStr.of(self.repr()));
        t.method0("__hash__", self -> PyInt.of(self.hash()));
        t.method0("__bool__", self -> PyBool.of(self.isTrue()));
        for (CompareOp op : CompareOp.values()) {
            t.method1(op.dunder, (self, x) -> self.richCompare(x, op));
        }
        Iterators.installIteratorProtocol(RangeIterator.TYPE);
        Iterators.installIteratorProtocol(BigRangeIterator.TYPE);
    }

    /** Iterates a range whose items fit in a long. */
    public static final class RangeIterator extends PyObject implements LengthHint {
        @Override
        public long remaining() {
            return remaining;
        }

        public static final PyType TYPE = new PyType("range_iterator", PyType.OBJECT, true, null).markFinal();
        private long next;
        private final long step;
        private long remaining;

        RangeIterator(long first, long step, long count) {
            this.next = first;
            this.step = step;
            this.remaining = count;
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
            if (remaining <= 0) return null;
            long v = next;
            if (--remaining > 0) next = v + step;
            return PyInt.of(v);
        }
    }

    /** Iterates a range with items or a length beyond a long. */
    public static final class BigRangeIterator extends PyObject {
        public static final PyType TYPE = new PyType("longrange_iterator", PyType.OBJECT, true, null).markFinal();
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        BigRangeIterator(BigInteger first, BigInteger step, BigInteger count) {
            this.next = first;
            this.step = step;
            this.remaining = count;
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
            if (remaining.signum() <= 0) return null;
            BigInteger v = next;
            remaining = remaining.subtract(BigInteger.ONE);
            next = v.add(step);
            return PyInt.of(v);
        }
    }
}
