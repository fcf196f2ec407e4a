package dev.taipan.runtime;

import java.util.Arrays;

/** The generic (dunder-based) forms of the object protocols, for user classes and fallbacks. */
public final class Protocols {
    private Protocols() {}

    public static String reprViaType(PyObject self) {
        PyObject r = Call.callMethod(self.type().lookup("__repr__"), self);
        if (r instanceof PyStr s) return s.value;
        throw Errors.typeError("__repr__ returned non-string (type " + r.type().name + ")");
    }

    public static String strViaType(PyObject self) {
        PyObject r = Call.callMethod(self.type().lookup("__str__"), self);
        if (r instanceof PyStr s) return s.value;
        throw Errors.typeError("__str__ returned non-string (type " + r.type().name + ")");
    }

    public static int lenOf(PyObject self, PyObject lenMethod) {
        PyObject r = Call.callMethod(lenMethod, self);
        PyObject idx = indexOrNull(r);
        if (idx == null) throw Errors.typeError("'" + r.type().name + "' object cannot be interpreted as an integer");
        PyInt i = (PyInt) idx;
        if (i.signum() < 0) throw Errors.valueError("__len__() should return >= 0");
        if (i.isBig() || i.value > Integer.MAX_VALUE) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        return (int) i.value;
    }

    /** operator.index(o) or null when o has no __index__. */
    public static PyObject indexOrNull(PyObject o) {
        if (o instanceof PyInt i) return o.getClass() == PyInt.class ? o : PyInt.of(i.toBig());
        PyObject m = o.type().lookup("__index__");
        if (m == null) return null;
        PyObject r = Call.callMethod(m, o);
        if (!(r instanceof PyInt)) {
            throw Errors.typeError("__index__ returned non-int (type " + r.type().name + ")");
        }
        return r;
    }

    public static PyInt index(PyObject o) {
        PyObject r = indexOrNull(o);
        if (r == null) {
            throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        return (PyInt) r;
    }

    public static PyObject genericIter(PyObject self) {
        PyType t = self.type();
        PyObject m = t.iterMethod();
        if (m != null) {
            if (m == PyNone.NONE) throw Errors.notIterable(self);
            PyObject it = Call.callMethod(m, self);
            if (!it.type().builtin && it.type().lookup("__next__") == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name + "'");
            }
            return it;
        }
        if (t.lookup("__getitem__") != null) {
            return new SequenceIterator(self);
        }
        throw Errors.notIterable(self);
    }

    public static PyObject genericNext(PyObject self) {
        PyObject m = self.type().lookup("__next__");
        if (m == null) {
            throw Errors.typeError("'" + self.type().tpName() + "' object is not an iterator");
        }
        try {
            return Call.callMethod(m, self);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) return null;
            throw e;
        }
    }

    public static PyObject genericGetItem(PyObject self, PyObject key) {
        PyObject m = self.type().lookup("__getitem__");
        if (m == null) {
            if (self instanceof PyType t) {
                PyObject cg = t.lookup("__class_getitem__");
                if (cg != null) return cg.descrGet(null, t).call(key);
            }
            throw Errors.notSubscriptable(self);
        }
        return Call.callMethod(m, self, key);
    }

    public static void genericSetItem(PyObject self, PyObject key, PyObject value) {
        PyObject m = self.type().lookup("__setitem__");
        if (m == null) {
            throw Errors.typeError("'" + self.type().name + "' object does not support item assignment");
        }
        Call.callMethod(m, self, key, value);
    }

    public static void genericDelItem(PyObject self, PyObject key) {
        PyObject m = self.type().lookup("__delitem__");
        if (m == null) {
            throw Errors.typeError("'" + self.type().name + "' object does not support item deletion");
        }
        Call.callMethod(m, self, key);
    }

    public static boolean genericContains(PyObject self, PyObject item) {
        PyObject m = self.type().lookup("__contains__");
        if (m != null) {
            return Call.callMethod(m, self, item).isTrue();
        }
        PyObject it;
        try {
            it = self.iter();
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && self.type().lookup("__iter__") == null && self.type().lookup("__getitem__") == null) {
                throw Errors.typeError("argument of type '" + self.type().name + "' is not iterable");
            }
            throw e;
        }
        for (PyObject o = it.next(); o != null; o = it.next()) {
            if (o == item || Ops.eq(o, item)) return true;
        }
        return false;
    }

    /** All items of an iterable, as an array (a copy for lists and tuples). */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && iterable.getClass() == PyTuple.class) return t.items.clone();
        if (iterable instanceof PyList l && iterable.getClass() == PyList.class) return l.toArray();
        PyObject it = iterable.iter();
        Collector c = new Collector();
        Pushable p = Pushable.of(it);
        if (p != null) {
            p.push(c);
        } else {
            for (PyObject o = it.next(); o != null; o = it.next()) c.accept(o);
        }
        return c.toArray();
    }

    /** The items of an iteration, in order. */
    private static final class Collector implements Pushable.Sink {
        private PyObject[] buf = new PyObject[8];
        private int n;

        @Override
        public boolean accept(PyObject o) {
            if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
            buf[n++] = o;
            return true;
        }

        PyObject[] toArray() {
            return Arrays.copyOf(buf, n);
        }
    }

    public static PyList toList(PyObject iterable) {
        PyObject[] a = toArray(iterable);
        return new PyList(a, a.length);
    }

    /** Iterates an object that has only __getitem__, until IndexError. */
    static final class SequenceIterator extends PyObject {
        static final PyType TYPE = new PyType("iterator", PyType.OBJECT, true, null).markFinal();
        private final PyObject seq;
        private long i;
        private boolean done;

        SequenceIterator(PyObject seq) {
            this.seq = seq;
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
            if (done) return null;
            try {
                return seq.getItem(PyInt.of(i++));
            } catch (PyException e) {
                if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                    done = true;
                    return null;
                }
                throw e;
            }
        }
    }
}
