package dev.taipan.stdlib;

import dev.taipan.ast.Operator;
import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/** The simple iterators of itertools: count, cycle, repeat, chain, islice, starmap, takewhile, dropwhile, filterfalse, compress, pairwise. */
final class ItertoolsIterators {
    private ItertoolsIterators() {}

    /** A built-in itertools iterator type with __iter__ and __next__ methods. */
    static PyType iteratorType(String name, PyType.NewFunction create) {
        PyType t = new PyType(name, PyType.OBJECT, true, null);
        t.module = "itertools";
        t.define("__iter__", PyBuiltin.Method.arity(t, "__iter__", 0, (self, a) -> self));
        t.define("__next__", PyBuiltin.Method.arity(t, "__next__", 0, (self, a) -> {
            PyObject r = self.next();
            if (r == null) throw Errors.stopIteration(null);
            return r;
        }));
        if (create != null) t.staticNew(create);
        return t;
    }

    /** The base of the itertools iterators: iter() is the iterator itself. */
    abstract static class Base extends PyObject {
        @Override
        public PyObject iter() {
            return this;
        }
    }

    // ---- count -----------------------------------------------------------------------------------

    static final PyType COUNT = iteratorType("count", (cls, a, k) -> {
        PyObject[] v = ArgParser.parse("count", a, k, new String[] {"start", "step"}, 0, 2, 0);
        PyObject start = v[0] == null ? PyInt.of(0) : v[0], step = v[1] == null ? PyInt.of(1) : v[1];
        if (!isNumber(start) || !isNumber(step)) throw Errors.typeError("a number is required");
        return new Count(start, step);
    });

    static boolean isNumber(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat) return true;
        PyType t = o.type();
        return t.lookup("__index__") != null || t.lookup("__float__") != null || t.lookup("__int__") != null;
    }

    /** count(start=0, step=1) */
    static final class Count extends Base {
        private PyObject cnt;
        private final PyObject step;

        Count(PyObject start, PyObject step) {
            this.cnt = start;
            this.step = step;
        }

        @Override
        public PyType type() {
            return COUNT;
        }

        @Override
        public PyObject next() {
            PyObject r = cnt;
            cnt = Ops.binary(cnt, Operator.ADD, step);
            return r;
        }

        @Override
        public String repr() {
            boolean unitStep = step.getClass() == PyInt.class && !((PyInt) step).isBig() && ((PyInt) step).value == 1;
            return "count(" + cnt.repr() + (unitStep ? "" : ", " + step.repr()) + ")";
        }
    }

    // ---- cycle -------------------------------------------------------------------------------------

    static final PyType CYCLE = iteratorType("cycle", (cls, a, k) -> {
        NumberArgs.range("cycle", a, k, 1, 1);
        return new Cycle(a[0].iter());
    });

    /** cycle(iterable): the items, saved on the first pass, repeated forever. */
    static final class Cycle extends Base {
        private PyObject it;
        private final List<PyObject> saved = new ArrayList<>();
        private int pos;

        Cycle(PyObject it) {
            this.it = it;
        }

        @Override
        public PyType type() {
            return CYCLE;
        }

        @Override
        public PyObject next() {
            if (it != null) {
                PyObject x = it.next();
                if (x != null) {
                    saved.add(x);
                    return x;
                }
                it = null;
            }
            if (saved.isEmpty()) return null;
            PyObject x = saved.get(pos);
            pos = (pos + 1) % saved.size();
            return x;
        }
    }

    // ---- repeat ------------------------------------------------------------------------------------

    static final PyType REPEAT = iteratorType("repeat", (cls, a, k) -> {
        PyObject[] v = ArgParser.parse("repeat", a, k, new String[] {"object", "times"}, 1, 2, 0);
        long times = -1;
        if (v[1] != null) {
            PyInt t = NumberArgs.index(v[1]);
            if (t.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
            times = Math.max(0, t.value);
        }
        return new Repeat(v[0], times);
    });

    static {
        REPEAT.define("__length_hint__", PyBuiltin.Method.arity(REPEAT, "__length_hint__", 0, (self, a) -> {
            Repeat r = (Repeat) self;
            if (r.times < 0) throw Errors.typeError("len() of unsized object");
            return PyInt.of(r.times);
        }));
    }

    /** repeat(object, times=None) */
    static final class Repeat extends Base {
        private final PyObject element;
        private long times;

        Repeat(PyObject element, long times) {
            this.element = element;
            this.times = times;
        }

        @Override
        public PyType type() {
            return REPEAT;
        }

        @Override
        public PyObject next() {
            if (times == 0) return null;
            if (times > 0) times--;
            return element;
        }

        @Override
        public String repr() {
            return "repeat(" + element.repr() + (times >= 0 ? ", " + times : "") + ")";
        }
    }

    // ---- chain -------------------------------------------------------------------------------------

    static final PyType CHAIN = iteratorType("chain", (cls, a, k) -> {
        NumberArgs.noKeywords("chain", k);
        return new Chain(PyTuple.of(a).iter());
    });

    static {
        CHAIN.define("from_iterable", new PyBuiltin.Function("from_iterable", "itertools", (a, k) -> {
            NumberArgs.range("from_iterable", a, k, 1, 1);
            return new Chain(a[0].iter());
        }));
    }

    /** chain(*iterables) and chain.from_iterable(iterable): the sources are iterated lazily, one after another. */
    static final class Chain extends Base {
        private PyObject sources;
        private PyObject current;

        Chain(PyObject sources) {
            this.sources = sources;
        }

        @Override
        public PyType type() {
            return CHAIN;
        }

        @Override
        public PyObject next() {
            while (true) {
                if (current == null) {
                    if (sources == null) return null;
                    PyObject src = sources.next();
                    if (src == null) {
                        sources = null;
                        return null;
                    }
                    current = src.iter();
                }
                PyObject x = current.next();
                if (x != null) return x;
                current = null;
            }
        }
    }

    // ---- islice ------------------------------------------------------------------------------------

    private static final String STOP_ERROR = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDEX_ERROR = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    /** The value of a slice index argument, -1 for None, or -2 when it is not a valid one. */
    private static long sliceArg(PyObject o) {
        if (o == PyNone.NONE) return -1;
        PyObject i = Protocols.indexOrNull(o);
        if (!(i instanceof PyInt v) || v.isBig() || v.value < 0) return -2;
        return v.value;
    }

    static final PyType ISLICE = iteratorType("islice", (cls, a, k) -> {
        NumberArgs.range("islice", a, k, 2, 4);
        long start = 0, stop, step = 1;
        if (a.length == 2) {
            stop = sliceArg(a[1]);
            if (stop == -2) throw Errors.valueError(STOP_ERROR);
        } else {
            stop = sliceArg(a[2]);
            if (stop == -2) throw Errors.valueError(STOP_ERROR);
            start = sliceArg(a[1]);
            if (start == -1) start = 0;
            if (start == -2) throw Errors.valueError(INDEX_ERROR);
            if (a.length == 4) {
                step = sliceArg(a[3]);
                if (step == -1) step = 1;
                if (step < 1) throw Errors.valueError("Step for islice() must be a positive integer or None.");
            }
        }
        return new ISlice(a[0].iter(), start, stop, step);
    });

    /** islice(iterable, [start,] stop [, step]): consumes the source exactly as CPython does. */
    static final class ISlice extends Base {
        private PyObject it;
        private long next;
        private final long stop;
        private final long step;
        private long cnt;

        ISlice(PyObject it, long start, long stop, long step) {
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public PyType type() {
            return ISLICE;
        }

        @Override
        public PyObject next() {
            if (it == null) return null;
            while (cnt < next) {
                if (it.next() == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            PyObject item = it.next();
            if (item == null) {
                it = null;
                return null;
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) next = stop;
            return item;
        }
    }

    // ---- function-driven iterators -----------------------------------------------------------------

    static final PyType STARMAP = iteratorType("starmap", (cls, a, k) -> {
        NumberArgs.range("starmap", a, k, 2, 2);
        PyObject func = a[0], it = a[1].iter();
        return new Simple(ItertoolsIterators.STARMAP) {
            @Override
            public PyObject next() {
                PyObject args = it.next();
                if (args == null) return null;
                return func.call(args instanceof PyTuple t ? t.items : Protocols.toArray(args), null);
            }
        };
    });

    static final PyType TAKEWHILE = iteratorType("takewhile", (cls, a, k) -> {
        NumberArgs.range("takewhile", a, k, 2, 2);
        PyObject pred = a[0], it = a[1].iter();
        return new Simple(ItertoolsIterators.TAKEWHILE) {
            private boolean stopped;

            @Override
            public PyObject next() {
                if (stopped) return null;
                PyObject x = it.next();
                if (x == null) return null;
                if (pred.call(x).isTrue()) return x;
                stopped = true;
                return null;
            }
        };
    });

    static final PyType DROPWHILE = iteratorType("dropwhile", (cls, a, k) -> {
        NumberArgs.range("dropwhile", a, k, 2, 2);
        PyObject pred = a[0], it = a[1].iter();
        return new Simple(ItertoolsIterators.DROPWHILE) {
            private boolean dropping = true;

            @Override
            public PyObject next() {
                while (true) {
                    PyObject x = it.next();
                    if (x == null) return null;
                    if (!dropping) return x;
                    if (!pred.call(x).isTrue()) {
                        dropping = false;
                        return x;
                    }
                }
            }
        };
    });

    static final PyType FILTERFALSE = iteratorType("filterfalse", (cls, a, k) -> {
        NumberArgs.range("filterfalse", a, k, 2, 2);
        PyObject pred = a[0], it = a[1].iter();
        return new Simple(ItertoolsIterators.FILTERFALSE) {
            @Override
            public PyObject next() {
                while (true) {
                    PyObject x = it.next();
                    if (x == null) return null;
                    boolean truth = pred == PyNone.NONE ? x.isTrue() : pred.call(x).isTrue();
                    if (!truth) return x;
                }
            }
        };
    });

    static final PyType COMPRESS = iteratorType("compress", (cls, a, k) -> {
        PyObject[] v = ArgParser.parse("compress", a, k, new String[] {"data", "selectors"}, 2, 2, 0);
        PyObject data = v[0].iter(), selectors = v[1].iter();
        return new Simple(ItertoolsIterators.COMPRESS) {
            @Override
            public PyObject next() {
                while (true) {
                    PyObject d = data.next();
                    if (d == null) return null;
                    PyObject s = selectors.next();
                    if (s == null) return null;
                    if (s.isTrue()) return d;
                }
            }
        };
    });

    static final PyType PAIRWISE = iteratorType("pairwise", (cls, a, k) -> {
        NumberArgs.range("pairwise", a, k, 1, 1);
        PyObject it = a[0].iter();
        return new Simple(ItertoolsIterators.PAIRWISE) {
            private PyObject old;
            private boolean done;

            @Override
            public PyObject next() {
                if (done) return null;
                if (old == null) {
                    old = it.next();
                    if (old == null) {
                        done = true;
                        return null;
                    }
                }
                PyObject nw = it.next();
                if (nw == null) {
                    done = true;
                    old = null;
                    return null;
                }
                PyObject r = PyTuple.of(old, nw);
                old = nw;
                return r;
            }
        };
    });

    /** An iterator whose behaviour is given by an anonymous subclass and whose type is fixed at creation. */
    abstract static class Simple extends Base {
        private final PyType type;

        Simple(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }
    }
}
