package dev.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.ast.Operator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** list's methods and operators, compared with what CPython 3.13 prints for the same operations. */
class ListMethodsTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.installTypes();
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyList list(long... vs) {
        PyList l = new PyList();
        for (long v : vs) l.append(PyInt.of(v));
        return l;
    }

    static PyList strs(String... vs) {
        PyList l = new PyList();
        for (String v : vs) l.append(PyStr.of(v));
        return l;
    }

    static PyObject call(PyObject o, String name, PyObject... args) {
        return Call.invoke(o, name, args);
    }

    static PyObject callKw(PyObject o, String name, PyObject[] args, String... kw) {
        return o.getAttr(name).call(args, kw);
    }

    static String err(Runnable r) {
        try {
            r.run();
            return "no error";
        } catch (PyException e) {
            return e.getMessage();
        }
    }

    static PyObject fn(String name, java.util.function.Function<PyObject, PyObject> f) {
        return new PyBuiltin.Function(name, null, (a, kw) -> f.apply(a[0]));
    }

    static final PyObject LEN = fn("len", o -> PyInt.of(o.len()));

    @Test
    void mutators() {
        PyList l = list(3, 1, 2);
        call(l, "append", i(5));
        call(l, "extend", PyTuple.of(i(7), i(8)));
        call(l, "insert", i(0), i(9));
        call(l, "insert", i(-1), i(4));
        call(l, "insert", i(100), i(6));
        assertEquals("6 9 4 [3, 1, 2, 5, 7, 8]",
                call(l, "pop").repr() + " " + call(l, "pop", i(0)).repr() + " " + call(l, "pop", i(-2)).repr() + " " + l.repr());
        call(l, "remove", i(1));
        assertEquals("[3, 2, 5, 7, 8] 1 3 1", l.repr() + " " + call(l, "index", i(2)).repr() + " "
                + call(l, "index", i(7), i(1), i(4)).repr() + " " + call(l, "count", i(2)).repr());
        call(l, "reverse");
        assertEquals("[8, 7, 5, 2, 3] [8, 7, 5, 2, 3] [7, 5] [3, 2, 5, 7, 8] 3", l.repr() + " " + call(l, "copy").repr() + " "
                + l.getItem(new PySlice(i(1), i(3), PyNone.NONE)).repr() + " "
                + l.getItem(new PySlice(PyNone.NONE, PyNone.NONE, i(-1))).repr() + " " + l.getItem(i(-1)).repr());
        call(l, "clear");
        assertEquals("[]", l.repr());
    }

    @Test
    void errors() {
        assertEquals("IndexError: pop from empty list", err(() -> call(new PyList(), "pop")));
        assertEquals("IndexError: pop index out of range", err(() -> call(list(1), "pop", i(5))));
        assertEquals("ValueError: 5 is not in list", err(() -> call(list(1), "index", i(5))));
        assertEquals("ValueError: list.remove(x): x not in list", err(() -> call(list(1), "remove", i(5))));
        assertEquals("TypeError: list.append() takes exactly one argument (0 given)", err(() -> call(list(), "append")));
        assertEquals("TypeError: insert expected 2 arguments, got 1", err(() -> call(list(), "insert", i(1))));
        assertEquals("TypeError: index expected at least 1 argument, got 0", err(() -> call(list(), "index")));
        assertEquals("TypeError: sort() takes no positional arguments", err(() -> call(list(), "sort", i(1))));
        assertEquals("TypeError: sort() got an unexpected keyword argument 'foo'",
                err(() -> callKw(list(), "sort", new PyObject[] {i(1)}, "foo")));
        assertEquals("IndexError: list index out of range", err(() -> call(list(1), "__getitem__", i(1))));
        assertEquals("TypeError: list indices must be integers or slices, not str", err(() -> list(1).getItem(PyStr.of("a"))));
        assertEquals("TypeError: 'int' object is not iterable", err(() -> PyList.TYPE.call(i(1))));
        assertEquals("TypeError: list expected at most 1 argument, got 2", err(() -> PyList.TYPE.call(i(1), i(2))));
        assertEquals("TypeError: list() takes no keyword arguments", err(() -> PyList.TYPE.call(new PyObject[] {i(1)}, new String[] {"x"})));
    }

    @Test
    void sort() {
        PyList a = list(5, 3, 8, 1, 9, 2, 7, 3, 5, 0, -4, 11);
        call(a, "sort");
        assertEquals("[-4, 0, 1, 2, 3, 3, 5, 5, 7, 8, 9, 11]", a.repr());
        callKw(a, "sort", new PyObject[] {PyBool.TRUE}, "reverse");
        assertEquals("[11, 9, 8, 7, 5, 5, 3, 3, 2, 1, 0, -4]", a.repr());
        PyList w = strs("pear", "fig", "apple", "kiwi", "banana", "date");
        callKw(w, "sort", new PyObject[] {LEN}, "key");
        assertEquals("['fig', 'pear', 'kiwi', 'date', 'apple', 'banana']", w.repr());
        callKw(w, "sort", new PyObject[] {LEN, PyBool.TRUE}, "key", "reverse");
        assertEquals("['banana', 'apple', 'pear', 'kiwi', 'date', 'fig']", w.repr());
        PyList t = PyList.of(PyTuple.of(i(1), PyStr.of("b")), PyTuple.of(i(0), PyStr.of("z")), PyTuple.of(i(1), PyStr.of("a")),
                PyTuple.of(i(0), PyStr.of("a")));
        call(t, "sort");
        assertEquals("[(0, 'a'), (0, 'z'), (1, 'a'), (1, 'b')]", t.repr());
        PyList big = new PyList();
        for (int k = 0; k < 300; k++) big.append(i((k * 7919L) % 1009));
        call(big, "sort");
        assertEquals("[0, 1, 5, 9, 13, 17, 21, 25, 26, 29]", big.getItem(new PySlice(PyNone.NONE, i(10), PyNone.NONE)).repr());
        for (int k = 1; k < big.size; k++) assertEquals(true, !Ops.lessThan(big.items[k], big.items[k - 1]));
    }

    @Test
    void sortErrors() {
        PyObject[] mixed = {PyList.of(i(3), i(1), PyStr.of("a")), PyList.of(i(1), PyStr.of("a")), PyList.of(PyStr.of("a"), i(1))};
        assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'", err(() -> call(mixed[0], "sort")));
        assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'", err(() -> call(mixed[1], "sort")));
        assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'", err(() -> call(mixed[2], "sort")));
        PyList s = list(3, 1, 2);
        PyObject key = fn("k", x -> {
            s.append(x);
            return x;
        });
        assertEquals("ValueError: list modified during sort", err(() -> callKw(s, "sort", new PyObject[] {key}, "key")));
        assertEquals("[1, 2, 3]", s.repr());
    }

    @Test
    void operators() {
        assertEquals("[1, 2, 3]", Ops.binary(list(1, 2), Operator.ADD, list(3)).repr());
        assertEquals("[1, 2, 1, 2]", Ops.binary(list(1, 2), Operator.MUL, i(2)).repr());
        assertEquals("[0, 0, 0]", Ops.binary(i(3), Operator.MUL, list(0)).repr());
        assertEquals("[]", Ops.binary(list(1), Operator.MUL, i(-1)).repr());
        assertEquals("True True True", Ops.compare(list(1, 2), list(1, 3), CompareOp.LT).repr() + " "
                + Ops.compare(list(1, 2), list(1, 2), CompareOp.EQ).repr() + " " + Ops.compare(list(2), list(1, 5), CompareOp.GT).repr());
        assertEquals("TypeError: can only concatenate list (not \"tuple\") to list", err(() -> Ops.binary(list(1), Operator.ADD, PyTuple.of(i(2)))));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'str'", err(() -> Ops.binary(list(1), Operator.MUL, PyStr.of("a"))));
        assertEquals("TypeError: can only concatenate list (not \"int\") to list", err(() -> Ops.binary(list(1), Operator.ADD, i(1))));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'float'", err(() -> Ops.binary(PyFloat.of(2.0), Operator.MUL, list(1))));
        assertEquals("OverflowError: cannot fit 'int' into an index-sized integer",
                err(() -> Ops.binary(list(1), Operator.MUL, PyInt.of(java.math.BigInteger.TWO.pow(70)))));
        PyList m = list(1);
        PyObject r = Ops.inplace(m, Operator.ADD, PyTuple.of(i(2), i(3)));
        r = Ops.inplace(r, Operator.ADD, PyRange.of(0, 2, 1));
        assertEquals("[1, 2, 3, 0, 1] true", m.repr() + " " + (r == m));
        Ops.inplace(m, Operator.MUL, i(2));
        assertEquals("[1, 2, 3, 0, 1, 1, 2, 3, 0, 1]", m.repr());
        Ops.inplace(m, Operator.MUL, i(0));
        assertEquals("[]", m.repr());
        assertEquals("TypeError: 'int' object is not iterable", err(() -> Ops.inplace(list(), Operator.ADD, i(1))));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'str'", err(() -> Ops.inplace(list(), Operator.MUL, PyStr.of("a"))));
    }

    @Test
    void constructorAndReversed() {
        assertEquals("[0, 1, 2, 3, 4] [1, 2] [10, 7, 4, 1] ['a', 'b']", PyList.TYPE.call(PyRange.of(0, 5, 1)).repr() + " "
                + PyList.TYPE.call(PyTuple.of(i(1), i(2))).repr() + " " + PyList.TYPE.call(PyRange.of(10, 0, -3)).repr() + " "
                + PyList.TYPE.call(PyStr.of("ab")).repr());
        assertEquals("[3, 2, 1] [3, 2, 1] [4, 3, 2, 1, 0] [9, 6, 3, 0]",
                PyList.TYPE.call(Iterators.REVERSED.call(list(1, 2, 3))).repr() + " "
                        + PyList.TYPE.call(Iterators.REVERSED.call(PyTuple.of(i(1), i(2), i(3)))).repr() + " "
                        + PyList.TYPE.call(Iterators.REVERSED.call(PyRange.of(0, 5, 1))).repr() + " "
                        + PyList.TYPE.call(Iterators.REVERSED.call(PyRange.of(0, 10, 3))).repr());
        assertEquals("list_reverseiterator", Iterators.REVERSED.call(list(1)).type().name);
    }

    @Test
    void subclassInit() {
        PyDict ns = new PyDict();
        PyType stack = PyType.create("Stack", "Stack", new PyType[] {PyList.TYPE}, ns);
        PyObject s = stack.call(PyTuple.of(i(1), i(2)));
        assertEquals("[1, 2] Stack", s.repr() + " " + s.type().name);
        call(s, "append", i(3));
        assertEquals("3 [1, 2, 3]", PyInt.of(s.len()).repr() + " " + call(s, "__getitem__", new PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE)).repr());
        PyList.TYPE.lookup("__init__").call(s, PyTuple.of(i(9)));
        assertEquals("[9]", s.repr());
    }
}
