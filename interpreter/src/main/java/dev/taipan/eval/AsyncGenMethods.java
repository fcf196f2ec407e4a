package dev.taipan.eval;

import dev.taipan.runtime.AwaitDriver;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;
import jdk.internal.vm.Continuation;

/**
 * The methods of async generators and the awaitables they return (asend/__anext__, athrow, aclose).
 * Awaited, an operation resumes the generator inline, so an await inside the generator suspends
 * whoever drives the awaiting code; driven by hand (`op.send(None)`), it gets a continuation of
 * its own, as a hand-driven coroutine does.
 */
final class AsyncGenMethods {
    private AsyncGenMethods() {}

    static final PyType ASEND_TYPE = new PyType("async_generator_asend", PyType.OBJECT, true, null).markFinal();
    static final PyType ATHROW_TYPE = new PyType("async_generator_athrow", PyType.OBJECT, true, null).markFinal();

    static {
        for (PyType t : new PyType[] {ASEND_TYPE, ATHROW_TYPE}) {
            t.method0("__await__", self -> self);
            t.method0("__iter__", self -> self);
            t.method0("__next__", self -> ((Op) self).sendByHand(PyNone.NONE, null));
            t.method1("send", (self, v) -> ((Op) self).sendByHand(v, null));
            t.method("throw", (self, args, kw) -> ((Op) self).sendByHand(PyNone.NONE, new PyException(GeneratorMethods.thrown(args))));
            t.method0("close", self -> {
                ((Op) self).state = Op.DONE;
                return PyNone.NONE;
            });
        }
    }

    static void install(PyType t) {
        t.method0("__aiter__", self -> self);
        t.method0("__anext__", self -> new Op(hooks((PyGenerator) self), Op.SEND, PyNone.NONE, null));
        t.method1("asend", (self, v) -> new Op(hooks((PyGenerator) self), Op.SEND, v, null));
        t.method("athrow", (self, args, kw) -> {
            if (args.length < 1 || args.length > 3) throw Errors.typeError("athrow expected at least 1 argument, got " + args.length);
            return new Op(hooks((PyGenerator) self), Op.THROW, PyNone.NONE, new PyException(GeneratorMethods.exceptionFrom(args)));
        });
        t.method0("aclose", self -> new Op(hooks((PyGenerator) self), Op.CLOSE, PyNone.NONE, null));
    }

    /** Calls the thread's first-iteration hook (sys.set_asyncgen_hooks) once per generator. */
    static PyGenerator hooks(PyGenerator g) {
        if (!g.hooksCalled) {
            g.hooksCalled = true;
            PyObject first = ThreadState.current().asyncgenFirstiter;
            if (first != null && first != PyNone.NONE) first.call(g);
        }
        return g;
    }

    /** `__anext__()` of an object: the async generator fast path, else the type's method. */
    static PyObject anext(PyObject it) {
        if (it instanceof PyGenerator g && g.isAsyncGen()) return new Op(hooks(g), Op.SEND, PyNone.NONE, null);
        PyObject m = it.type().lookup("__anext__");
        if (m == null) return null;
        return Call.callMethod(m, it);
    }

    /** One asend/athrow/aclose operation on an async generator. */
    static final class Op extends PyObject implements AwaitDriver {
        static final int SEND = 0, THROW = 1, CLOSE = 2;
        static final int INIT = 0, RUNNING = 1, DONE = 2;
        final PyGenerator gen;
        final int op;
        final PyObject value;
        final PyException exc;
        int state = INIT;
        /** The continuation when driven by hand. */
        private Continuation cont;
        private PyObject sent, yielded, result;
        private PyException toThrow, error;
        private int suspendBase;

        Op(PyGenerator gen, int op, PyObject value, PyException exc) {
            this.gen = gen;
            this.op = op;
            this.value = value;
            this.exc = exc;
        }

        @Override
        public PyType type() {
            return op == SEND ? ASEND_TYPE : ATHROW_TYPE;
        }

        private String opName() {
            return op == SEND ? "anext()" : op == THROW ? "athrow()" : "aclose()";
        }

        /** Awaited: resumes the generator on the current stack; returns what the await evaluates to. */
        PyObject runInline() {
            if (state != INIT) throw reused();
            state = RUNNING;
            try {
                return step();
            } finally {
                state = DONE;
            }
        }

        private PyObject step() {
            PyGenerator g = gen;
            if (g.running || g.delegated) throw Errors.runtimeError(opName() + ": asynchronous generator is already running");
            if (op == SEND) {
                if (g.closed && !g.started()) throw stopAsync();
                PyObject r;
                try {
                    r = g.resume(value, null);
                } catch (PyException e) {
                    throw e;
                }
                if (r == null) throw stopAsync();
                return r;
            }
            if (op == THROW) {
                if (g.finished) throw exc;
                PyObject r = g.resume(PyNone.NONE, exc);
                if (r == null) throw stopAsync();
                return r;
            }
            // aclose()
            if (g.finished || !g.started()) {
                g.finished = true;
                g.closed = true;
                return PyNone.NONE;
            }
            g.closed = true;
            PyObject r;
            try {
                r = g.resume(PyNone.NONE, new PyException(new PyBaseException(PyExc.GeneratorExit)));
            } catch (PyException e) {
                if (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopAsyncIteration)) return PyNone.NONE;
                throw e;
            }
            if (r != null) throw Errors.runtimeError("async generator ignored GeneratorExit");
            return PyNone.NONE;
        }

        private PyException reused() {
            return Errors.runtimeError(op == SEND ? "cannot reuse already awaited __anext__()/asend()"
                    : "cannot reuse already awaited aclose()/athrow()");
        }

        private static PyException stopAsync() {
            return new PyException(new PyBaseException(PyExc.StopAsyncIteration));
        }

        /** send()/throw() by hand: the generator's awaits hand their futures out of this call. */
        PyObject sendByHand(PyObject v, PyException thrown) {
            if (state == DONE) throw reused();
            if (cont == null) {
                if (thrown != null) {
                    state = DONE;
                    throw thrown;
                }
                state = RUNNING;
                cont = new Continuation(PyGenerator.CORO_SCOPE, this::body);
            }
            sent = v;
            toThrow = thrown;
            ThreadState ts = ThreadState.current();
            Frame savedFrame = ts.frame;
            var savedHandled = ts.handled;
            int savedDepth = ts.depth;
            suspendBase = savedDepth;
            AwaitDriver savedDriver = ts.awaitDriver;
            ts.awaitDriver = this;
            try {
                cont.run();
            } finally {
                ts.frame = savedFrame;
                ts.handled = savedHandled;
                ts.depth = savedDepth;
                ts.awaitDriver = savedDriver;
            }
            if (cont.isDone()) {
                state = DONE;
                if (error != null) throw error;
                throw Errors.stopIteration(result == PyNone.NONE ? null : result);
            }
            PyObject y = yielded;
            yielded = null;
            return y;
        }

        private void body() {
            try {
                result = step();
            } catch (PyException e) {
                error = e;
            }
        }

        @Override
        public PyObject suspend(PyObject y) {
            yielded = y;
            PyGenerator.yieldByHand(this, () -> suspendBase);
            PyException t = toThrow;
            if (t != null) {
                toThrow = null;
                throw t;
            }
            PyObject s = sent;
            sent = null;
            return s == null ? PyNone.NONE : s;
        }

        @Override
        public long hash() {
            return identityHash();
        }
    }
}
