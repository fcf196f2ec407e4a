package dev.taipan.runtime;

import static dev.taipan.runtime.ListMethodsTest.call;
import static dev.taipan.runtime.ListMethodsTest.err;
import static dev.taipan.runtime.ListMethodsTest.i;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.ast.Operator;
import java.math.BigInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** tuple's and range's methods, compared with what CPython 3.13 prints. */
class TupleAndRangeTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.installTypes();
    }

    static PyTuple tuple(long... vs) {
        PyObject[] a = new PyObject[vs.length];
        for (int k = 0; k < vs.length; k++) a[k] = PyInt.of(vs[k]);
        return PyTuple.wrap(a);
    }

    static PySlice slice(PyObject a, PyObject b, PyObject c) {
        return new PySlice(a, b, c);
    }

    static String show(PyObject... os) {
        StringBuilder sb = new StringBuilder();
        for (PyObject o : os) sb.append(sb.isEmpty() ? "" : " ").append(o.repr());
        return sb.toString();
    }

    @Test
    void tupleMethods() {
        PyTuple t = tuple(1, 2, 3, 2);
        PyObject none = PyNone.NONE;
        assertEquals("2 1 3 (1, 2, 3, 2, 4) (1, 2, 3, 2, 1, 2, 3, 2) (1, 1) () (2, 3) (2, 3, 2, 1) 2",
                show(call(t, "count", i(2)), call(t, "index", i(2)), call(t, "index", i(2), i(2)), Ops.binary(t, Operator.ADD, tuple(4)),
                        Ops.binary(t, Operator.MUL, i(2)), Ops.binary(i(2), Operator.MUL, tuple(1)), Ops.binary(tuple(1), Operator.MUL, i(0)),
                        t.getItem(slice(i(1), i(3), none)), t.getItem(slice(none, none, i(-1))), t.getItem(i(-1))));
        assertEquals("ValueError: tuple.index(x): x not in tuple", err(() -> call(t, "index", i(5))));
        assertEquals("TypeError: can only concatenate tuple (not \"list\") to tuple", err(() -> Ops.binary(tuple(1), Operator.ADD, ListMethodsTest.list(2))));
        assertEquals("IndexError: tuple index out of range", err(() -> call(tuple(1), "__getitem__", i(5))));
        assertEquals("TypeError: tuple expected at most 1 argument, got 2", err(() -> PyTuple.TYPE.call(i(1), i(2))));
        assertEquals("(1, 2) (0, 1, 2) () True True", show(PyTuple.TYPE.call(ListMethodsTest.list(1, 2)), PyTuple.TYPE.call(PyRange.of(0, 3, 1)),
                PyTuple.TYPE.call(), Ops.compare(tuple(1, 2), tuple(1, 3), CompareOp.LT), Ops.compare(tuple(1), tuple(1), CompareOp.EQ)));
        assertEquals("-3550055125485641917 5740354900026072187 7267574591690527098 2575514064802888272",
                show(call(tuple(1, 2), "__hash__"), call(PyTuple.EMPTY, "__hash__"), call(PyTuple.of(i(1), tuple(2, 3)), "__hash__"),
                        call(tuple(-1, 0), "__hash__")));
        assertEquals("(1,) ((),)", show(call(tuple(1), "__repr__"), call(PyTuple.of(PyTuple.EMPTY), "__repr__")).replace("'", ""));
    }

    @Test
    void tupleSubclass() {
        PyType point = PyType.create("Point", "Point", new PyType[] {PyTuple.TYPE}, new PyDict());
        PyObject p = PyTuple.TYPE.lookup("__new__").call(point, tuple(3, 4));
        assertEquals("Point (3, 4) 2 4", p.type().name + " " + p.repr() + " " + p.len() + " " + call(p, "__getitem__", i(1)).repr());
        assertEquals("Point", point.call(tuple(1)).type().name);
    }

    @Test
    void rangeBasics() {
        PyRange r = PyRange.of(2, 20, 3);
        PyObject none = PyNone.NONE;
        assertEquals("range(2, 20, 3) range(0, 5) range(0, 10, 2) range(5, 0, -1) 6 8 17 range(5, 14, 3) range(17, -1, -3) range(2, 20, 6)",
                show(r, PyRange.TYPE.call(i(5)), PyRange.TYPE.call(i(0), i(10), i(2)), PyRange.TYPE.call(i(5), i(0), i(-1)), call(r, "__len__"),
                        r.getItem(i(2)), r.getItem(i(-1)), r.getItem(slice(i(1), i(4), none)), r.getItem(slice(none, none, i(-1))),
                        r.getItem(slice(none, none, i(2)))));
        assertEquals("true false true 3 1 [2, 5, 8, 11, 14, 17]", r.contains(i(8)) + " " + r.contains(i(9)) + " " + r.contains(PyFloat.of(8.0))
                + " " + show(call(r, "index", i(11)), call(r, "count", i(5)), PyList.TYPE.call(r)));
        assertEquals("ValueError: 3 is not in range", err(() -> call(r, "index", i(3))));
        assertEquals("IndexError: range object index out of range", err(() -> r.getItem(i(10))));
        assertEquals("ValueError: range() arg 3 must not be zero", err(() -> PyRange.TYPE.call(i(1), i(2), i(0))));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer", err(() -> PyRange.TYPE.call(PyFloat.of(1.5))));
        assertEquals("TypeError: range expected at least 1 argument, got 0", err(() -> PyRange.TYPE.call()));
        assertEquals("TypeError: range expected at most 3 arguments, got 4", err(() -> PyRange.TYPE.call(i(1), i(2), i(3), i(4))));
        assertEquals("2 20 3 0 [-5, -1, 3] [10, 3, -4] False", show(r.getAttr("start"), r.getAttr("stop"), r.getAttr("step"),
                call(PyRange.of(0, -5, 1), "__len__"), PyList.TYPE.call(PyRange.of(-5, 5, 4)), PyList.TYPE.call(PyRange.of(10, -10, -7)),
                PyBool.of(PyRange.of(0, 0, 1).isTrue())));
        assertEquals("[5, 3, 1, -1, -3] [] 1", show(PyList.TYPE.call(PyRange.of(-3, 7, 2).reversed()), PyList.TYPE.call(PyRange.of(0, 0, 1).reversed()),
                PyRange.of(0, 3, 1).getItem(PyBool.TRUE)));
    }

    @Test
    void rangeEqualityAndHash() {
        assertEquals("True True True", show(Ops.compare(PyRange.of(0, 0, 1), PyRange.of(5, 5, 1), CompareOp.EQ),
                Ops.compare(PyRange.of(1, 2, 1), PyRange.of(1, 5, 10), CompareOp.EQ), Ops.compare(PyRange.of(0, 10, 2), PyRange.of(0, 9, 2), CompareOp.EQ)));
        assertEquals("-8338477496398685190 2676694398852732306 -7048428680432378585 -6143170332311272345", PyRange.of(0, 3, 1).hash() + " "
                + PyRange.of(0, 0, 1).hash() + " " + PyRange.of(5, 6, 1).hash() + " " + PyRange.of(0, 9, 2).hash());
    }

    @Test
    void bigRanges() {
        PyInt e20 = PyInt.of(BigInteger.TEN.pow(20));
        PyObject r = PyRange.TYPE.call(e20);
        assertEquals("5 True 1000000000000000000", show(r.getItem(i(5)), PyBool.of(r.contains(PyInt.of(BigInteger.TEN.pow(19)))),
                call(PyRange.TYPE.call(PyInt.of(BigInteger.TEN.pow(18))), "__len__")));
        PyObject big = PyRange.TYPE.call(e20, PyInt.of(BigInteger.TEN.pow(20).add(BigInteger.TEN)), i(3));
        assertEquals("range(100000000000000000000, 100000000000000000010, 3) [100000000000000000000, 100000000000000000003, "
                + "100000000000000000006, 100000000000000000009] [100000000000000000009, 100000000000000000006, 100000000000000000003, "
                + "100000000000000000000] 100000000000000000003 100000000000000000009",
                show(big, PyList.TYPE.call(big), PyList.TYPE.call(((PyRange) big).reversed()), big.getItem(i(1)), big.getItem(i(-1))));
        assertEquals("OverflowError: Python int too large to convert to C ssize_t", err(() -> call(r, "__len__")));
        PyObject edge = PyRange.TYPE.call(i(Long.MAX_VALUE - 2), i(Long.MAX_VALUE));
        assertEquals("[9223372036854775805, 9223372036854775806]", PyList.TYPE.call(edge).repr());
    }
}
