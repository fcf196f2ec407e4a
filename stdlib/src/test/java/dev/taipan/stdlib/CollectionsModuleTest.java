package dev.taipan.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.runtime.Bootstrap;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.ThreadState;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectionsModuleTest {
    private PyModule m;

    @BeforeEach
    void setUp() {
        InterpState interp = new InterpState();
        ThreadState.attach(new ThreadState(interp));
        Bootstrap.installBuiltins(interp);
        m = new CollectionsModule().create(interp);
    }

    private static PyObject ints(long... v) {
        PyList l = new PyList();
        for (long x : v) l.append(PyInt.of(x));
        return l;
    }

    private PyObject deque(PyObject... args) {
        return m.getAttr("deque").call(args);
    }

    private static String outcome(Supplier<PyObject> f) {
        try {
            return f.get().repr();
        } catch (PyException e) {
            return e.value.type().name + ": " + e.value.str();
        }
    }

    private static PyObject call(PyObject o, String name, PyObject... args) {
        return o.getAttr(name).call(args);
    }

    @Test
    void basics() {
        PyObject d = deque(ints(1, 2, 3));
        assertEquals("deque([1, 2, 3])", d.repr());
        call(d, "append", PyInt.of(4));
        call(d, "appendleft", PyInt.of(0));
        assertEquals("deque([0, 1, 2, 3, 4])", d.repr());
        assertEquals("4", call(d, "pop").repr());
        assertEquals("0", call(d, "popleft").repr());
        call(d, "rotate");
        assertEquals("deque([3, 1, 2])", d.repr());
        call(d, "rotate", PyInt.of(-2));
        assertEquals("deque([2, 3, 1])", d.repr());
        call(d, "extendleft", ints(7, 8));
        assertEquals("deque([8, 7, 2, 3, 1])", d.repr());
        assertEquals("7", d.getItem(PyInt.of(1)).repr());
        assertEquals("1", d.getItem(PyInt.of(-1)).repr());
        assertEquals(5, d.len());
        call(d, "reverse");
        assertEquals("deque([1, 3, 2, 7, 8])", d.repr());
        call(d, "insert", PyInt.of(1), PyInt.of(9));
        call(d, "remove", PyInt.of(2));
        assertEquals("deque([1, 9, 3, 7, 8])", d.repr());
        assertEquals("2", call(d, "index", PyInt.of(3)).repr());
        assertEquals("1", call(d, "count", PyInt.of(9)).repr());
        d.delItem(PyInt.of(0));
        d.setItem(PyInt.of(0), PyStr.of("x"));
        assertEquals("deque(['x', 3, 7, 8])", d.repr());
        assertEquals("True", PyObjectEq.eq(d, call(d, "copy")));
    }

    @Test
    void maxlen() {
        PyObject d = deque(ints(1, 2, 3), PyInt.of(2));
        assertEquals("deque([2, 3], maxlen=2)", d.repr());
        call(d, "appendleft", PyInt.of(0));
        assertEquals("deque([0, 2], maxlen=2)", d.repr());
        assertEquals("deque([], maxlen=3)", deque(new PyList(), PyInt.of(3)).repr());
        assertEquals("2", d.getAttr("maxlen").repr());
        assertEquals("IndexError: deque already at its maximum size", outcome(() -> call(d, "insert", PyInt.of(0), PyInt.of(1))));
        assertEquals("ValueError: maxlen must be non-negative", outcome(() -> deque(new PyList(), PyInt.of(-1))));
    }

    @Test
    void errors() {
        PyObject d = deque();
        assertEquals("IndexError: pop from an empty deque", outcome(() -> call(d, "pop")));
        assertEquals("IndexError: pop from an empty deque", outcome(() -> call(d, "popleft")));
        assertEquals("ValueError: 9 is not in deque", outcome(() -> call(d, "index", PyInt.of(9))));
        assertEquals("IndexError: deque index out of range", outcome(() -> d.getItem(PyInt.of(0))));
        assertEquals("TypeError: unhashable type: 'collections.deque'", outcome(() -> PyInt.of(d.hash())));
        PyObject e = deque(ints(1, 2));
        assertEquals("RuntimeError: deque mutated during iteration", outcome(() -> {
            PyObject it = e.iter();
            it.next();
            call(e, "append", PyInt.of(3));
            return it.next();
        }));
        assertEquals("TypeError: deque.pop() takes no arguments (1 given)", outcome(() -> call(e, "pop", PyInt.of(1))));
    }

    /** Equality through the runtime's operator dispatch. */
    static final class PyObjectEq {
        static String eq(PyObject a, PyObject b) {
            return dev.taipan.runtime.Ops.compare(a, b, dev.taipan.runtime.CompareOp.EQ).repr();
        }
    }
}
