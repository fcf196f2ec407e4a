package dev.taipan.aio;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyContext;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyGetSet;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;

/** The Python-visible methods of the loop core (_asyncio._BaseLoop); asyncio.base_events subclasses it. */
final class LoopMethods {
    private LoopMethods() {}

    private static boolean installed;

    private static EventLoop l(PyObject o) {
        return (EventLoop) o;
    }

    static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType t = EventLoop.TYPE;
        t.module = "_asyncio";
        t.instancesHaveDict = true;
        t.method("call_soon", (self, args, kw) -> schedule(l(self), "call_soon", args, kw, 0, false, false));
        t.method("call_soon_threadsafe", (self, args, kw) -> schedule(l(self), "call_soon_threadsafe", args, kw, 0, false, true));
        t.method("call_later", (self, args, kw) -> schedule(l(self), "call_later", args, kw, 1, true, false));
        t.method("call_at", (self, args, kw) -> schedule(l(self), "call_at", args, kw, 1, false, false));
        t.method0("time", self -> PyFloat.of(l(self).time()));
        t.method0("run_forever", self -> {
            l(self).runForever();
            return PyNone.NONE;
        });
        t.method0("_run_once", self -> {
            l(self).runOnce();
            return PyNone.NONE;
        });
        t.method0("stop", self -> {
            l(self).stop();
            return PyNone.NONE;
        });
        t.method0("close", self -> {
            l(self).close();
            return PyNone.NONE;
        });
        t.method0("is_running", self -> PyBool.of(l(self).isRunning()));
        t.method0("is_closed", self -> PyBool.of(l(self).closed));
        t.method0("_check_closed", self -> {
            l(self).checkClosed();
            return PyNone.NONE;
        });
        IoWatches.install(t);
        t.method0("create_future", self -> new PyFuture(l(self)));
        t.method("create_task", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("create_task", args, kw, new String[] {"coro", "name", "context", "eager_start"}, 1, 1, 1);
            return l(self).createTask(a[0], a[1], a[2], a[3] != null && a[3].isTrue());
        });
        t.method0("get_debug", self -> PyBool.of(l(self).debug));
        t.method1("set_debug", (self, v) -> {
            l(self).setDebug(v.isTrue());
            return PyNone.NONE;
        });
        t.method0("get_task_factory", self -> l(self).taskFactory);
        t.method1("set_task_factory", (self, f) -> {
            if (f != PyNone.NONE && !dev.taipan.runtime.Builtins.callable(f)) throw Errors.typeError("task factory must be a callable or None");
            l(self).taskFactory = f;
            return PyNone.NONE;
        });
        getset(t, "slow_callback_duration", self -> PyFloat.of(l(self).slowCallbackDuration),
                (self, v) -> l(self).slowCallbackDuration = Loops.number(v));
        getset(t, "_exception_handler", self -> l(self).exceptionHandler, (self, v) -> l(self).exceptionHandler = v);
        getset(t, "_debug", self -> PyBool.of(l(self).debug), (self, v) -> l(self).setDebug(v.isTrue()));
        t.getset("_stopping", self -> PyBool.of(l(self).stopping));
        t.getset("_closed", self -> PyBool.of(l(self).closed));
        t.getset("_current_handle", self -> l(self).currentHandle == null ? PyNone.NONE : l(self).currentHandle);
        t.getset("_thread_id", self -> {
            Thread th = l(self).thread;
            return th == null ? PyNone.NONE : dev.taipan.runtime.PyInt.of(th.threadId());
        });
    }

    private static void getset(PyType t, String name, java.util.function.Function<PyObject, PyObject> g,
                               java.util.function.BiConsumer<PyObject, PyObject> s) {
        t.define(name, new PyGetSet(t, name, g, s));
    }

    /** call_soon / call_later / call_at / call_soon_threadsafe: (when/delay,) callback, *args, context=None. */
    private static PyObject schedule(EventLoop loop, String method, PyObject[] args, String[] kw, int lead, boolean relative,
                                     boolean threadsafe) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject ctx = null;
        for (int i = 0; i < nkw; i++) {
            if (kw[i].equals("context")) ctx = args[npos + i];
            else throw Errors.typeError(method + "() got an unexpected keyword argument '" + kw[i] + "'");
        }
        if (npos < lead + 1) {
            String what = lead == 0 ? "'callback'" : (relative ? "'delay'" : "'when'") + " and 'callback'";
            int missing = lead + 1 - npos;
            throw Errors.typeError(method + "() missing " + missing + " required positional argument" + (missing == 1 ? "" : "s")
                    + ": " + (missing == 1 && lead == 1 ? "'callback'" : what));
        }
        double when = 0;
        if (lead == 1) {
            PyObject w = args[0];
            if (w == PyNone.NONE) throw Errors.typeError(relative ? "delay must not be None" : "when cannot be None");
            if (relative && !(w instanceof dev.taipan.runtime.PyInt || w instanceof PyFloat)) {
                // call_later adds the delay to loop.time(): the error is that addition's
                PyObject sum = dev.taipan.runtime.Ops.binary(PyFloat.of(loop.time()), dev.taipan.ast.Operator.ADD, w);
                when = Loops.number(sum);
            } else {
                when = Loops.number(w);
                if (relative) when += loop.time();
            }
        }
        PyObject cb = args[lead];
        PyObject[] cbArgs = new PyObject[npos - lead - 1];
        System.arraycopy(args, lead + 1, cbArgs, 0, cbArgs.length);
        if (ctx != null && ctx != PyNone.NONE && !(ctx instanceof PyContext)) {
            throw Errors.typeError("context must be a contextvars.Context, not " + ctx.type().name);
        }
        PyContext c = ctx == null || ctx == PyNone.NONE ? PyContext.current().copy() : (PyContext) ctx;
        loop.checkClosed();
        if (loop.debug && !threadsafe) loop.checkThread();
        if (loop.debug) {
            String shown = relative ? "call_at" : method;
            if (dev.taipan.eval.Awaits.isCoroutine(cb) || isCoroutineFunction(cb)) {
                throw Errors.typeError("coroutines cannot be used with " + shown + "()");
            }
            if (!dev.taipan.runtime.Builtins.callable(cb)) throw Errors.typeError("a callable object was expected by " + shown + "(), got " + cb.repr());
        }
        if (threadsafe) return loop.callSoonThreadsafe(cb, cbArgs, c);
        if (lead == 1) return loop.callAt(when, cb, cbArgs, c);
        return loop.callSoon(cb, cbArgs, c);
    }

    private static boolean isCoroutineFunction(PyObject cb) {
        return cb instanceof dev.taipan.runtime.PyFunction f && (f.code.flags & dev.taipan.runtime.Code.COROUTINE) != 0;
    }
}
