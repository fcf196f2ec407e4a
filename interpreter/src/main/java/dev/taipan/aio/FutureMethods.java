package dev.taipan.aio;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyContext;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyGenericAlias;
import dev.taipan.runtime.PyGetSet;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;

/** The Python-visible methods and attributes of asyncio.Future and asyncio.Task. */
final class FutureMethods {
    private FutureMethods() {}

    private static boolean installed;

    private static PyFuture f(PyObject o) {
        return (PyFuture) o;
    }

    private static PyTask t(PyObject o) {
        return (PyTask) o;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static String msgArg(PyObject m) {
        return m == null || m == PyNone.NONE ? null : m.str();
    }

    static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType ft = PyFuture.TYPE;
        ft.module = "_asyncio";
        ft.instancesHaveDict = true;
        ft.method("__init__", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("Future", args, kw, new String[] {"loop"}, 0, 0, 0);
            PyFuture fu = f(self);
            fu.loop = loopOrCurrent(a[0]);
            fu.captureSource();
            return PyNone.NONE;
        });
        ft.method0("result", self -> f(self).result());
        ft.method0("exception", self -> f(self).exception());
        ft.method1("set_result", (self, v) -> {
            if (self instanceof PyTask) throw Errors.runtimeError("Task does not support set_result operation");
            f(self).setResult(v);
            return PyNone.NONE;
        });
        ft.method1("set_exception", (self, v) -> {
            if (self instanceof PyTask) throw Errors.runtimeError("Task does not support set_exception operation");
            f(self).setException(v);
            return PyNone.NONE;
        });
        ft.method("cancel", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("cancel", args, kw, new String[] {"msg"}, 0, 1, 0);
            return PyBool.of(f(self).cancel(msgArg(a[0])));
        });
        ft.method0("cancelled", self -> PyBool.of(f(self).state == PyFuture.CANCELLED));
        ft.method0("done", self -> PyBool.of(f(self).state != PyFuture.PENDING));
        ft.method("add_done_callback", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("add_done_callback", args, kw, new String[] {"fn", "context"}, 1, 1, 1);
            PyObject ctx = a[1];
            if (ctx != null && ctx != PyNone.NONE && !(ctx instanceof PyContext)) {
                throw Errors.typeError("context must be a contextvars.Context, not " + ctx.type().name);
            }
            f(self).addDoneCallback(a[0], ctx == null || ctx == PyNone.NONE ? null : (PyContext) ctx);
            return PyNone.NONE;
        });
        ft.method1("remove_done_callback", (self, fn) -> PyInt.of(f(self).removeDoneCallback(fn)));
        ft.method0("get_loop", self -> f(self).loop);
        ft.method0("__await__", FutureIter::new);
        ft.method0("__iter__", FutureIter::new);
        ft.method0("_make_cancelled_error", self -> f(self).makeCancelledError());
        ft.method0("__repr__", self -> PyStr.of(self.repr()));
        ft.define("__class_getitem__", new dev.taipan.runtime.PyClassMethod(
                new dev.taipan.runtime.PyBuiltin.Function("__class_getitem__", "_asyncio",
                        (args, kw) -> new PyGenericAlias(args[0], args[1]))));
        getset(ft, "_asyncio_future_blocking", self -> PyBool.of(f(self).blocking), (self, v) -> f(self).blocking = v.isTrue());
        getset(ft, "_log_traceback", self -> PyBool.of(f(self).logTraceback), (self, v) -> {
            if (v.isTrue()) throw Errors.valueError("_log_traceback can only be set to False");
            f(self).markRetrieved();
        });
        ft.getset("_state", self -> PyStr.of(PyFuture.STATE_NAMES[f(self).state]));
        ft.getset("_result", self -> orNone(f(self).result));
        ft.getset("_exception", self -> orNone(f(self).exception));
        ft.getset("_loop", self -> orNone(f(self).loop));
        ft.getset("_source_traceback", self -> orNone(f(self).sourceTraceback));
        ft.getset("_asyncio_awaited_by", self -> {
            java.util.List<PyFuture> by = f(self).awaitedBy();
            if (by.isEmpty()) return PyNone.NONE;
            dev.taipan.runtime.PySet set = dev.taipan.runtime.PySet.newFrozen();
            for (PyFuture w : by) set.add(w);
            return set;
        });
        getset(ft, "_cancel_message", self -> f(self).cancelMessage == null ? PyNone.NONE : PyStr.of(f(self).cancelMessage),
                (self, v) -> f(self).cancelMessage = msgArg(v));
        ft.getset("_callbacks", self -> {
            PyFuture fu = f(self);
            PyList l = new PyList();
            for (int i = 0; i < fu.callbackCount(); i++) l.append(PyTuple.of(fu.callbackAt(i), fu.contextAt(i)));
            return l;
        });

        PyType tt = PyTask.TYPE;
        tt.module = "_asyncio";
        tt.method("__init__", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("Task", args, kw, new String[] {"coro", "loop", "name", "context", "eager_start"}, 1, 1, 1);
            t(self).init(a[0], loopOrCurrent(a[1]), a[2], a[3], a[4] != null && a[4].isTrue());
            return PyNone.NONE;
        });
        tt.method("cancel", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("cancel", args, kw, new String[] {"msg"}, 0, 1, 0);
            return PyBool.of(t(self).cancel(msgArg(a[0])));
        });
        tt.method0("cancelling", self -> PyInt.of(t(self).numCancelsRequested));
        tt.method0("uncancel", self -> PyInt.of(t(self).uncancel()));
        tt.method0("get_coro", self -> orNone(t(self).coro));
        tt.method0("get_context", self -> t(self).context);
        tt.method0("get_name", self -> t(self).name());
        tt.method1("set_name", (self, v) -> {
            t(self).setName(PyStr.of(v.str()));
            return PyNone.NONE;
        });
        tt.method("get_stack", (self, args, kw) -> hookCall("task_get_stack", self, args, kw));
        tt.method("print_stack", (self, args, kw) -> hookCall("task_print_stack", self, args, kw));
        tt.method0("__repr__", self -> PyStr.of(self.repr()));
        tt.getset("_coro", self -> orNone(t(self).coro));
        tt.getset("_fut_waiter", self -> orNone(t(self).futWaiter));
        tt.getset("_must_cancel", self -> PyBool.of(t(self).mustCancel));
        tt.getset("_context", self -> t(self).context);
        tt.getset("_num_cancels_requested", self -> PyInt.of(t(self).numCancelsRequested));
        getset(tt, "_log_destroy_pending", self -> PyBool.of(t(self).logDestroyPending), (self, v) -> t(self).logDestroyPending = v.isTrue());
        tt.getset("_name", self -> t(self).name());
    }

    private static void getset(PyType t, String name, java.util.function.Function<PyObject, PyObject> g,
                               java.util.function.BiConsumer<PyObject, PyObject> s) {
        t.define(name, new PyGetSet(t, name, g, s));
    }

    private static PyObject hookCall(String hook, PyObject self, PyObject[] args, String[] kw) {
        PyObject h = AioState.current().hook(hook);
        if (h == null) throw Errors.runtimeError(hook + " is unavailable before asyncio is imported");
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return h.call(all, kw);
    }

    static EventLoop loopOrCurrent(PyObject loop) {
        if (loop == null || loop == PyNone.NONE) {
            return Loops.taipanLoop(Loops.getEventLoop(ThreadState.current()));
        }
        return Loops.taipanLoop(loop);
    }

    /** Future.__await__() driven by hand: yields the future while it is pending, then stops with its result. */
    static final class FutureIter extends PyObject {
        static final PyType TYPE = new PyType("FutureIter", PyType.OBJECT, true, null).markFinal();

        static {
            TYPE.module = "_asyncio";
            TYPE.method0("__iter__", self -> self);
            TYPE.method0("__next__", self -> ((FutureIter) self).advance());
            TYPE.method1("send", (self, v) -> ((FutureIter) self).advance());
            TYPE.method("throw", (self, args, kw) -> {
                throw new PyException(dev.taipan.eval.Awaits.exceptionFrom(args));
            });
            TYPE.method0("close", self -> PyNone.NONE);
        }

        final PyFuture fut;
        private boolean yielded;

        FutureIter(PyObject fut) {
            this.fut = (PyFuture) fut;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject advance() {
            if (!fut.isDone() && !yielded) {
                yielded = true;
                fut.blocking = true;
                return fut;
            }
            if (!fut.isDone()) throw Errors.runtimeError("await wasn't used with future");
            PyObject r = fut.result();
            throw Errors.stopIteration(r == PyNone.NONE ? null : r);
        }
    }
}
