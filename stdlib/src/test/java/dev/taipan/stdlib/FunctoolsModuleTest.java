package dev.taipan.stdlib;

import static dev.taipan.stdlib.NativeModuleTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FunctoolsModuleTest {
    private PyModule m;
    private int calls;

    /** f(*args, **kw) -> (args, kw-as-tuple-of-names) */
    private final PyObject echo = new PyBuiltin.Function("echo", null, (a, k) -> {
        calls++;
        int nkw = k == null ? 0 : k.length;
        PyObject[] pos = new PyObject[a.length - nkw];
        System.arraycopy(a, 0, pos, 0, pos.length);
        PyObject[] kw = new PyObject[nkw * 2];
        for (int i = 0; i < nkw; i++) {
            kw[2 * i] = s(k[i]);
            kw[2 * i + 1] = a[pos.length + i];
        }
        return PyTuple.of(PyTuple.of(pos), PyTuple.of(kw));
    });
    private static final PyObject ADD = new PyBuiltin.Function("add", null,
            (a, k) -> PyInt.of(((PyInt) a[0]).value + ((PyInt) a[1]).value));
    private static final PyObject INFO = new PyBuiltin.Function("CacheInfo", null, (a, k) -> PyTuple.of(a));

    @BeforeEach
    void setUp() {
        m = load(new FunctoolsModule());
    }

    @Test
    void partial() {
        PyObject p = callKw(m, "partial", new PyObject[] {echo, i(1), i(2)}, "b");
        assertEquals("((1,), ('b', 2))", outcome(() -> p.call(new PyObject[0], null)));
        assertEquals("((1, 3), ('b', 2, 'x', 4))", outcome(() -> p.call(new PyObject[] {i(3), i(4)}, new String[] {"x"})));
        assertEquals("((1,), ('b', 5))", outcome(() -> p.call(new PyObject[] {i(5)}, new String[] {"b"})));
        assertEquals("functools.partial(<built-in function echo>, 1, b=2)", p.repr());
        PyObject q = callKw(m, "partial", new PyObject[] {p, i(4)}, "c");
        assertEquals("functools.partial(<built-in function echo>, 1, b=2, c=4)", q.repr());
        assertEquals("(1,)", q.getAttr("args").repr());
        assertEquals("{'b': 2, 'c': 4}", q.getAttr("keywords").repr());
        assertEquals("TypeError: type 'partial' takes at least one argument", outcome(() -> call(m, "partial")));
        assertEquals("TypeError: the first argument must be callable", outcome(() -> call(m, "partial", i(1))));
        assertEquals("<class 'functools.partial'>", m.getAttr("partial").repr());
    }

    @Test
    void reduceAndCmpToKey() {
        assertEquals("6", outcome(() -> call(m, "reduce", ADD, ints(1, 2, 3))));
        assertEquals("5", outcome(() -> call(m, "reduce", ADD, ints(), i(5))));
        assertEquals("TypeError: reduce() of empty iterable with no initial value", outcome(() -> call(m, "reduce", ADD, ints())));
        assertEquals("TypeError: reduce expected at least 2 arguments, got 1", outcome(() -> call(m, "reduce", ADD)));
        assertEquals("TypeError: reduce() arg 2 must support iteration", outcome(() -> call(m, "reduce", ADD, i(5))));
        PyObject sub = new PyBuiltin.Function("sub", null, (a, k) -> PyInt.of(((PyInt) a[0]).value - ((PyInt) a[1]).value));
        PyObject key = call(m, "cmp_to_key", sub);
        PyObject k1 = key.call(i(1)), k2 = key.call(i(2));
        assertEquals("True", dev.taipan.runtime.Ops.compare(k1, k2, dev.taipan.runtime.CompareOp.LT).repr());
        assertEquals("False", dev.taipan.runtime.Ops.compare(k1, k2, dev.taipan.runtime.CompareOp.GE).repr());
        assertEquals("1", k1.getAttr("obj").repr());
        assertEquals("TypeError: other argument must be K instance",
                outcome(() -> dev.taipan.runtime.Ops.compare(k1, i(2), dev.taipan.runtime.CompareOp.LT)));
        assertEquals("TypeError: unhashable type: 'functools.KeyWrapper'", outcome(() -> i(k1.hash())));
    }

    @Test
    void lruCache() {
        PyObject cached = call(m, "_lru_cache_wrapper", echo, i(2), dev.taipan.runtime.PyBool.FALSE, INFO);
        for (long x : new long[] {1, 2, 1, 3, 2, 1}) cached.call(i(x));
        assertEquals("(1, 5, 2, 2)", call(cached, "cache_info").repr());
        assertEquals(5, calls);
        call(cached, "cache_clear");
        assertEquals("(0, 0, 2, 0)", call(cached, "cache_info").repr());
        PyObject unbounded = call(m, "_lru_cache_wrapper", echo, dev.taipan.runtime.PyNone.NONE, dev.taipan.runtime.PyBool.FALSE, INFO);
        unbounded.call(i(1));
        unbounded.call(f(1.0));
        unbounded.call(dev.taipan.runtime.PyBool.TRUE);
        // 1 is its own key; 1.0 and True share the key (1.0,) == (True,)
        assertEquals("(1, 2, None, 2)", call(unbounded, "cache_info").repr());
        PyObject typed = call(m, "_lru_cache_wrapper", echo, i(128), dev.taipan.runtime.PyBool.TRUE, INFO);
        typed.call(i(1));
        typed.call(f(1.0));
        typed.call(dev.taipan.runtime.PyBool.TRUE);
        assertEquals("(0, 3, 128, 3)", call(typed, "cache_info").repr());
        assertEquals("TypeError: unhashable type: 'list'", outcome(() -> unbounded.call(ints(1))));
    }
}
