package dev.taipan.eval;

import dev.taipan.ast.Span;
import dev.taipan.runtime.AwaitDriver;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Code;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.NativeAwaitable;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;

/**
 * `await`: a coroutine that has not started runs inline on the awaiting stack; a native
 * awaitable (Future, Task) completes at once or suspends the current {@link AwaitDriver};
 * anything else is driven through its `__await__` iterator, each value it yields suspending the
 * driver (DESIGN.md §4).
 */
public final class Awaits {
    private Awaits() {}

    /** Awaits aw on the current thread's driver and returns its result. */
    public static PyObject await(PyObject aw) {
        if (aw instanceof PyGenerator g) {
            if (g.isCoroutine()) {
                if (!g.started() && !g.finished) return g.runInline();
                if (g.finished) throw Errors.runtimeError("cannot reuse already awaited coroutine");
                if (g.delegated || g.running) throw Errors.runtimeError("coroutine is being awaited already");
                return drive(g);
            }
            if ((g.code.flags & ITERABLE_COROUTINE) != 0) return drive(g);
        } else if (aw instanceof NativeAwaitable n) {
            return n.awaitNative(ThreadState.current());
        } else if (aw instanceof AsyncGenMethods.Op op) {
            return op.runInline();
        }
        PyObject it = awaitIterator(aw);
        if (it instanceof GeneratorMethods.CoroWrapper w && !w.coro.started() && !w.coro.finished) return w.coro.runInline();
        return drive(it);
    }

    /** The exception that throw(typ[, val[, tb]]) raises, with CPython's TypeError for anything else. */
    public static PyBaseException exceptionFrom(PyObject[] args) {
        return GeneratorMethods.thrown(args);
    }

    /** Code flag of a generator made by types.coroutine: awaitable, driven as an iterator. */
    public static final int ITERABLE_COROUTINE = 0x100;

    /** The iterator of aw.__await__(), with CPython's errors for objects that are not awaitable. */
    static PyObject awaitIterator(PyObject aw) {
        PyType t = aw.type();
        PyObject m = t.lookup("__await__");
        if (m == null) {
            if (aw instanceof PyGenerator g && g.isAsyncGen()) {
                throw Errors.typeError("object async_generator can't be used in 'await' expression");
            }
            throw Errors.typeError("object " + t.name + " can't be used in 'await' expression");
        }
        PyObject it = Call.callMethod(m, aw);
        if (it instanceof PyGenerator g && g.isCoroutine()) throw Errors.typeError("__await__() returned a coroutine");
        if (it.type().lookup("__next__") == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + it.type().name + "'");
        }
        return it;
    }

    /** Drives an await iterator: each value it yields suspends the driver. */
    static PyObject drive(PyObject it) {
        return delegate(it, y -> driver().suspend(y));
    }

    /**
     * The delegation loop shared by `await` and `yield from`: each value it yields is passed to
     * suspend, and what suspend returns (or throws) is sent (or thrown) back into it.
     */
    static PyObject delegate(PyObject it, java.util.function.UnaryOperator<PyObject> suspend) {
        PyObject sent = PyNone.NONE;
        PyException pending = null;
        while (true) {
            PyObject y;
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    if (it instanceof PyGenerator g) {
                        y = g.resume(PyNone.NONE, p);
                        if (y == null) return g.returnValue();
                    } else {
                        PyObject thr = it.lookupAttr("throw");
                        if (thr == null) throw p;
                        y = thr.call(p.value);
                    }
                } else if (it instanceof PyGenerator g) {
                    y = g.resume(sent, null);
                    if (y == null) return g.returnValue();
                } else if (sent == PyNone.NONE) {
                    y = Call.invoke(it, "__next__");
                } else {
                    y = Call.invoke(it, "send", sent);
                }
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) return e.value.type().lookup("value").descrGet(e.value, e.value.type());
                throw e;
            }
            try {
                sent = suspend.apply(y);
            } catch (PyException e) {
                if (e.matches(PyExc.GeneratorExit)) {
                    PyObject close = it.lookupAttr("close");
                    if (close != null) close.call();
                    throw e;
                }
                pending = e;
            }
        }
    }

    /** The current thread's await driver; an await with none is a Taipan bug, reported as a RuntimeError. */
    public static AwaitDriver driver() {
        AwaitDriver d = ThreadState.current().awaitDriver;
        if (d == null) throw Errors.runtimeError("await outside of a running coroutine");
        return d;
    }

    /** Suspends the current driver with y (a Future, or None to yield to the loop once). */
    public static PyObject suspend(PyObject y) {
        return driver().suspend(y);
    }

    /** True for a coroutine object made by an async def. */
    public static boolean isNativeCoroutine(PyObject o) {
        return o instanceof PyGenerator g && g.isCoroutine();
    }

    /** True for an object asyncio.iscoroutine() accepts: a coroutine object or a types.coroutine generator. */
    public static boolean isCoroutine(PyObject o) {
        return o instanceof PyGenerator g && (g.isCoroutine() || (g.code.flags & ITERABLE_COROUTINE) != 0);
    }

    /** The name, qualname, file and current line of a coroutine object (Task reprs), or null for other objects. */
    public static CoroInfo coroInfo(PyObject o) {
        if (!(o instanceof PyGenerator g)) return null;
        return new CoroInfo(g.function != null ? g.function.qualname : g.code.qualname, g.code.filename,
                g.finished ? g.code.firstLine : g.currentLine(), g.finished, g.started());
    }

    /** The frame of a coroutine object, or null for other awaitables. */
    public static Frame frameOf(PyObject coro) {
        return coro instanceof PyGenerator g ? g.frame : null;
    }

    /**
     * The frames a coroutine is stopped in, outermost first, following what each awaits (cr_await):
     * coroutine objects, coroutine frames run inline, async generators and `yield from` delegates. When
     * the innermost frame awaits something else (a Future, a native sleep), that object ends the list.
     * Empty for a finished coroutine and for objects that are not coroutines.
     */
    public static java.util.List<Object> awaitChain(PyObject coro) {
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        Object cur = coro;
        while (cur != null && out.size() < 100_000) {
            Frame f;
            if (cur instanceof PyGenerator g) {
                if (g.finished) break;
                f = g.frame;
            } else if (cur instanceof Frame fr) {
                f = fr;
            } else {
                if (!out.isEmpty()) out.add(cur);
                break;
            }
            out.add(f);
            cur = f.awaiting;
        }
        return out;
    }

    /** What a Task's repr shows of its coroutine. */
    public record CoroInfo(String qualname, String filename, int line, boolean done, boolean started) {}

    /** The code flags of a coroutine/generator object (0 for other objects). */
    public static int codeFlags(PyObject o) {
        return o instanceof PyGenerator g ? g.code.flags : 0;
    }

    /** Marks a types.coroutine generator function's code as an iterable coroutine; false if fn is no generator function. */
    public static boolean markIterableCoroutine(PyObject fn) {
        if (fn instanceof dev.taipan.runtime.PyFunction f && f.code instanceof FunctionCode c && (c.flags & Code.GENERATOR) != 0) {
            c.flags |= ITERABLE_COROUTINE;
            return true;
        }
        return false;
    }

    /** `await f(a, b)`: a coroutine function called by position runs inline with no coroutine object in between. */
    static final class AwaitCall extends ExprNode {
        final ExprNode func;
        final ExprNode[] args;
        final Calls.Simple call;

        AwaitCall(Span at, Calls.Simple call) {
            super(at);
            this.call = call;
            this.func = call.func;
            this.args = call.args;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject fn = func.eval(f);
            if (fn instanceof dev.taipan.runtime.PyFunction pf && (pf.code.flags & Code.COROUTINE) != 0) {
                int n = args.length;
                Frame callee = pf.directFrame(n);
                if (callee != null) {
                    PyObject[] slots = callee.locals;
                    for (int i = 0; i < n; i++) slots[i] = args[i].eval(f);
                    try {
                        return enterAwaited(f, pf, callee);
                    } catch (PyException e) {
                        throw at(e, f);
                    }
                }
            }
            PyObject aw = call.evalWith(f, fn);
            try {
                return awaitFrom(f, aw);
            } catch (PyException e) {
                throw at(e, f);
            }
        }
    }

    /** `await o.m(a, b)`: see Calls.Method.evalAwaited. */
    static final class AwaitMethod extends ExprNode {
        final Calls.Method call;

        AwaitMethod(Span at, Calls.Method call) {
            super(at);
            this.call = call;
        }

        @Override
        PyObject eval(Frame f) {
            return call.evalAwaited(f, this);
        }
    }

    /** `await value` as a statement: the await evaluated directly by the statement. */
    static final class AwaitStmt extends StmtNode {
        final ExprNode value;
        final Await node;

        AwaitStmt(Span at, Await node) {
            super(at);
            this.node = node;
            this.value = node.value;
        }

        @Override
        int exec(Frame f) {
            PyObject aw = value.eval(f);
            try {
                awaitFrom(f, aw);
            } catch (PyException e) {
                throw node.at(e, f);
            }
            return NORMAL;
        }
    }

    /** Awaits aw from frame f, recording it meanwhile as what f's coroutine awaits (cr_await). */
    static PyObject awaitFrom(Frame f, PyObject aw) {
        f.awaiting = aw;
        try {
            return await(aw);
        } finally {
            f.awaiting = null;
        }
    }

    /** Runs an awaited coroutine function's frame inline, recording it meanwhile as what f's coroutine awaits. */
    static PyObject enterAwaited(Frame f, dev.taipan.runtime.PyFunction pf, Frame callee) {
        f.awaiting = callee;
        try {
            return pf.enterAwaited(callee);
        } finally {
            f.awaiting = null;
        }
    }

    /** A Task took the coroutine: it will be started, so it no longer needs never-awaited tracking. */
    public static void claim(PyObject coro) {
        if (coro instanceof PyGenerator g && g.tracker != null) {
            NeverAwaited.forget(g.tracker);
            g.tracker = null;
        }
    }

    /** The body of a task: its coroutine, run inline when it has not started (one frame fewer than await()). */
    public static PyObject runTaskBody(PyObject coro) {
        if (coro instanceof PyGenerator g && g.isCoroutine() && !g.started() && !g.finished) return g.runInline();
        return await(coro);
    }

    /** `await value`. */
    static final class Await extends ExprNode {
        final ExprNode value;

        Await(Span at, ExprNode value) {
            super(at);
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject aw = value.eval(f);
            try {
                return awaitFrom(f, aw);
            } catch (PyException e) {
                throw at(e, f);
            }
        }
    }
}
