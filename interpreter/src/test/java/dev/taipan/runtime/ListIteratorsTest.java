package dev.taipan.runtime;

import static dev.taipan.runtime.ListMethodsTest.err;
import static dev.taipan.runtime.ListMethodsTest.fn;
import static dev.taipan.runtime.ListMethodsTest.i;
import static dev.taipan.runtime.ListMethodsTest.list;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** enumerate, zip, map, filter and reversed, compared with what CPython 3.13 prints. */
class ListIteratorsTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.installTypes();
    }

    static String all(PyObject iterator) {
        return PyList.TYPE.call(iterator).repr();
    }

    static PyObject kw(PyType t, PyObject[] args, String... names) {
        return t.call(args, names);
    }

    static final PyObject ABS = fn("abs", o -> ((PyInt) o).signum() < 0 ? PyInt.of(-((PyInt) o).value) : o);

    @Test
    void enumerate() {
        assertEquals("[(0, 'a'), (1, 'b'), (2, 'c')] [(10, 5), (11, 6)] [(-2, 5)]", all(Iterators.ENUMERATE.call(PyStr.of("abc"))) + " "
                + all(Iterators.ENUMERATE.call(list(5, 6), i(10))) + " " + all(kw(Iterators.ENUMERATE, new PyObject[] {list(5), i(-2)}, "start")));
        assertEquals("TypeError: enumerate() missing required argument 'iterable'", err(() -> Iterators.ENUMERATE.call()));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer", err(() -> Iterators.ENUMERATE.call(list(), PyStr.of("a"))));
        assertEquals("TypeError: 'x' is an invalid keyword argument for enumerate()",
                err(() -> kw(Iterators.ENUMERATE, new PyObject[] {list(), i(1)}, "x")));
        assertEquals("TypeError: enumerate() takes at most 2 arguments (3 given)", err(() -> Iterators.ENUMERATE.call(i(1), i(2), i(3))));
        assertEquals("[(9223372036854775806, 1), (9223372036854775807, 2), (9223372036854775808, 3)]",
                all(Iterators.ENUMERATE.call(list(1, 2, 3), i(Long.MAX_VALUE - 1))));
        assertEquals("enumerate", Iterators.ENUMERATE.call(list()).type().name);
    }

    @Test
    void zip() {
        assertEquals("[(1, 'a'), (2, 'b')] [] [(1, 2, 3)]", all(Iterators.ZIP.call(list(1, 2, 3), PyStr.of("ab"))) + " "
                + all(Iterators.ZIP.call()) + " " + all(Iterators.ZIP.call(list(1), list(2), list(3))));
        PyObject t = PyBool.TRUE;
        assertEquals("ValueError: zip() argument 2 is shorter than argument 1",
                err(() -> all(kw(Iterators.ZIP, new PyObject[] {list(1, 2), list(1), t}, "strict"))));
        assertEquals("ValueError: zip() argument 2 is longer than argument 1",
                err(() -> all(kw(Iterators.ZIP, new PyObject[] {list(1), list(1, 2), t}, "strict"))));
        assertEquals("ValueError: zip() argument 3 is shorter than arguments 1-2",
                err(() -> all(kw(Iterators.ZIP, new PyObject[] {list(1), list(1), list(), t}, "strict"))));
        assertEquals("ValueError: zip() argument 3 is longer than arguments 1-2",
                err(() -> all(kw(Iterators.ZIP, new PyObject[] {list(1), list(1), list(1, 2), t}, "strict"))));
        assertEquals("TypeError: zip() got an unexpected keyword argument 'x'", err(() -> kw(Iterators.ZIP, new PyObject[] {list(), t}, "x")));
        assertEquals("TypeError: 'int' object is not iterable", err(() -> Iterators.ZIP.call(i(1))));
    }

    @Test
    void mapAndFilter() {
        PyObject pow = new PyBuiltin.Function("pow", null, (a, k) -> PyInt.of((long) Math.pow(((PyInt) a[0]).value, ((PyInt) a[1]).value)));
        assertEquals("[1, 2, 3] [8, 9] [1, 2] [-1, 3]", all(Iterators.MAP.call(ABS, list(-1, 2, -3))) + " "
                + all(Iterators.MAP.call(pow, list(2, 3), list(3, 2, 9))) + " "
                + all(Iterators.FILTER.call(PyNone.NONE, PyList.of(i(0), i(1), PyStr.of(""), i(2), PyNone.NONE))) + " "
                + all(Iterators.FILTER.call(ABS, list(0, -1, 0, 3))));
        assertEquals("TypeError: map() must have at least two arguments.", err(() -> Iterators.MAP.call(ABS)));
        assertEquals("TypeError: filter expected 2 arguments, got 1", err(() -> Iterators.FILTER.call(ABS)));
        assertEquals("TypeError: map() takes no keyword arguments", err(() -> kw(Iterators.MAP, new PyObject[] {ABS, list(), i(1)}, "x")));
        assertEquals("TypeError: 'int' object is not iterable", err(() -> Iterators.FILTER.call(ABS, i(1))));
    }

    @Test
    void reversed() {
        assertEquals("TypeError: 'int' object is not reversible", err(() -> Iterators.REVERSED.call(i(1))));
        assertEquals("TypeError: 'set' object is not reversible", err(() -> Iterators.REVERSED.call(PySet.newSet())));
        assertEquals("TypeError: reversed expected 1 argument, got 0", err(() -> Iterators.REVERSED.call()));
        assertEquals("['c', 'b', 'a'] reversed", all(Iterators.REVERSED.call(PyStr.of("abc"))) + " "
                + Iterators.REVERSED.call(PyTuple.of(i(1))).type().name);
        PyList l = list(1, 2, 3);
        PyObject it = Iterators.REVERSED.call(l);
        PyObject first = it.next();
        l.removeAt(0);
        l.removeAt(0);
        assertEquals("3 None", first.repr() + " " + (it.next() == null ? "None" : "more"));
        PyObject next = PyList.ListIterator.TYPE.lookup("__next__");
        PyObject li = l.iter();
        assertEquals("3 StopIteration: ", Call.callMethod(next, li).repr() + " " + err(() -> Call.callMethod(next, li)));
    }
}
