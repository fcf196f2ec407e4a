package dev.taipan.stdlib;

import static dev.taipan.stdlib.NativeModuleTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeapqBisectTest {
    private PyModule heapq;
    private PyModule bisect;

    @BeforeEach
    void setUp() {
        heapq = load(new HeapqModule());
        bisect = new BisectModule().create(dev.taipan.runtime.ThreadState.current().interp);
    }

    @Test
    void heapStatesMatchCPython() {
        PyObject h = ints();
        for (long x : new long[] {5, 3, 8, 1, 9, 2}) call(heapq, "heappush", h, i(x));
        assertEquals("[1, 3, 2, 5, 9, 8]", h.repr());
        assertEquals("1", call(heapq, "heappop", h).repr());
        assertEquals("[2, 3, 8, 5, 9]", h.repr());
        PyObject l = ints(9, 5, 7, 1, 3, 8, 2);
        call(heapq, "heapify", l);
        assertEquals("[1, 3, 2, 5, 9, 8, 7]", l.repr());
        assertEquals("1", call(heapq, "heapreplace", l, i(6)).repr());
        assertEquals("[2, 3, 6, 5, 9, 8, 7]", l.repr());
        assertEquals("0", call(heapq, "heappushpop", l, i(0)).repr());
        assertEquals("2", call(heapq, "heappushpop", l, i(4)).repr());
        assertEquals("[3, 4, 6, 5, 9, 8, 7]", l.repr());
        PyObject mx = ints(1, 5, 3, 9);
        call(heapq, "_heapify_max", mx);
        assertEquals("[9, 5, 3, 1]", mx.repr());
        assertEquals("9", call(heapq, "_heappop_max", mx).repr());
        assertEquals("IndexError: index out of range", outcome(() -> call(heapq, "heappop", ints())));
        assertEquals("TypeError: heappush() argument 1 must be list, not tuple", outcome(() -> call(heapq, "heappush", tuple(), i(1))));
        assertEquals("TypeError: heapify() argument must be list, not int", outcome(() -> call(heapq, "heapify", i(5))));
        assertEquals("TypeError: heappush expected 2 arguments, got 1", outcome(() -> call(heapq, "heappush", ints())));
        assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'", outcome(() -> call(heapq, "heappush", ints(1), s("a"))));
    }

    @Test
    void bisection() {
        PyObject a = ints(1, 2, 2, 3, 5);
        assertEquals("1", call(bisect, "bisect_left", a, i(2)).repr());
        assertEquals("3", call(bisect, "bisect_right", a, i(2)).repr());
        assertEquals("4", call(bisect, "bisect", a, i(4)).repr());
        assertEquals("2", call(bisect, "bisect_left", a, i(2), i(2)).repr());
        assertEquals("2", outcome(() -> callKw(bisect, "bisect_right", new PyObject[] {a, i(2), i(2)}, "hi")));
        call(bisect, "insort", a, i(4));
        call(bisect, "insort_left", a, i(2));
        assertEquals("[1, 2, 2, 2, 3, 4, 5]", a.repr());
        assertEquals("ValueError: lo must be non-negative", outcome(() -> call(bisect, "bisect", a, i(1), i(-1))));
        assertEquals("TypeError: argument should be integer or None, not 'str'", outcome(() -> call(bisect, "bisect", a, i(1), i(0), s("a"))));
        assertEquals("IndexError: list index out of range", outcome(() -> call(bisect, "bisect", ints(1, 2), i(1), i(0), i(10))));
        assertEquals("TypeError: bisect_right() missing required argument 'a' (pos 1)", outcome(() -> call(bisect, "bisect")));
        assertEquals("<built-in function bisect_right>", bisect.getAttr("bisect").repr());
    }
}
