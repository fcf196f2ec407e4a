package dev.taipan.aio;

import dev.taipan.eval.Awaits;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Ids;
import dev.taipan.runtime.NativeAwaitable;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;

/**
 * asyncio.sleep(delay, result): a native coroutine, so a sleeping task holds no Python frame for
 * it (DESIGN.md §4: keep the frames of a suspended task few). Awaited, it suspends on a future
 * that a timer completes; a zero delay yields to the loop once. It can also be driven by hand
 * (send/throw/close), like the coroutine it stands for.
 */
public final class Sleep extends PyObject implements NativeAwaitable {
    public static final PyType TYPE = new PyType("coroutine", PyType.OBJECT, true, null).markFinal();

    static {
        TYPE.module = "builtins";
        dev.taipan.runtime.WeakRefs.allow(TYPE);
        TYPE.getset("__name__", self -> dev.taipan.runtime.PyStr.of("sleep"));
        TYPE.getset("__qualname__", self -> dev.taipan.runtime.PyStr.of("sleep"));
        TYPE.method0("__await__", self -> self);
        TYPE.method0("__iter__", self -> self);
        TYPE.method0("__next__", self -> ((Sleep) self).sendByHand(null));
        TYPE.method1("send", (self, v) -> ((Sleep) self).sendByHand(null));
        TYPE.method("throw", (self, args, kw) -> {
            PyBaseException e = Awaits.exceptionFrom(args);
            ((Sleep) self).finish();
            throw new PyException(e);
        });
        TYPE.method0("close", self -> {
            ((Sleep) self).finish();
            return PyNone.NONE;
        });
    }

    /** The delay as given: like the coroutine it stands for, it is checked only when awaited. */
    final PyObject delayArg;
    final PyObject result;
    private int step;
    private PyFuture future;
    private Handle timer;

    public Sleep(PyObject delay, PyObject result) {
        this.delayArg = delay;
        this.result = result;
    }

    private double delay() {
        double d = Loops.number(delayArg);
        if (Double.isNaN(d)) throw Errors.valueError("Invalid delay: NaN (not a number)");
        return d;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject awaitNative(ThreadState ts) {
        if (step != 0) throw Errors.runtimeError("cannot reuse already awaited coroutine");
        step = 2;
        double delay = delay();
        if (delay <= 0) {
            Awaits.suspend(PyNone.NONE);
            return result;
        }
        EventLoop loop = Loops.running(ts);
        PyFuture f = new PyFuture(loop);
        Handle h = loop.callAt(loop.time() + delay, SetResultUnlessCancelled.INSTANCE, new PyObject[] {f, result}, null);
        try {
            f.blocking = true;
            Awaits.driver().suspend(f);
            if (f.state == PyFuture.PENDING) throw Errors.runtimeError("await wasn't used with future");
            return f.result();
        } finally {
            h.cancel();
        }
    }

    private PyObject sendByHand(PyObject ignored) {
        if (step == 0) {
            step = 1;
            double delay = delay();
            if (delay <= 0) return PyNone.NONE;
            EventLoop loop = Loops.running(ThreadState.current());
            future = new PyFuture(loop);
            timer = loop.callAt(loop.time() + delay, SetResultUnlessCancelled.INSTANCE, new PyObject[] {future, result}, null);
            future.blocking = true;
            return future;
        }
        if (step == 1) {
            step = 2;
            if (future == null) throw Errors.stopIteration(result == PyNone.NONE ? null : result);
            timer.cancel();
            if (!future.isDone()) throw Errors.runtimeError("await wasn't used with future");
            PyObject r = future.result();
            throw Errors.stopIteration(r == PyNone.NONE ? null : r);
        }
        throw Errors.runtimeError("cannot reuse already awaited coroutine");
    }

    private void finish() {
        step = 2;
        if (timer != null) timer.cancel();
    }

    @Override
    public String repr() {
        return "<coroutine object sleep at " + Ids.hexId(this) + ">";
    }

    @Override
    public long hash() {
        return identityHash();
    }

    /** futures._set_result_unless_cancelled(fut, result), as a native callback. */
    static final class SetResultUnlessCancelled extends PyObject {
        static final SetResultUnlessCancelled INSTANCE = new SetResultUnlessCancelled();

        @Override
        public PyType type() {
            return PyTask.Wakeup.TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyFuture f = (PyFuture) args[0];
            if (f.state == PyFuture.PENDING) f.setResult(args[1]);
            return PyNone.NONE;
        }

        @Override
        public PyObject lookupAttr(String n) {
            return switch (n) {
                case "__qualname__", "__name__" -> dev.taipan.runtime.PyStr.of("_set_result_unless_cancelled");
                default -> super.lookupAttr(n);
            };
        }
    }
}
