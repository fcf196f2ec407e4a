package dev.taipan.aio;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PySet;
import dev.taipan.runtime.ThreadState;

/** The module-level functions of _asyncio: the running loop, the current task, all tasks, sleep. */
public final class Loops {
    private Loops() {}

    static EventLoop running(ThreadState ts) {
        if (ts.runningLoop instanceof EventLoop l) return l;
        throw Errors.runtimeError("no running event loop");
    }

    /** asyncio.get_event_loop() as of 3.14: the running loop, else the one set for this thread, else RuntimeError. */
    static PyObject getEventLoop(ThreadState ts) {
        if (ts.runningLoop != null) return ts.runningLoop;
        PyObject l = AioState.of(ts.interp).eventLoops.get(Thread.currentThread());
        if (l != null && l != PyNone.NONE) return l;
        throw Errors.runtimeError("There is no current event loop in thread '" + Thread.currentThread().getName() + "'.");
    }

    private static EventLoop loopArg(PyObject loop, ThreadState ts) {
        if (loop == null || loop == PyNone.NONE) return running(ts);
        return taipanLoop(loop);
    }

    /**
     * loop as Taipan's loop core. CPython's C Future calls loop.get_debug() first, so an object
     * without it fails with that AttributeError; a loop of another implementation is refused.
     */
    static EventLoop taipanLoop(PyObject loop) {
        if (loop instanceof EventLoop l) return l;
        if (loop.lookupAttr("get_debug") == null) throw Errors.noAttribute(loop, "get_debug");
        throw Errors.typeError("Taipan's asyncio needs a Taipan event loop, got " + loop.type().name);
    }

    public static void install(PyModule m) {
        m.put("Future", PyFuture.TYPE);
        m.put("Task", PyTask.TYPE);
        m.put("Handle", Handle.TYPE);
        m.put("TimerHandle", Handle.TIMER_TYPE);
        m.put("_BaseLoop", EventLoop.TYPE);
        m.put("CancelledError", AioTypes.CancelledError);
        m.put("InvalidStateError", AioTypes.InvalidStateError);
        FutureMethods.install();
        LoopMethods.install();
        m.function("get_running_loop", (args, kw) -> {
            ArgParser.count("get_running_loop", args, kw, 0, 0);
            return running(ThreadState.current());
        });
        m.function("_get_running_loop", (args, kw) -> {
            PyObject l = ThreadState.current().runningLoop;
            return l == null ? PyNone.NONE : l;
        });
        m.function("_set_running_loop", (args, kw) -> {
            ArgParser.count("_set_running_loop", args, kw, 1, 1);
            ThreadState.current().runningLoop = args[0] == PyNone.NONE ? null : args[0];
            return PyNone.NONE;
        });
        m.function("get_event_loop", (args, kw) -> {
            ArgParser.count("get_event_loop", args, kw, 0, 0);
            return getEventLoop(ThreadState.current());
        });
        m.function("_get_event_loop_set", (args, kw) -> {
            PyObject l = AioState.current().eventLoops.get(Thread.currentThread());
            return l == null ? PyNone.NONE : l;
        });
        m.function("set_event_loop", (args, kw) -> {
            ArgParser.count("set_event_loop", args, kw, 1, 1);
            if (args[0] != PyNone.NONE && !(args[0] instanceof EventLoop)) {
                throw Errors.typeError("loop must be an instance of AbstractEventLoop or None, not '" + args[0].type().name + "'");
            }
            AioState.current().eventLoops.put(Thread.currentThread(), args[0]);
            return PyNone.NONE;
        });
        m.function("current_task", (args, kw) -> {
            PyObject[] a = ArgParser.parse("current_task", args, kw, new String[] {"loop"}, 0, 1, 0);
            ThreadState ts = ThreadState.current();
            EventLoop l = loopArg(a[0], ts);
            return l.currentTask == null ? PyNone.NONE : l.currentTask;
        });
        m.function("all_tasks", (args, kw) -> {
            PyObject[] a = ArgParser.parse("all_tasks", args, kw, new String[] {"loop"}, 0, 1, 0);
            EventLoop l = loopArg(a[0], ThreadState.current());
            PySet s = PySet.newSet();
            for (PyTask t : l.tasks.snapshot()) if (!t.isDone()) s.add(t);
            for (PyTask t : l.eagerTasks) if (!t.isDone()) s.add(t);
            return s;
        });
        m.function("_register_task", (args, kw) -> {
            if (args[0] instanceof PyTask t && !t.isDone()) t.loop.tasks.add(t);
            return PyNone.NONE;
        });
        m.function("_unregister_task", (args, kw) -> {
            if (args[0] instanceof PyTask t) t.loop.tasks.remove(t);
            return PyNone.NONE;
        });
        m.function("_enter_task", (args, kw) -> {
            ArgParser.count("_enter_task", args, kw, 2, 2);
            AioState.current().enterTask(args[0], args[1]);
            return PyNone.NONE;
        });
        m.function("_leave_task", (args, kw) -> {
            ArgParser.count("_leave_task", args, kw, 2, 2);
            AioState.current().leaveTask(args[0], args[1]);
            return PyNone.NONE;
        });
        m.function("_swap_current_task", (args, kw) -> {
            ArgParser.count("_swap_current_task", args, kw, 2, 2);
            return AioState.current().swapCurrentTask(args[0], args[1]);
        });
        m.function("sleep", (args, kw) -> {
            PyObject[] a = ArgParser.parse("sleep", args, kw, new String[] {"delay", "result"}, 1, 2, 0);
            return new Sleep(a[0], a[1] == null ? PyNone.NONE : a[1]);
        });
        m.function("_is_coroutine", (args, kw) -> dev.taipan.runtime.PyBool.of(
                dev.taipan.eval.Awaits.isNativeCoroutine(args[0]) || args[0] instanceof Sleep));
        m.function("_set_hooks", (args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos != 0) throw Errors.typeError("_set_hooks() takes keyword arguments only");
            AioState st = AioState.current();
            for (int i = 0; i < kw.length; i++) st.hooks.put(kw[i], args[i]);
            return PyNone.NONE;
        });
        m.function("_report_never_awaited", (args, kw) -> {
            dev.taipan.eval.NeverAwaited.reportCollected(true);
            return PyNone.NONE;
        });
        m.function("future_add_to_awaited_by", (args, kw) -> {
            ArgParser.count("future_add_to_awaited_by", args, kw, 2, 2);
            if (args[0] instanceof PyFuture f && args[1] instanceof PyFuture w) f.addAwaitedBy(w);
            return PyNone.NONE;
        });
        m.function("future_discard_from_awaited_by", (args, kw) -> {
            ArgParser.count("future_discard_from_awaited_by", args, kw, 2, 2);
            if (args[0] instanceof PyFuture f && args[1] instanceof PyFuture w) f.discardAwaitedBy(w);
            return PyNone.NONE;
        });
        m.function("_mark_iterable_coroutine", (args, kw) ->
                dev.taipan.runtime.PyBool.of(dev.taipan.eval.Awaits.markIterableCoroutine(args[0])));
    }

    static double number(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        PyObject f = o.type().lookup("__float__");
        if (f == null) {
            throw Errors.typeError("'<=' not supported between instances of '" + o.type().name + "' and 'int'");
        }
        return ((PyFloat) dev.taipan.runtime.Call.callMethod(f, o)).value;
    }
}
