package dev.taipan.runtime;

/** slice(start, stop, step) and the index arithmetic every sequence uses. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = new PyType("slice", PyType.OBJECT, true, null).markFinal();

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    static {
        TYPE.staticNew((cls, args, kw) -> {
            ArgParser.noKeywords("slice", kw);
            if (args.length == 0) throw Errors.typeError("slice expected at least 1 argument, got 0");
            if (args.length > 3) throw Errors.typeError("slice expected at most 3 arguments, got " + args.length);
            if (args.length == 1) return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            return new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.NONE);
        });
        TYPE.skipInit = true;
        TYPE.method1("indices", (self, n) -> {
            PyInt len = Protocols.index(n);
            if (len.signum() < 0) throw Errors.valueError("length should not be negative");
            long[] r = ((PySlice) self).indices(len.asLong("Python int too large to convert to C ssize_t"));
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
        TYPE.getset("start", self -> ((PySlice) self).start);
        TYPE.getset("stop", self -> ((PySlice) self).stop);
        TYPE.getset("step", self -> ((PySlice) self).step);
    }

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** slice.indices(n) as [start, stop, step], clamped as CPython's PySlice_AdjustIndices. */
    public long[] indices(long n) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = sliceIndex(step, Long.MAX_VALUE / 2);
            if (st == 0) throw Errors.valueError("slice step cannot be zero");
        }
        long lo, hi;
        long defStart = st < 0 ? n - 1 : 0;
        long defStop = st < 0 ? -1 : n;
        if (start == PyNone.NONE) {
            lo = defStart;
        } else {
            lo = sliceIndex(start, n);
            if (lo < 0) {
                lo += n;
                if (lo < 0) lo = st < 0 ? -1 : 0;
            } else if (lo >= n) {
                lo = st < 0 ? n - 1 : n;
            }
        }
        if (stop == PyNone.NONE) {
            hi = defStop;
        } else {
            hi = sliceIndex(stop, n);
            if (hi < 0) {
                hi += n;
                if (hi < 0) hi = st < 0 ? -1 : 0;
            } else if (hi >= n) {
                hi = st < 0 ? n - 1 : n;
            }
        }
        return new long[] {lo, hi, st};
    }

    private static long sliceIndex(PyObject o, long clamp) {
        PyObject i = Protocols.indexOrNull(o);
        if (!(i instanceof PyInt v)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (v.isBig()) {
            return v.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        }
        return v.value;
    }

    /** Number of items in range(start, stop, step) after indices(). */
    public static int length(long start, long stop, long step) {
        if (step > 0) {
            return start < stop ? (int) ((stop - start - 1) / step + 1) : 0;
        }
        return start > stop ? (int) ((start - stop - 1) / (-step) + 1) : 0;
    }

 @Override
    public long hash() {
        return PyTuple.of(start, stop, step).hash();
    }

    @Override
    public String repr() {
        return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PySlice o)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyTuple a = PyTuple.of(start, stop, step), b = PyTuple.of(o.start, o.stop, o.step);
        return a.richCompare(b, op);
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            default -> super.lookupAttr(name);
        };
    }
}
