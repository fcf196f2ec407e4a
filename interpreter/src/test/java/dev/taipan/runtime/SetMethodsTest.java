package dev.taipan.runtime;

import static dev.taipan.runtime.ListMethodsTest.call;
import static dev.taipan.runtime.ListMethodsTest.err;
import static dev.taipan.runtime.ListMethodsTest.i;
import static dev.taipan.runtime.ListMethodsTest.list;
import static dev.taipan.runtime.TupleAndRangeTest.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.ast.Operator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** set and frozenset: CPython 3.13's iteration order, hashes, methods and error messages. */
class SetMethodsTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.installTypes();
    }

    /** set([...]) of ints, added in order. */
    static PySet set(long... vs) {
        PySet s = PySet.newSet();
        s.updateInternal(list(vs));
        return s;
    }

    static PySet setOf(PyObject... vs) {
        PySet s = PySet.newSet();
        for (PyObject v : vs) s.add(v);
        return s;
    }

    static PyObject[] ints(long... vs) {
        return list(vs).toArray();
    }

    static PySet frozen(long... vs) {
        PySet s = PySet.newFrozen();
        s.updateInternal(list(vs));
        return s;
    }

    @Test
    void displaysAndOrder() {
        assertEquals("{1, 17, 100, 8, 9, 10}", PySet.displayOfConstants(ints(10, 1, 100, 8, 9, 17)).repr());
        assertEquals("{1, 100, 8, 9, 10, 17}", set(10, 1, 100, 8, 9, 17).repr());
        assertEquals("{5, -1, -2}", PySet.displayOfConstants(ints(-1, -2, 5)).repr());
        assertEquals("{1, 10}", PySet.display(ints(10, 1)).repr());
        PySet r20 = (PySet) PySet.SET_TYPE.call(PyRange.of(0, 20, 1));
        assertEquals("{0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}", Ops.binary(r20, Operator.SUB, setOf(i(3))).repr());
        PySet s = PySet.newSet();
        for (int k = 0; k < 30; k++) call(s, "add", i(k * 7L));
        assertEquals("{0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 203, 77, 84, 91, "
                + "98, 105, 112, 119, 126}", s.repr());
        assertEquals("{1, 2, 3, 100, 4}", Ops.binary(PySet.displayOfConstants(ints(1, 2, 3)), Operator.BITOR, PySet.display(ints(100, 4))).repr());
        assertEquals("frozenset({1, 2, 3}) set() frozenset() {1}", show(PySet.FROZENSET_TYPE.call(list(3, 1, 2)), PySet.newSet(),
                PySet.newFrozen(), set(1)));
    }

    @Test
    void frozensetHash() {
        assertEquals("-1826646154956904602 133146708735736 4163603532552755580 4411996150312757951",
                frozen(1, 2).hash() + " " + frozen().hash() + " " + setOfFrozen(TupleAndRangeTest.tuple(1, 2), i(3)).hash() + " "
                        + ((PySet) PySet.FROZENSET_TYPE.call(PyRange.of(0, 100, 1))).hash());
        assertEquals("TypeError: unhashable type: 'set'", err(() -> set(1).hash()));
    }

    static PySet setOfFrozen(PyObject... vs) {
        PySet s = PySet.newFrozen();
        for (PyObject v : vs) s.add(v);
        return s;
    }

    @Test
    void methods() {
        PySet a = set(1, 2, 3, 4), b = set(3, 4, 5);
        assertEquals("{1, 2, 3, 4, 9, 10} {3} {3, 4} {1, 2, 3, 5} True True True", show(call(a, "union", list(9), TupleAndRangeTest.tuple(10)),
                call(a, "intersection", list(2, 3, 7), set(3)), call(a, "difference", list(1), set(2)), call(a, "symmetric_difference", list(4, 5)),
                call(a, "issubset", PyRange.of(0, 10, 1)), call(a, "issuperset", list(1, 2)), call(a, "isdisjoint", list(7))));
        assertEquals("False True True False True True True frozenset({1, 2}) {1, 2} frozenset({2})", show(Ops.compare(a, b, CompareOp.LT),
                Ops.compare(a, a, CompareOp.LE), Ops.compare(a, set(1), CompareOp.GT), Ops.compare(a, b, CompareOp.GE),
                Ops.compare(a, set(4, 3, 2, 1), CompareOp.EQ), Ops.compare(a, b, CompareOp.NE), Ops.compare(a, frozen(1, 2, 3, 4), CompareOp.EQ),
                Ops.binary(frozen(1), Operator.BITOR, set(2)), Ops.binary(set(2), Operator.BITOR, frozen(1)),
                Ops.binary(frozen(1, 2), Operator.BITAND, set(2))));
        PySet c = (PySet) PySet.SET_TYPE.call(a);
        call(c, "update", list(7, 8), set(9));
        call(c, "difference_update", list(1, 2));
        call(c, "intersection_update", PyRange.of(0, 8, 1));
        call(c, "symmetric_difference_update", list(3, 6));
        assertEquals("{4, 6, 7}", c.repr());
        call(c, "discard", i(100));
        call(c, "discard", i(4));
        call(c, "remove", i(7));
        assertEquals("{6} KeyError: 100", c.repr() + " " + err(() -> call(c, "remove", i(100))));
        PySet p = set(5, 6, 7);
        assertEquals("5 6 {7} {7} True", show(call(p, "pop"), call(p, "pop"), p, call(p, "copy"),
                Ops.compare(Ops.binary(set(1, 2), Operator.SUB, set(2)), set(1), CompareOp.EQ)));
        PySet x = set(1, 2, 3);
        PyObject y = Ops.inplace(x, Operator.SUB, set(1));
        y = Ops.inplace(y, Operator.BITOR, set(8));
        y = Ops.inplace(y, Operator.BITAND, set(2, 3, 8, 9));
        y = Ops.inplace(y, Operator.BITXOR, set(3, 50));
        assertEquals("{8, 2, 50} true", x.repr() + " " + (x == y));
        assertEquals("NotImplemented {3}", show(call(set(1), "__ior__", list(1)), call(set(1, 2), "__rsub__", set(2, 3))));
    }

    @Test
    void membershipAndErrors() {
        assertEquals("KeyError: 'pop from an empty set'", err(() -> call(PySet.newSet(), "pop")));
        assertEquals("TypeError: unhashable type: 'list'", err(() -> call(PySet.newSet(), "add", list())));
        assertEquals("TypeError: unsupported operand type(s) for |: 'set' and 'list'", err(() -> Ops.binary(set(1), Operator.BITOR, list(1))));
        assertEquals("TypeError: '<' not supported between instances of 'set' and 'list'", err(() -> Ops.compare(set(1), list(1), CompareOp.LT)));
        assertEquals("False", Ops.compare(PySet.newSet(), i(3), CompareOp.EQ).repr());
        PyDict d = new PyDict();
        d.put(frozen(1), i(0));
        assertEquals("true true true", d.containsKey(frozen(1)) + " " + setOf(frozen(1, 2)).contains(set(1, 2)) + " "
                + setOf(PySet.newFrozen()).contains(PySet.newSet()));
        PySet q = set(1, 2);
        assertEquals("RuntimeError: Set changed size during iteration", err(() -> {
            PyObject it = q.iter();
            for (PyObject v = it.next(); v != null; v = it.next()) q.add(Ops.binary(v, Operator.ADD, i(10)));
        }));
        assertEquals("TypeError: set expected at most 1 argument, got 2", err(() -> PySet.SET_TYPE.call(i(1), i(2))));
        assertEquals("TypeError: 'int' object is not iterable", err(() -> PySet.SET_TYPE.call(i(1))));
        assertEquals("TypeError: frozenset() takes no keyword arguments", err(() -> PySet.FROZENSET_TYPE.call(new PyObject[] {i(1)}, new String[] {"x"})));
        assertEquals("TypeError: set.add() takes exactly one argument (0 given)", err(() -> call(PySet.newSet(), "add")));
        assertEquals("{True} {0} 1", show(setOf(PyBool.TRUE, i(1)), setOf(i(0), PyBool.FALSE), PyInt.of(setOf(PyTuple.EMPTY, PyTuple.EMPTY).len())));
    }

    @Test
    void subclass() {
        PyType mySet = PyType.create("MySet", "MySet", new PyType[] {PySet.SET_TYPE}, new PyDict());
        PyObject m = mySet.call(list(3, 1));
        assertEquals("MySet({1, 3}) 2 {1, 3, 5} set", show(m, PyInt.of(m.len()), call(m, "union", list(5))) + " " + call(m, "copy").type().name);
        PyType myFrozen = PyType.create("MyFrozen", "MyFrozen", new PyType[] {PySet.FROZENSET_TYPE}, new PyDict());
        PyObject f = myFrozen.call(list(2));
        assertEquals("MyFrozen({2}) MyFrozen() " + frozen(2).hash(), show(f, myFrozen.call()) + " " + f.hash());
    }
}
