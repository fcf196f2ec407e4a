package dev.taipan.eval;

import dev.taipan.ast.Span;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.NativeAwaitable;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;

/** `async for` (also the loops of async comprehensions), and the awaits of `async with`. */
final class AsyncStatements {
    private AsyncStatements() {}

    /** iterable.__aiter__(), checked as CPython's GET_AITER does. */
    static PyObject aiter(PyObject src) {
        PyType t = src.type();
        PyObject m = t.lookup("__aiter__");
        if (m == null) throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + t.name);
        PyObject it = src instanceof PyGenerator g && g.isAsyncGen() ? g : Call.callMethod(m, src);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: " + it.type().name);
        }
        return it;
    }

    /** True when the evaluator can await o (the check behind "received an invalid object" errors). */
    static boolean isAwaitable(PyObject o) {
        return o instanceof PyGenerator g ? g.isCoroutine() || (g.code.flags & Awaits.ITERABLE_COROUTINE) != 0
                : o instanceof NativeAwaitable || o instanceof AsyncGenMethods.Op || o.type().lookup("__await__") != null;
    }

    static final class AsyncFor extends StmtNode {
        final TargetNode target;
        final ExprNode iter;
        final StmtNode body, orelse;
        /** The iterator is already entered (the first loop of an async comprehension). */
        final boolean preIterated;

        /** The async iterable is made by the loop itself (see Statements.For.makesFresh). */
        final boolean freshIter;

        AsyncFor(Span at, TargetNode target, ExprNode iter, StmtNode body, StmtNode orelse, boolean preIterated, boolean freshIter) {
            super(at);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.preIterated = preIterated;
            this.freshIter = freshIter;
        }

        @Override
        int exec(Frame f) {
            PyObject it;
            if (preIterated) {
                it = iter.eval(f);
            } else {
                PyObject src = iter.eval(f);
                try {
                    it = aiter(src);
                } catch (PyException e) {
                    throw iter.at(e, f);
                }
            }
            PyGenerator agen = it instanceof PyGenerator g && g.isAsyncGen() ? AsyncGenMethods.hooks(g) : null;
            if (agen != null && freshIter && agen.code.cleanupFree && !agen.closed && agen.pushable()) {
                return pushLoop(f, agen);
            }
            while (true) {
                PyObject v;
                try {
                    if (agen != null) {
                        if (agen.running || agen.delegated) throw Errors.runtimeError("anext(): asynchronous generator is already running");
                        if (agen.closed && !agen.started()) break;
                        f.awaiting = agen;
                        v = agen.resume(PyNone.NONE, null);
                        if (v == null) break;
                    } else {
                        PyObject aw = AsyncGenMethods.anext(it);
                        if (!isAwaitable(aw)) throw invalidAnext(aw);
                        f.awaiting = aw;
                        v = Awaits.await(aw);
                    }
                } catch (PyException e) {
                    if (e.matches(PyExc.StopAsyncIteration)) break;
                    throw e.at(f, line, col, endLine, endCol);
                } finally {
                    f.awaiting = null;
                }
                target.assign(f, v);
                int r = body.exec(f);
                if (r == BREAK) return NORMAL;
                if (r == RETURN) return r;
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }

        /**
         * The loop over a fresh async generator with no cleanup code: the generator runs on this
         * task's stack, its awaits suspending the task, each yield running the loop body directly.
         */
        private int pushLoop(Frame f, PyGenerator agen) {
            LoopSink sink = new LoopSink(target, body, f, agen);
            f.awaiting = agen;
            try {
                agen.push(sink);
            } catch (PyException e) {
                if (e == sink.bodyError) throw e;
                throw e.at(f, line, col, endLine, endCol);
            } finally {
                f.awaiting = null;
            }
            if (sink.result == BREAK) return NORMAL;
            if (sink.result == RETURN) return RETURN;
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    /** CPython's error for an __anext__ result that cannot be awaited, caused by the await's own error. */
    private static PyException invalidAnext(PyObject aw) {
        PyException e = Errors.typeError("'async for' received an invalid object from __anext__: " + aw.type().name);
        PyBaseException cause = Errors.typeError("object " + aw.type().name + " can't be used in 'await' expression").value;
        e.value.cause = cause;
        e.value.context = cause;
        e.value.suppressContext = true;
        return e;
    }

    /** Awaits what __aenter__/__aexit__ returned (`async with`), with CPython's error for a non-awaitable. */
    static PyObject awaitFrom(Frame f, PyObject aw, String method) {
        if (!isAwaitable(aw)) {
            throw Errors.typeError("'async with' received an object from " + method + " that does not implement __await__: " + aw.type().name);
        }
        return Awaits.awaitFrom(f, aw);
    }
}
