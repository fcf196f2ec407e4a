package dev.taipan.runtime;

/** Algorithms shared by list and tuple: lexicographic comparison and slice assignment. */
public final class Sequences {
    private Sequences() {}

    public static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        int n = Math.min(na, nb);
        int i = 0;
        for (; i < n; i++) {
            if (a[i] != b[i] && !Ops.eq(a[i], b[i])) break;
        }
        if (i >= na || i >= nb) {
            return PyBool.of(op.test(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) return PyBool.FALSE;
        if (op == CompareOp.NE) return PyBool.TRUE;
        return Ops.compare(a[i], b[i], op);
    }

    static void listSetSlice(PyList list, PySlice sl, PyObject value) {
        long[] r = sl.indices(list.size);
        PyObject[] src;
        try {
            src = Protocols.toArray(value == list ? PyList.of(list.toArray()) : value);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && value.type().lookup("__iter__") == null && value.type().lookup("__getitem__") == null) {
                throw Errors.typeError("must assign iterable to extended slice");
            }
            throw e;
        }
        int start = (int) r[0], stop = (int) r[1], step = (int) r[2];
        if (step == 1) {
            if (stop < start) stop = start;
            int oldLen = stop - start;
            int newSize = list.size - oldLen + src.length;
            PyObject[] items = new PyObject[Math.max(newSize, 4)];
            System.arraycopy(list.items, 0, items, 0, start);
            System.arraycopy(src, 0, items, start, src.length);
            System.arraycopy(list.items, stop, items, start + src.length, list.size - stop);
            list.items = items;
            list.size = newSize;
            return;
        }
        int n = PySlice.length(start, stop, step);
        if (n != src.length) {
            throw Errors.valueError("attempt to assign sequence of size " + src.length + " to extended slice of size " + n);
        }
        for (int k = 0, j = start; k < n; k++, j += step) list.items[j] = src[k];
    }

    static void listDelSlice(PyList list, PySlice sl) {
        long[] r = sl.indices(list.size);
        int start = (int) r[0], stop = (int) r[1], step = (int) r[2];
        int n = PySlice.length(start, stop, step);
        if (n == 0) return;
        boolean[] drop = new boolean[list.size];
        for (int k = 0, j = start; k < n; k++, j += step) drop[j] = true;
        int w = 0;
        for (int i = 0; i < list.size; i++) {
            if (!drop[i]) list.items[w++] = list.items[i];
        }
        for (int i = w; i < list.size; i++) list.items[i] = null;
        list.size = w;
    }
}
