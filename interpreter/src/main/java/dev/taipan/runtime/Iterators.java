package dev.taipan.runtime;

import java.math.BigInteger;

/**
 * The iterator types behind the builtins enumerate, zip, map, filter and reversed, and
 * list_reverseiterator. Their types are public so the builtins module can expose them.
 */
public final class Iterators {
    private Iterators() {}

    public static final PyType ENUMERATE = new PyType("enumerate", PyType.OBJECT, true, null).markFinal();
    public static final PyType ZIP = new PyType("zip", PyType.OBJECT, true, null).markFinal();
    public static final PyType MAP = new PyType("map", PyType.OBJECT, true, null).markFinal();
    public static final PyType FILTER = new PyType("filter", PyType.OBJECT, true, null).markFinal();
    public static final PyType REVERSED = new PyType("reversed", PyType.OBJECT, true, null).markFinal();

    /** Gives an iterator type Python-visible __iter__ and __next__ (raising StopIteration at the end). */
    public static void installIteratorProtocol(PyType t) {
        t.method0("__iter__", self -> self);
        t.method0("__next__", self -> {
            PyObject v = self.next();
            if (v == null) throw Errors.stopIteration(null);
            return v;
        });
    }

    static void install() {
        ENUMERATE.staticNew(Iterators::newEnumerate);
        ZIP.staticNew(Iterators::newZip);
        MAP.staticNew((cls, args, kw) -> {
            ArgParser.noKeywords("map", kw);
            if (args.length < 2) throw Errors.typeError("map() must have at least two arguments.");
            PyObject[] its = new PyObject[args.length - 1];
            for (int i = 1; i < args.length; i++) its[i - 1] = args[i].iter();
            return new MapIterator(args[0], its);
        });
        FILTER.staticNew((cls, args, kw) -> {
            ArgParser.noKeywords("filter", kw);
            if (args.length != 2) throw Errors.typeError("filter expected 2 arguments, got " + args.length);
            return new FilterIterator(args[0] == PyNone.NONE ? null : args[0], args[1].iter());
        });
        REVERSED.staticNew((cls, args, kw) -> {
            ArgParser.noKeywords("reversed", kw);
            if (args.length != 1) throw Errors.typeError("reversed expected 1 argument, got " + args.length);
            return reversed(args[0]);
        });
        for (PyType t : new PyType[] {ENUMERATE, ZIP, MAP, FILTER, REVERSED, ListReverseIterator.TYPE}) {
            installIteratorProtocol(t);
        }
    }

    // ---- enumerate -------------------------------------------------------------------------------

    private static PyObject newEnumerate(PyType cls, PyObject[] args, String[] kw) {
        int nkw = Call.kwCount(kw);
        int npos = args.length - nkw;
        if (args.length > 2) throw Errors.typeError("enumerate() takes at most 2 arguments (" + args.length + " given)");
        PyObject iterable = npos > 0 ? args[0] : null;
        PyObject start = npos > 1 ? args[1] : null;
        for (int i = 0; i < nkw; i++) {
            PyObject v = args[npos + i];
            switch (kw[i]) {
                case "iterable" -> {
                    if (iterable != null) throw Errors.typeError("argument for enumerate() given by name ('iterable') and position (1)");
                    iterable = v;
                }
                case "start" -> {
                    if (start != null) throw Errors.typeError("argument for enumerate() given by name ('start') and position (2)");
                    start = v;
                }
                default -> throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for enumerate()");
            }
        }
        if (iterable == null) throw Errors.typeError("enumerate() missing required argument 'iterable'");
        PyInt first = start == null ? PyInt.of(0) : Protocols.index(start);
        return new EnumerateIterator(iterable.iter(), first);
    }

    /** enumerate(iterable, start): (index, item) pairs, the index a long until it overflows. */
    public static final class EnumerateIterator extends PyObject {
        private final PyObject it;
        private long index;
        private BigInteger bigIndex;

        public EnumerateIterator(PyObject it, PyInt start) {
            this.it = it;
            if (start.isBig() || start.value == Long.MAX_VALUE) bigIndex = start.toBig();
            else index = start.value;
        }

        @Override
        public PyType type() {
            return ENUMERATE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            PyObject v = it.next();
            if (v == null) return null;
            PyInt i;
            if (bigIndex == null) {
                i = PyInt.of(index);
                if (++index == Long.MAX_VALUE) bigIndex = BigInteger.valueOf(index);
            } else {
                i = PyInt.of(bigIndex);
                bigIndex = bigIndex.add(BigInteger.ONE);
            }
            return PyTuple.of(i, v);
        }
    }

    // ---- zip -------------------------------------------------------------------------------------

    private static PyObject newZip(PyType cls, PyObject[] args, String[] kw) {
        int nkw = Call.kwCount(kw);
        boolean strict = false;
        for (int i = 0; i < nkw; i++) {
            if (!kw[i].equals("strict")) throw Errors.typeError("zip() got an unexpected keyword argument '" + kw[i] + "'");
            strict = args[args.length - nkw + i].isTrue();
        }
        PyObject[] its = new PyObject[args.length - nkw];
        for (int i = 0; i < its.length; i++) its[i] = args[i].iter();
        return new ZipIterator(its, strict);
    }

    /** zip(*iterables, strict=False) */
    public static final class ZipIterator extends PyObject {
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;

        public ZipIterator(PyObject[] its, boolean strict) {
            this.its = its;
            this.strict = strict;
            this.done = its.length == 0;
        }

        @Override
        public PyType type() {
            return ZIP;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (done) return null;
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = its[i].next();
                if (v == null) {
                    done = true;
                    if (strict) strictCheck(i);
                    return null;
                }
                out[i] = v;
            }
            return PyTuple.wrap(out);
        }

        private void strictCheck(int i) {
            if (i > 0) {
                throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " " : "s 1-") + i);
            }
            for (int k = 1; k < its.length; k++) {
                if (its[k].next() != null) {
                    throw Errors.valueError("zip() argument " + (k + 1) + " is longer than argument" + (k == 1 ? " " : "s 1-") + k);
                }
            }
        }
    }

    // ---- map and filter --------------------------------------------------------------------------

    /** map(function, *iterables) */
    public static final class MapIterator extends PyObject {
        private final PyObject fn;
        private final PyObject[] its;

        public MapIterator(PyObject fn, PyObject[] its) {
            this.fn = fn;
            this.its = its;
        }

        @Override
        public PyType type() {
            return MAP;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (its.length == 1) {
                PyObject v = its[0].next();
                return v == null ? null : fn.call(v);
            }
            PyObject[] a = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = its[i].next();
                if (v == null) return null;
                a[i] = v;
            }
            return fn.call(a, null);
        }
    }

    /** filter(function or None, iterable) */
    public static final class FilterIterator extends PyObject {
        private final PyObject fn;
        private final PyObject it;

        public FilterIterator(PyObject fn, PyObject it) {
            this.fn = fn;
            this.it = it;
        }

        @Override
        public PyType type() {
            return FILTER;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            for (PyObject v = it.next(); v != null; v = it.next()) {
                boolean keep = fn == null || fn == PyBool.TYPE ? Ops.isTrue(v) : Ops.isTrue(fn.call(v));
                if (keep) return v;
            }
            return null;
        }
    }

    // ---- reversed --------------------------------------------------------------------------------

    /** reversed(seq): seq.__reversed__() when defined, else the sequence protocol (__len__, __getitem__). */
    public static PyObject reversed(PyObject seq) {
        if (seq.getClass() == PyList.class) return new ListReverseIterator((PyList) seq);
        if (seq instanceof PyRange r) return r.reversed();
        PyType t = seq.type();
        PyObject m = t.lookup("__reversed__");
        if (m == PyNone.NONE) throw Errors.typeError("'" + t.name + "' object is not reversible");
        if (m != null) return Call.callMethod(m, seq);
        if (seq instanceof PyDict || t.lookup("__getitem__") == null && !(seq instanceof PyTuple) && !(seq instanceof PyStr)) {
            throw Errors.typeError("'" + t.name + "' object is not reversible");
        }
        return new ReversedIterator(seq, seq.len());
    }

    /** reversed() over any sequence with __len__ and __getitem__. */
    public static final class ReversedIterator extends PyObject {
        private PyObject seq;
        private long index;

        ReversedIterator(PyObject seq, long n) {
            this.seq = seq;
            this.index = n - 1;
        }

        @Override
        public PyType type() {
            return REVERSED;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (index >= 0) {
                try {
                    PyObject v = seq.getItem(PyInt.of(index));
                    index--;
                    return v;
                } catch (PyException e) {
                    if (!e.matches(PyExc.IndexError) && !e.matches(PyExc.StopIteration)) throw e;
                }
            }
            index = -1;
            seq = null;
            return null;
        }
    }

    /** reversed(list): walks down from the end, stopping if the list shrank below the position. */
    public static final class ListReverseIterator extends PyObject {
        public static final PyType TYPE = new PyType("list_reverseiterator", PyType.OBJECT, true, null).markFinal();
        private PyList list;
        private int index;

        public ListReverseIterator(PyList list) {
            this.list = list;
            this.index = list.size - 1;
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
            PyList l = list;
            if (l != null && index >= 0 && index < l.size) return l.items[index--];
            index = -1;
            list = null;
            return null;
        }
    }
}
