package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;

/** The bisect module (CPython's _bisect): binary search and insertion into sorted sequences, with key=. */
public final class BisectModule implements NativeModule {
    private static final String[] NAMES = {"a", "x", "lo", "hi", "key"};

    @Override
    public String name() {
        return "bisect";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("bisect");
        PyObject right = fn("bisect_right", (a, k) -> PyInt.of(search("bisect_right", a, k, true)));
        PyObject left = fn("bisect_left", (a, k) -> PyInt.of(search("bisect_left", a, k, false)));
        PyObject insortRight = fn("insort_right", (a, k) -> insort("insort_right", a, k, true));
        PyObject insortLeft = fn("insort_left", (a, k) -> insort("insort_left", a, k, false));
        m.put("bisect_right", right);
        m.put("bisect", right);
        m.put("bisect_left", left);
        m.put("insort_right", insortRight);
        m.put("insort", insortRight);
        m.put("insort_left", insortLeft);
        return m;
    }

    private static PyObject fn(String name, PyBuiltin.Body body) {
        return new PyBuiltin.Function(name, "_bisect", body);
    }

    /** The insertion point: after equal items (right) or before them (left). */
    static long search(PyObject seq, PyObject x, long lo, long hi, PyObject key, boolean right) {
        if (lo < 0) throw Errors.valueError("lo must be non-negative");
        if (hi == -1) hi = seq.len();
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = seq instanceof PyList l && seq.getClass() == PyList.class && mid < l.size
                    ? l.items[(int) mid] : seq.getItem(PyInt.of(mid));
            if (key != PyNone.NONE) item = key.call(item);
            boolean goLeft = right ? Ops.lessThan(x, item) : !Ops.lessThan(item, x);
            if (goLeft) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static long search(String fname, PyObject[] a, String[] k, boolean right) {
        PyObject[] v = ArgParser.parse(fname, a, k, NAMES, 2, 4, 0);
        PyObject key = v[4] == null ? PyNone.NONE : v[4];
        return search(v[0], v[1], lo(v[2]), hi(v[3]), key, right);
    }

    private static long lo(PyObject o) {
        if (o == null) return 0;
        PyInt i = Protocols.index(o);
        if (i.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return i.value;
    }

    private static long hi(PyObject o) {
        if (o == null || o == PyNone.NONE) return -1;
        PyObject i = Protocols.indexOrNull(o);
        if (!(i instanceof PyInt v)) throw Errors.typeError("argument should be integer or None, not '" + o.type().name + "'");
        if (v.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return v.value;
    }

    private static PyObject insort(String fname, PyObject[] a, String[] k, boolean right) {
        PyObject[] v = ArgParser.parse(fname, a, k, NAMES, 2, 4, 0);
        PyObject seq = v[0], x = v[1];
        PyObject key = v[4] == null ? PyNone.NONE : v[4];
        PyObject probe = key == PyNone.NONE ? x : key.call(x);
        long index = search(seq, probe, lo(v[2]), hi(v[3]), key, right);
        if (seq.getClass() == PyList.class) {
            PyList l = (PyList) seq;
            l.insert((int) Math.min(index, l.size), x);
        } else {
            seq.getAttr("insert").call(PyInt.of(index), x);
        }
        return PyNone.NONE;
    }
}
