package dev.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java API of contextvars (PyContext, PyContextVar, PyContextToken) that asyncio builds on, and the trie behind it. */
class PyContextTest {
    private ThreadState ts;

    @BeforeAll
    static void types() {
        Bootstrap.installTypes();
    }

    @BeforeEach
    void freshThreadState() {
        ts = new ThreadState(new InterpState());
        ThreadState.attach(ts);
    }

    private static String err(Runnable r) {
        try {
            r.run();
            return "no error";
        } catch (PyException e) {
            return e.getMessage().replaceAll("0x[0-9a-f]+", "0x?");
        }
    }

    private static PyStr s(String v) {
        return PyStr.of(v);
    }

    @Test
    void currentIsCreatedLazilyOncePerThreadState() {
        assertNull(ts.context);
        PyContext c = PyContext.current();
        assertSame(c, ts.context);
        assertSame(c, PyContext.current());
        assertSame(c, PyContext.current(ts));
        assertEquals(0, c.size());
    }

    @Test
    void getDoesNotCreateTheContext() {
        PyContextVar v = new PyContextVar(s("v"), PyInt.of(7));
        assertEquals(PyInt.of(7), v.get());
        assertEquals(s("x"), v.get(s("x")));
        assertNull(new PyContextVar(s("w"), null).get(null));
        assertNull(ts.context);
        assertEquals("LookupError: <ContextVar name='w' at 0x?>", err(() -> new PyContextVar(s("w"), null).get()));
    }

    @Test
    void setResetAndTokens() {
        PyContextVar v = new PyContextVar(s("v"), null);
        PyContextToken t1 = v.set(PyInt.of(1));
        assertNull(t1.oldValue);
        assertSame(PyContext.current(), t1.context);
        PyContextToken t2 = v.set(PyInt.of(2));
        assertEquals(PyInt.of(1), t2.oldValue);
        assertEquals(PyInt.of(2), v.get());
        v.reset(t2);
        assertTrue(t2.used());
        assertEquals(PyInt.of(1), v.get());
        v.reset(t1);
        assertNull(v.get(null));
        assertEquals(0, PyContext.current().size());
        assertEquals("RuntimeError: <Token used var=<ContextVar name='v' at 0x?> at 0x?> has already been used once", err(() -> v.reset(t1)));
        PyContextToken t3 = v.set(PyInt.of(3));
        PyContextVar w = new PyContextVar(s("w"), null);
        assertEquals("ValueError: <Token var=<ContextVar name='v' at 0x?> at 0x?> was created by a different ContextVar", err(() -> w.reset(t3)));
        assertEquals("ValueError: <Token var=<ContextVar name='v' at 0x?> at 0x?> was created in a different Context",
                err(() -> new PyContext().run(new PyBuiltin.Function("f", null, (a, k) -> {
                    v.reset(t3);
                    return PyNone.NONE;
                }), new PyObject[0], null)));
        assertFalse(t3.used());
    }

    @Test
    void copyIsASnapshot() {
        PyContextVar v = new PyContextVar(s("v"), null);
        v.set(s("a"));
        PyContext snap = PyContext.copyCurrent();
        assertNotSame(snap, PyContext.current());
        v.set(s("b"));
        assertEquals(s("a"), snap.get(v));
        assertEquals(s("b"), v.get());
        snap.enter();
        v.set(s("c"));
        snap.exit();
        assertEquals(s("c"), snap.get(v));
        assertEquals(s("b"), v.get());
    }

    @Test
    void enterAndExitSwitchTheCurrentContext() {
        PyContext outer = PyContext.current();
        PyContext a = new PyContext();
        PyContext b = a.copy();
        a.enter(ts);
        assertSame(a, ts.context);
        assertTrue(a.isEntered());
        b.enter();
        assertSame(b, ts.context);
        assertEquals("RuntimeError: cannot enter context: <_contextvars.Context object at 0x?> is already entered", err(a::enter));
        assertEquals("RuntimeError: cannot exit context: thread state references a different context object", err(a::exit));
        b.exit();
        a.exit(ts);
        assertSame(outer, ts.context);
        assertFalse(a.isEntered());
        assertEquals("RuntimeError: cannot exit context: <_contextvars.Context object at 0x?> has not been entered", err(a::exit));
        // Entering before any context exists leaves none behind.
        ThreadState fresh = new ThreadState(ts.interp);
        a.enter(fresh);
        a.exit(fresh);
        assertNull(fresh.context);
    }

    @Test
    void runPassesKeywordsAndRestoresOnError() {
        PyContextVar v = new PyContextVar(s("v"), s("dflt"));
        PyContext ctx = new PyContext();
        List<String> seen = new ArrayList<>();
        PyObject f = new PyBuiltin.Function("f", null, (args, kw) -> {
            seen.add(args.length + " " + String.join(",", kw == null ? new String[0] : kw) + " " + v.get().str());
            v.set(args[0]);
            return args[args.length - 1];
        });
        PyObject r = ctx.run(f, new PyObject[] {s("p"), s("q"), s("kwval")}, new String[] {"k"});
        assertEquals(s("kwval"), r);
        assertEquals(List.of("3 k dflt"), seen);
        assertEquals(s("p"), ctx.get(v));
        assertEquals(s("dflt"), v.get());
        PyObject boom = new PyBuiltin.Function("boom", null, (args, kw) -> {
            v.set(s("before"));
            throw Errors.valueError("boom");
        });
        PyContext before = ts.context;
        assertEquals("ValueError: boom", err(() -> ctx.run(boom, new PyObject[0], null)));
        assertSame(before, ts.context);
        assertFalse(ctx.isEntered());
        assertEquals(s("before"), ctx.get(v));
        PyObject reenter = new PyBuiltin.Function("reenter", null, (args, kw) -> ctx.run(boom, new PyObject[0], null));
        assertEquals("RuntimeError: cannot enter context: <_contextvars.Context object at 0x?> is already entered",
                err(() -> ctx.run(reenter, new PyObject[0], null)));
    }

    @Test
    void threadsHaveTheirOwnContext() throws Exception {
        PyContextVar v = new PyContextVar(s("v"), null);
        v.set(s("main"));
        AtomicReference<String> other = new AtomicReference<>();
        Thread t = new Thread(() -> {
            ThreadState.attach(new ThreadState(ts.interp));
            other.set(v.get(s("unset")).str() + " " + PyContext.current().size());
        });
        t.start();
        t.join();
        assertEquals("unset 0", other.get());
        assertEquals(s("main"), v.get());
    }

    @Test
    void equalityComparesBindings() {
        PyContextVar v = new PyContextVar(s("v"), null);
        PyContext a = new PyContext();
        PyContext b = new PyContext();
        assertTrue(Ops.eq(a, b));
        a.enter();
        v.set(PyList.of(PyInt.of(1)));
        a.exit();
        assertFalse(Ops.eq(a, b));
        b.enter();
        v.set(PyList.of(PyInt.of(1)));
        b.exit();
        assertTrue(Ops.eq(a, b));
        assertEquals("TypeError: unhashable type: '_contextvars.Context'", err(a::hash));
    }

    /** Random sets and removals over many variables, checked against an identity map after every step. */
    @Test
    void trieMatchesAModelMap() {
        Random rnd = new Random(567);
        PyContextVar[] vars = new PyContextVar[3000];
        for (int i = 0; i < vars.length; i++) vars[i] = new PyContextVar(s("v" + i), null);
        Map<PyContextVar, PyObject> model = new IdentityHashMap<>();
        ContextHamt m = ContextHamt.EMPTY;
        List<ContextHamt> versions = new ArrayList<>();
        List<Map<PyContextVar, PyObject>> models = new ArrayList<>();
        for (int step = 0; step < 20000; step++) {
            PyContextVar k = vars[rnd.nextInt(step < 10000 ? vars.length : 200)];
            if (rnd.nextInt(3) == 0) {
                ContextHamt n = m.without(k);
                assertEquals(model.remove(k) == null, n == m);
                m = n;
            } else {
                PyObject val = PyInt.of(step);
                m = m.with(k, val);
                model.put(k, val);
            }
            assertEquals(model.size(), m.size);
            if (step % 1000 == 0) {
                versions.add(m);
                models.add(new IdentityHashMap<>(model));
            }
        }
        for (int i = 0; i < versions.size(); i++) {
            ContextHamt h = versions.get(i);
            Map<PyContextVar, PyObject> expect = models.get(i);
            for (PyContextVar k : vars) assertSame(expect.get(k), h.get(k));
            PyObject[] keys = new PyObject[h.size];
            PyObject[] values = new PyObject[h.size];
            h.entries(keys, values);
            for (int j = 0; j < keys.length; j++) assertSame(expect.get((PyContextVar) keys[j]), values[j]);
        }
        for (PyContextVar k : vars) m = m.without(k);
        assertSame(ContextHamt.EMPTY, m);
    }
}
