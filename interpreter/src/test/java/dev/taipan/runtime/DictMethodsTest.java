package dev.taipan.runtime;

import static dev.taipan.runtime.ListMethodsTest.call;
import static dev.taipan.runtime.ListMethodsTest.err;
import static dev.taipan.runtime.ListMethodsTest.i;
import static dev.taipan.runtime.TupleAndRangeTest.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.ast.Operator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** dict's methods, operators and views, compared with what CPython 3.13 prints. */
class DictMethodsTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.installTypes();
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    /** A dict from alternating keys and values. */
    static PyDict dict(PyObject... kv) {
        PyDict d = new PyDict();
        for (int k = 0; k < kv.length; k += 2) d.put(kv[k], kv[k + 1]);
        return d;
    }

    static PyObject pairs(PyObject... kv) {
        PyList l = new PyList();
        for (int k = 0; k < kv.length; k += 2) l.append(PyTuple.of(kv[k], kv[k + 1]));
        return l;
    }

    @Test
    void methods() {
        PyDict d = dict(s("a"), i(1), s("b"), i(2));
        assertEquals("1 None 0 3 1 {'a': 1, 'b': 2, 'c': 3} 2 None {'a': 1, 'c': 3}",
                show(call(d, "get", s("a")), call(d, "get", s("z")), call(d, "get", s("z"), i(0)), call(d, "setdefault", s("c"), i(3)),
                        call(d, "setdefault", s("a"), i(9)), d.copy()) + " "
                        + show(call(d, "pop", s("b")), call(d, "pop", s("z"), PyNone.NONE), d));
        d.setItem(s("d"), i(4));
        assertEquals("('d', 4) {'a': 1, 'c': 3} {'a': 1, 'c': 3} ['a', 'c'] ['c', 'a'] 2", show(call(d, "popitem"), d, call(d, "copy"),
                PyList.TYPE.call(d), PyList.TYPE.call(Iterators.REVERSED.call(d)), call(d, "__len__")));
        call(d, "clear");
        assertEquals("{}", d.repr());
    }

    @Test
    void errors() {
        assertEquals("KeyError: 'popitem(): dictionary is empty'", err(() -> call(new PyDict(), "popitem")));
        assertEquals("KeyError: 1", err(() -> call(new PyDict(), "pop", i(1))));
        assertEquals("TypeError: get expected at least 1 argument, got 0", err(() -> call(new PyDict(), "get")));
        assertEquals("TypeError: dict expected at most 1 argument, got 2", err(() -> PyDict.TYPE.call(i(1), i(2))));
        assertEquals("TypeError: cannot convert dictionary update sequence element #0 to a sequence", err(() -> PyDict.TYPE.call(ListMethodsTest.list(1))));
        assertEquals("ValueError: dictionary update sequence element #0 has length 1; 2 is required",
                err(() -> PyDict.TYPE.call(PyList.of(ListMethodsTest.list(1)))));
        assertEquals("ValueError: dictionary update sequence element #0 has length 3; 2 is required",
                err(() -> PyDict.TYPE.call(PyList.of(TupleAndRangeTest.tuple(1, 2, 3)))));
        assertEquals("TypeError: 'int' object is not iterable", err(() -> PyDict.TYPE.call(i(1))));
        assertEquals("TypeError: unsupported operand type(s) for |: 'dict' and 'int'", err(() -> Ops.binary(new PyDict(), Operator.BITOR, i(1))));
        PyDict g = dict(i(1), i(2));
        assertEquals("RuntimeError: dictionary changed size during iteration", err(() -> {
            PyObject it = g.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) g.setItem(Ops.binary(x, Operator.ADD, i(1)), i(0));
        }));
    }

    @Test
    void construction() {
        assertEquals("{1: 2, 3: 4} {'a': 1} {1: 2, 'b': 3} {'a': 'b', 'c': 'd'} {1: None, 2: None} {'a': 0, 'b': 0}",
                show(PyDict.TYPE.call(PyList.of(PyTuple.of(i(1), i(2)), ListMethodsTest.list(3, 4))),
                        PyDict.TYPE.call(new PyObject[] {i(1)}, new String[] {"a"}),
                        PyDict.TYPE.call(new PyObject[] {dict(i(1), i(2)), i(3)}, new String[] {"b"}),
                        PyDict.TYPE.call(ListMethodsTest.strs("ab", "cd")),
                        PyDict.TYPE.getAttr("fromkeys").call(ListMethodsTest.list(1, 2)),
                        PyDict.TYPE.getAttr("fromkeys").call(s("ab"), i(0))));
        PyDict e = dict(i(1), s("x"));
        e.getAttr("update").call(new PyObject[] {dict(i(2), s("y")), i(3)}, new String[] {"z"});
        call(e, "update", pairs(i(4), s("w")));
        assertEquals("{1: 'x', 2: 'y', 'z': 3, 4: 'w'}", e.repr());
    }

    @Test
    void subclass() {
        PyType counter = PyType.create("Counter", "Counter", new PyType[] {PyDict.TYPE}, new PyDict());
        PyObject c = counter.call(pairs(i(1), i(2)));
        assertEquals("{1: 2} Counter 1 2", show(c) + " " + c.type().name + " " + c.len() + " " + call(c, "__getitem__", i(1)).repr());
        assertEquals("{1: 2} dict", show(call(c, "copy")) + " " + call(c, "copy").type().name);
    }

    @Test
    void operators() {
        assertEquals("{1: 2, 3: 4} {1: 5} True False False False", show(Ops.binary(dict(i(1), i(2)), Operator.BITOR, dict(i(3), i(4))),
                Ops.binary(dict(i(1), i(2)), Operator.BITOR, dict(i(1), i(5))), Ops.compare(dict(i(1), i(2)), dict(i(1), i(2)), CompareOp.EQ),
                Ops.compare(dict(i(1), i(2)), dict(i(1), i(3)), CompareOp.EQ), Ops.compare(dict(i(1), i(2)), dict(i(1), i(2)), CompareOp.NE),
                Ops.compare(new PyDict(), new PyList(), CompareOp.EQ)));
        PyDict f = dict(i(1), i(2));
        Ops.inplace(f, Operator.BITOR, pairs(i(3), i(4)));
        Ops.inplace(f, Operator.BITOR, dict(i(5), i(6)));
        assertEquals("{1: 2, 3: 4, 5: 6}", f.repr());
        PyDict h = new PyDict();
        h.setItem(s("x"), h);
        assertEquals("{'x': {...}}", h.repr());
    }

    @Test
    void views() {
        PyDict k = dict(i(1), s("a"), i(2), s("b"), i(3), s("c"));
        PyObject keys = call(k, "keys"), items = call(k, "items"), values = call(k, "values");
        assertEquals("dict_keys([1, 2, 3]) dict_values(['a', 'b', 'c']) dict_items([(1, 'a'), (2, 'b'), (3, 'c')]) true true false true 3",
                show(keys, values, items) + " " + keys.contains(i(2)) + " " + items.contains(PyTuple.of(i(2), s("b"))) + " "
                        + items.contains(PyTuple.of(i(2), s("c"))) + " " + values.contains(s("c")) + " " + items.len());
        PySet s239 = SetMethodsTest.set(2, 3, 9);
        assertEquals("{2, 3} {1, 2, 3, 7} {2, 3} {2, 3, 5} {7} {1, 3}", show(Ops.binary(keys, Operator.BITAND, s239),
                Ops.binary(keys, Operator.BITOR, ListMethodsTest.list(7)), Ops.binary(keys, Operator.SUB, SetMethodsTest.set(1)),
                Ops.binary(keys, Operator.BITXOR, SetMethodsTest.set(1, 5)), Ops.binary(SetMethodsTest.set(1, 7), Operator.SUB, keys),
                Ops.binary(ListMethodsTest.list(3, 1), Operator.BITAND, keys)));
        assertEquals("True True False", show(Ops.compare(keys, SetMethodsTest.set(1, 2, 3), CompareOp.EQ),
                Ops.compare(keys, SetMethodsTest.set(1, 2, 3, 4), CompareOp.LT), Ops.compare(keys, ListMethodsTest.list(1, 2, 3), CompareOp.EQ)));
        assertEquals("True False [(3, 'c'), (2, 'b'), (1, 'a')] ['c', 'b', 'a']", show(call(keys, "isdisjoint", ListMethodsTest.list(7, 8)),
                call(keys, "isdisjoint", SetMethodsTest.set(3)), PyList.TYPE.call(Iterators.REVERSED.call(items)),
                PyList.TYPE.call(Iterators.REVERSED.call(values))));
        assertEquals("TypeError: unhashable type: 'dict_keys'", err(() -> keys.hash()));
        assertEquals("TypeError: unsupported operand type(s) for |: 'dict_values' and 'set'", err(() -> Ops.binary(values, Operator.BITOR, PySet.newSet())));
    }

    @Test
    void itemViewsSetOrder() {
        PyDict k = dict(i(1), i(10), i(2), i(20), i(3), i(30));
        PyObject items = call(k, "items");
        PySet s = PySet.newSet();
        s.add(TupleAndRangeTest.tuple(2, 20));
        s.add(TupleAndRangeTest.tuple(9, 9));
        assertEquals("{(2, 20), (3, 30), (4, 40)} {(3, 30), (1, 10), (9, 9)} {(2, 20), (3, 30), (5, 5), (1, 10)} {(2, 20), (3, 30)} {(3, 30)}",
                show(Ops.binary(items, Operator.BITXOR, call(dict(i(1), i(10), i(4), i(40)), "items")), Ops.binary(items, Operator.BITXOR, s),
                        Ops.binary(items, Operator.BITOR, SetMethodsTest.setOf(TupleAndRangeTest.tuple(5, 5))),
                        Ops.binary(items, Operator.SUB, SetMethodsTest.setOf(TupleAndRangeTest.tuple(1, 10))),
                        Ops.binary(items, Operator.BITAND, PyList.of(TupleAndRangeTest.tuple(3, 30), TupleAndRangeTest.tuple(3, 31)))));
        PyDict m = dict(i(100), i(1), i(1), i(2), i(36), i(3), i(4), i(4), i(2), i(5), i(68), i(0));
        assertEquals("{1, 2, 100, 36, 4, 68} {1, 2, 100, 4, 36, 68} {1, 2, 100, 36, 4, 68}", show(PySet.SET_TYPE.call(m),
                PySet.SET_TYPE.call(call(m, "keys")), Ops.binary(call(m, "keys"), Operator.BITOR, PySet.newSet())));
    }
}
