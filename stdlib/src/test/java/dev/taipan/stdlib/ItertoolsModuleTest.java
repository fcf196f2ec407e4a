package dev.taipan.stdlib;

import static dev.taipan.stdlib.NativeModuleTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.runtime.Ops;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItertoolsModuleTest {
    private PyModule m;

    @BeforeEach
    void setUp() {
        m = load(new ItertoolsModule());
    }

    private PyObject it(String name, PyObject... args) {
        return call(m, name, args);
    }

    /** list(iterator)'s repr, or the error. */
    private static String listOf(java.util.function.Supplier<PyObject> f) {
        return outcome(() -> Protocols.toList(f.get()));
    }

    private static PyObject fn(String name, java.util.function.Function<PyObject[], PyObject> body) {
        return new PyBuiltin.Function(name, null, (a, k) -> body.apply(a));
    }

    private static final PyObject LESS_THAN_3 = fn("lt3", a -> PyBool.of(((PyInt) a[0]).value < 3));
    private static final PyObject HALF = fn("half", a -> PyInt.of(((PyInt) a[0]).value / 2));
    private static final PyObject MUL = fn("mul", a -> PyInt.of(((PyInt) a[0]).value * ((PyInt) a[1]).value));

    private PyObject islice(PyObject src, long n) {
        return it("islice", src, i(n));
    }

    @Test
    void infinite() {
        assertEquals("count(0)", outcome(() -> it("count")));
        assertEquals("count(5)", outcome(() -> it("count", i(5), i(1))));
        assertEquals("count(5, 1.0)", outcome(() -> it("count", i(5), f(1.0))));
        assertEquals("count(0, 3)", outcome(() -> callKw(m, "count", new PyObject[] {i(3)}, "step")));
        assertEquals("TypeError: a number is required", outcome(() -> it("count", s("a"))));
        assertEquals("[0.1, 0.2, 0.30000000000000004, 0.4, 0.5]", listOf(() -> islice(it("count", f(0.1), f(0.1)), 5)));
        PyObject c = it("count", i(3));
        c.next();
        assertEquals("count(4)", c.repr());
        assertEquals("[1, 2, 1, 2, 1]", listOf(() -> islice(it("cycle", ints(1, 2)), 5)));
        assertEquals("[]", listOf(() -> islice(it("cycle", ints()), 5)));
        assertEquals("TypeError: cycle expected 1 argument, got 0", outcome(() -> it("cycle")));
        assertEquals("repeat(5)", outcome(() -> it("repeat", i(5))));
        assertEquals("repeat(5, 3)", outcome(() -> it("repeat", i(5), i(3))));
        assertEquals("repeat(5, 0)", outcome(() -> it("repeat", i(5), i(-1))));
        assertEquals("['a', 'a']", listOf(() -> callKw(m, "repeat", new PyObject[] {s("a"), i(2)}, "times")));
        assertEquals("TypeError: repeat() missing required argument 'object' (pos 1)", outcome(() -> it("repeat")));
        assertEquals("TypeError: repeat() takes at most 2 arguments (3 given)", outcome(() -> it("repeat", i(1), i(2), i(3))));
        assertEquals("<class 'itertools.count'>", m.getAttr("count").repr());
    }

    @Test
    void slicingAndChaining() {
        assertEquals("[2, 4, 6]", listOf(() -> it("islice", it("count"), i(2), i(8), i(2))));
        assertEquals("[0, 1, 2]", listOf(() -> it("islice", ints(0, 1, 2), PyNone.NONE)));
        assertEquals("ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
                outcome(() -> it("islice", ints(1), i(-1))));
        assertEquals("ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
                outcome(() -> it("islice", ints(1), i(1), s("a"))));
        assertEquals("ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
                outcome(() -> it("islice", ints(1), i(-1), i(2))));
        assertEquals("ValueError: Step for islice() must be a positive integer or None.",
                outcome(() -> it("islice", ints(1), i(0), i(2), i(0))));
        assertEquals("TypeError: islice expected at least 2 arguments, got 1", outcome(() -> it("islice", ints(1))));
        assertEquals("TypeError: 'int' object is not iterable", outcome(() -> it("islice", i(5), i(2))));
        // islice consumes exactly what CPython's does: the iterator resumes after the last taken item
        PyObject src = ints(0, 1, 2, 3, 4, 5).iter();
        assertEquals("[0, 1]", listOf(() -> islice(src, 2)));
        assertEquals("[2, 3, 4, 5]", listOf(() -> src));
        assertEquals("[1, 2, 3]", listOf(() -> it("chain", ints(1), ints(), ints(2, 3))));
        assertEquals("TypeError: 'int' object is not iterable", listOf(() -> it("chain", i(5))));
        assertEquals("[1, 2, 3]", listOf(() -> call(m.getAttr("chain"), "from_iterable", list(ints(1), ints(2, 3)))));
    }

    @Test
    void filtering() {
        assertEquals("[1, 2]", listOf(() -> it("takewhile", LESS_THAN_3, ints(1, 2, 3, 1))));
        assertEquals("[3, 1]", listOf(() -> it("dropwhile", LESS_THAN_3, ints(1, 2, 3, 1))));
        assertEquals("[0, 0]", listOf(() -> it("filterfalse", PyNone.NONE, ints(0, 1, 2, 0))));
        assertEquals("[3]", listOf(() -> it("filterfalse", LESS_THAN_3, ints(1, 3, 2))));
        assertEquals("['a', 'c']", listOf(() -> it("compress", s("abcd"), ints(1, 0, 1))));
        assertEquals("[('a', 'b'), ('b', 'c'), ('c', 'd')]", listOf(() -> it("pairwise", s("abcd"))));
        assertEquals("[]", listOf(() -> it("pairwise", s("a"))));
        assertEquals("[6, 12]", listOf(() -> it("starmap", MUL, list(tuple(i(2), i(3)), ints(3, 4)))));
        assertEquals("TypeError: starmap expected 2 arguments, got 1", outcome(() -> it("starmap", MUL)));
        assertEquals("TypeError: compress() missing required argument 'data' (pos 1)", outcome(() -> it("compress")));
    }

    @Test
    void grouping() {
        assertEquals("[('a', ['a', 'a']), ('b', ['b', 'b', 'b']), ('c', ['c'])]", groups(it("groupby", s("aabbbc"))));
        assertEquals("[(0, [1]), (1, [2, 3]), (2, [4, 5])]", groups(callKw(m, "groupby", new PyObject[] {ints(1, 2, 3, 4, 5), HALF}, "key")));
        // a group read after the groupby has moved on is empty
        PyObject g = it("groupby", s("aab"));
        PyObject first = g.next().getItem(i(1));
        g.next();
        assertEquals("[]", listOf(() -> first));
        assertEquals("[1, 3, 6]", listOf(() -> it("accumulate", ints(1, 2, 3))));
        assertEquals("[10, 11, 13, 16]", listOf(() -> callKw(m, "accumulate", new PyObject[] {ints(1, 2, 3), i(10)}, "initial")));
        assertEquals("[1, 2, 6]", listOf(() -> it("accumulate", ints(1, 2, 3), MUL)));
        assertEquals("[5]", listOf(() -> callKw(m, "accumulate", new PyObject[] {ints(), i(5)}, "initial")));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", listOf(() -> it("accumulate", list(i(1), s("a")))));
        assertEquals("[(1, 3), (2, 0)]", listOf(() -> callKw(m, "zip_longest", new PyObject[] {ints(1, 2), ints(3), i(0)}, "fillvalue")));
        assertEquals("[]", listOf(() -> it("zip_longest")));
        assertEquals("TypeError: zip_longest() got an unexpected keyword argument",
                outcome(() -> callKw(m, "zip_longest", new PyObject[] {ints(1), i(1)}, "foo")));
        assertEquals("[('a', 'b', 'c'), ('d', 'e', 'f'), ('g',)]", listOf(() -> it("batched", s("abcdefg"), i(3))));
        assertEquals("ValueError: batched(): incomplete batch",
                listOf(() -> callKw(m, "batched", new PyObject[] {s("abcdefg"), i(3), PyBool.TRUE}, "strict")));
        assertEquals("ValueError: n must be at least one", outcome(() -> it("batched", s("abc"), i(0))));
        PyObject tees = it("tee", ints(1, 2, 3));
        assertEquals("[1, 2, 3]", listOf(() -> tees.getItem(i(0))));
        assertEquals("[1, 2, 3]", listOf(() -> tees.getItem(i(1))));
        assertEquals(3, it("tee", ints(1), i(3)).len());
        assertEquals("()", outcome(() -> it("tee", ints(1), i(0))));
        assertEquals("ValueError: n must be >= 0", outcome(() -> it("tee", ints(1), i(-1))));
        assertEquals("<class 'itertools._tee'>", tees.getItem(i(0)).type().repr());
        PyObject big = it("tee", it("count"), i(2));
        for (int k = 0; k < 200; k++) big.getItem(i(0)).next();
        assertEquals("0", big.getItem(i(1)).next().repr());
        assertEquals("200", big.getItem(i(0)).next().repr());
    }

    private static String groups(PyObject groupby) {
        StringBuilder sb = new StringBuilder("[");
        for (PyObject kv = groupby.next(); kv != null; kv = groupby.next()) {
            if (sb.length() > 1) sb.append(", ");
            sb.append('(').append(kv.getItem(i(0)).repr()).append(", ").append(Protocols.toList(kv.getItem(i(1))).repr()).append(')');
        }
        return sb.append(']').toString();
    }

    @Test
    void combinatorics() {
        assertEquals("[(1, 1), (1, 2), (2, 1), (2, 2)]", listOf(() -> callKw(m, "product", new PyObject[] {ints(1, 2), i(2)}, "repeat")));
        assertEquals("[('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd')]", listOf(() -> it("product", s("ab"), s("cd"))));
        assertEquals("[()]", listOf(() -> it("product")));
        assertEquals("[]", listOf(() -> it("product", ints(1), ints())));
        assertEquals("ValueError: repeat argument cannot be negative", outcome(() -> callKw(m, "product", new PyObject[] {ints(1), i(-1)}, "repeat")));
        assertEquals("TypeError: product() got an unexpected keyword argument 'foo'", outcome(() -> callKw(m, "product", new PyObject[] {ints(1), i(1)}, "foo")));
        assertEquals("[(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)]", listOf(() -> it("permutations", ints(1, 2, 3), i(2))));
        assertEquals("[(1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)]", listOf(() -> it("permutations", ints(1, 2, 3))));
        assertEquals("120", String.valueOf(Protocols.toList(it("permutations", ints(0, 1, 2, 3, 4))).len()));
        assertEquals("[]", listOf(() -> it("permutations", ints(1, 2), i(5))));
        assertEquals("[()]", listOf(() -> it("permutations", ints(), i(0))));
        assertEquals("TypeError: Expected int as r", outcome(() -> it("permutations", ints(1), s("a"))));
        assertEquals("ValueError: r must be non-negative", outcome(() -> it("permutations", ints(1), i(-1))));
        assertEquals("[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]", listOf(() -> it("combinations", s("abcd"), i(2))));
        assertEquals("[()]", listOf(() -> it("combinations", ints(), i(0))));
        assertEquals("TypeError: combinations() missing required argument 'r' (pos 2)", outcome(() -> it("combinations", ints(1))));
        assertEquals("[('a', 'a'), ('a', 'b'), ('b', 'b')]", listOf(() -> it("combinations_with_replacement", s("ab"), i(2))));
        assertEquals("[]", listOf(() -> it("combinations_with_replacement", ints(), i(2))));
        assertEquals("[()]", listOf(() -> it("combinations_with_replacement", ints(), i(0))));
        assertEquals(true, Ops.eq(Protocols.toList(it("combinations", ints(1, 2, 3), i(3))), list(tuple(i(1), i(2), i(3)))));
    }
}
