package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;

/** The _heapq module: the heap primitives heapq.py builds on, with CPython's sift algorithms so list states match. */
public final class HeapqModule implements NativeModule {

    @Override
    public String name() {
        return "_heapq";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_heapq");
        fn(m, "heappush", (a, k) -> {
            NumberArgs.range("heappush", a, k, 2, 2);
            PyList heap = list("heappush() argument 1", a[0]);
            heap.append(a[1]);
            siftDown(heap, 0, heap.size - 1, false);
            return PyNone.NONE;
        });
        fn(m, "heappop", (a, k) -> pop(list("heappop() argument", NumberArgs.one("heappop", a, k)), false));
        fn(m, "_heappop_max", (a, k) -> pop(list("_heappop_max() argument", NumberArgs.one("_heappop_max", a, k)), true));
        fn(m, "heapreplace", (a, k) -> {
            NumberArgs.range("heapreplace", a, k, 2, 2);
            return replace(list("heapreplace() argument 1", a[0]), a[1], false);
        });
        fn(m, "_heapreplace_max", (a, k) -> {
            NumberArgs.range("_heapreplace_max", a, k, 2, 2);
            return replace(list("_heapreplace_max() argument 1", a[0]), a[1], true);
        });
        fn(m, "heappushpop", (a, k) -> {
            NumberArgs.range("heappushpop", a, k, 2, 2);
            PyList heap = list("heappushpop() argument 1", a[0]);
            PyObject item = a[1];
            if (heap.size == 0 || !Ops.lessThan(heap.items[0], item)) return item;
            PyObject top = heap.items[0];
            heap.items[0] = item;
            siftUp(heap, 0, false);
            return top;
        });
        fn(m, "heapify", (a, k) -> {
            heapify(list("heapify() argument", NumberArgs.one("heapify", a, k)), false);
            return PyNone.NONE;
        });
        fn(m, "_heapify_max", (a, k) -> {
            heapify(list("_heapify_max() argument", NumberArgs.one("_heapify_max", a, k)), true);
            return PyNone.NONE;
        });
        return m;
    }

    private static void fn(PyModule m, String name, PyBuiltin.Body body) {
        m.put(name, new PyBuiltin.Function(name, "_heapq", body));
    }

    private static PyList list(String what, PyObject o) {
        if (o instanceof PyList l) return l;
        throw Errors.typeError(what + " must be list, not " + o.type().name);
    }

    /** a < b for a min-heap, b < a for a max-heap. */
    private static boolean before(PyObject a, PyObject b, boolean max) {
        return max ? Ops.lessThan(b, a) : Ops.lessThan(a, b);
    }

    private static void checkSize(PyList heap, int size) {
        if (heap.size != size) throw Errors.runtimeError("list changed size during iteration");
    }

    /** Moves the item at pos up towards startpos while it sorts before its parent. */
    static void siftDown(PyList heap, int startpos, int pos, boolean max) {
        int size = heap.size;
        PyObject newitem = heap.items[pos];
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject parent = heap.items[parentpos];
            boolean lt = before(newitem, parent, max);
            checkSize(heap, size);
            if (!lt) break;
            heap.items[pos] = parent;
            pos = parentpos;
        }
        heap.items[pos] = newitem;
    }

    /** Moves the smaller child up until a leaf is reached at pos's subtree, then sifts the item down. */
    static void siftUp(PyList heap, int pos, boolean max) {
        int endpos = heap.size;
        int startpos = pos;
        PyObject newitem = heap.items[pos];
        int childpos = 2 * pos + 1;
        while (childpos < endpos) {
            int rightpos = childpos + 1;
            if (rightpos < endpos) {
                boolean lt = before(heap.items[childpos], heap.items[rightpos], max);
                checkSize(heap, endpos);
                if (!lt) childpos = rightpos;
            }
            heap.items[pos] = heap.items[childpos];
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap.items[pos] = newitem;
        siftDown(heap, startpos, pos, max);
    }

    private static PyObject pop(PyList heap, boolean max) {
        if (heap.size == 0) throw Errors.indexError("index out of range");
        PyObject last = heap.removeAt(heap.size - 1);
        if (heap.size == 0) return last;
        PyObject top = heap.items[0];
        heap.items[0] = last;
        siftUp(heap, 0, max);
        return top;
    }

    private static PyObject replace(PyList heap, PyObject item, boolean max) {
        if (heap.size == 0) throw Errors.indexError("index out of range");
        PyObject top = heap.items[0];
        heap.items[0] = item;
        siftUp(heap, 0, max);
        return top;
    }

    static void heapify(PyList heap, boolean max) {
        for (int i = heap.size / 2 - 1; i >= 0; i--) siftUp(heap, i, max);
    }
}
