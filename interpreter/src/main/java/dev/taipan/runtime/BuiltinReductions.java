package dev.taipan.runtime;

import dev.taipan.ast.Operator;

/** The built-ins that consume an iterable: sum (CPython's int and compensated float paths), min, max, any, all and sorted. */
final class BuiltinReductions {
    private BuiltinReductions() {}

    static void install(PyDict b) {
        BuiltinFunctions.fn(b, "sum", BuiltinReductions::sum);
        BuiltinFunctions.fn(b, "min", (a, kw) -> minMax(a, kw, false));
        BuiltinFunctions.fn(b, "max", (a, kw) -> minMax(a, kw, true));
        BuiltinFunctions.fn(b, "any", (a, kw) -> {
            BuiltinFunctions.one("any", a, kw);
            PyObject it = a[0].iter();
            for (PyObject o = it.next(); o != null; o = it.next()) {
                if (Ops.isTrue(o)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        });
        BuiltinFunctions.fn(b, "all", (a, kw) -> {
            BuiltinFunctions.one("all", a, kw);
            PyObject it = a[0].iter();
            for (PyObject o = it.next(); o != null; o = it.next()) {
                if (!Ops.isTrue(o)) return PyBool.FALSE;
            }
            return PyBool.TRUE;
        });
        BuiltinFunctions.fn(b, "sorted", BuiltinReductions::sorted);
    }

    private static PyObject sum(PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("sum", args, kw, new String[] {"iterable", "start"}, 1, 2, 1);
        PyObject result = a[1] == null ? PyInt.of(0) : a[1];
        if (result instanceof PyStr) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (result instanceof PyBytes) throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (result instanceof PyByteArray) throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        PyObject it = a[0].iter();
        Summer sum = new Summer(result);
        Pushable p = Pushable.of(it);
        if (p != null) {
            p.push(sum);
        } else {
            for (PyObject item = it.next(); item != null; item = it.next()) sum.accept(item);
        }
        return sum.result();
    }

    /**
     * sum()'s running total, as CPython keeps it: exact while the total and the items are small ints,
     * Neumaier's compensated sum (CPython 3.12+) while it is a float, and + on the objects after that.
     */
    private static final class Summer implements Pushable.Sink {
        private static final int INT = 0, FLOAT = 1, GENERIC = 2;
        private int mode;
        private long acc;
        private double f, c;
        private PyObject total;

        Summer(PyObject start) {
            if (start.getClass() == PyInt.class && !((PyInt) start).isBig()) {
                acc = ((PyInt) start).value;
            } else if (start.getClass() == PyFloat.class) {
                mode = FLOAT;
                f = ((PyFloat) start).value;
            } else {
                mode = GENERIC;
                total = start;
            }
        }

        @Override
        public boolean accept(PyObject item) {
            if (mode == INT) {
                if (item instanceof PyInt i && (i.small || item instanceof PyBool)) {
                    long v = ((PyInt) item).value;
                    long s = acc + v;
                    if (((acc ^ s) & (v ^ s)) >= 0) {
                        acc = s;
                        return true;
                    }
                }
                total = Ops.binary(PyInt.of(acc), Operator.ADD, item);
                if (total.getClass() == PyFloat.class) {
                    mode = FLOAT;
                    f = ((PyFloat) total).value;
                    c = 0.0;
                } else {
                    mode = GENERIC;
                }
                return true;
            }
            if (mode == FLOAT) {
                if (item.getClass() == PyFloat.class) {
                    double x = ((PyFloat) item).value;
                    double t = f + x;
                    if (Math.abs(f) >= Math.abs(x)) {
                        c += (f - t) + x;
                    } else {
                        c += (x - t) + f;
                    }
                    f = t;
                    return true;
                }
                if (item instanceof PyInt i && !i.isBig()) {
                    f += (double) i.value;
                    return true;
                }
                if (c != 0.0 && Double.isFinite(c)) f += c;
                total = Ops.binary(PyFloat.of(f), Operator.ADD, item);
                mode = GENERIC;
                return true;
            }
            total = Ops.binary(total, Operator.ADD, item);
            return true;
        }

        PyObject result() {
            if (mode == INT) return PyInt.of(acc);
            if (mode == FLOAT) {
                if (c != 0.0 && Double.isFinite(c)) f += c;
                return PyFloat.of(f);
            }
            return total;
        }
    }

    private static PyObject minMax(PyObject[] args, String[] kwnames, boolean max) {
        String name = max ? "max" : "min";
        int nkw = Call.kwCount(kwnames);
        int npos = args.length - nkw;
        PyObject key = null, dflt = null;
        for (int k = 0; k < nkw; k++) {
            switch (kwnames[k]) {
                case "key" -> key = args[npos + k];
                case "default" -> dflt = args[npos + k];
                default -> throw Errors.typeError(name + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
        }
        if (npos == 0) throw Errors.typeError(name + " expected at least 1 argument, got 0");
        if (npos > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        if (key == PyNone.NONE) key = null;
        CompareOp op = max ? CompareOp.GT : CompareOp.LT;
        PyObject best = null, bestKey = null;
        PyObject it = npos == 1 ? args[0].iter() : null;
        for (int i = 0; ; i++) {
            PyObject item;
            if (it != null) {
                item = it.next();
                if (item == null) break;
            } else {
                if (i >= npos) break;
                item = args[i];
            }
            PyObject k = key == null ? item : key.call(item);
            if (best == null || Ops.compare(k, bestKey, op).isTrue()) {
                best = item;
                bestKey = k;
            }
        }
        if (best != null) return best;
        if (dflt != null) return dflt;
        throw Errors.valueError(name + "() iterable argument is empty");
    }

    private static PyObject sorted(PyObject[] args, String[] kwnames) {
        int nkw = Call.kwCount(kwnames);
        int npos = args.length - nkw;
        if (npos != 1) throw Errors.typeError("sorted expected 1 argument, got " + npos);
        PyList list = Protocols.toList(args[0]);
        PyObject[] rest = new PyObject[nkw];
        System.arraycopy(args, 1, rest, 0, nkw);
        Call.callMethod(PyList.TYPE.lookup("sort"), list, rest, nkw == 0 ? null : kwnames);
        return list;
    }
}
