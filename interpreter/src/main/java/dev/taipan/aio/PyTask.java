package dev.taipan.aio;

import dev.taipan.eval.Awaits;
import dev.taipan.runtime.AwaitDriver;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyContext;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * asyncio.Task: runs a coroutine on a continuation of its own (scope TASK). Awaiting a coroutine
 * runs it inline on that continuation; awaiting a pending Future is the one place the task
 * suspends (DESIGN.md §4). Stepping follows CPython's Task.__step exactly, so callbacks run in
 * the same order.
 */
public final class PyTask extends PyFuture implements AwaitDriver, Runnable {
    public static final PyType TYPE = new PyType("Task", PyFuture.TYPE, true, PyTask::new);
    static final ContinuationScope TASK_SCOPE = new ContinuationScope("taipan-task");

    PyObject coro;
    PyContext context;
    /** The task's name, or null while it is the default "Task-N" (made on first use, as CPython 3.13 does). */
    private PyObject name;
    private long nameNumber;
    boolean mustCancel;
    PyObject futWaiter;
    int numCancelsRequested;
    boolean logDestroyPending = true;
    /** Membership of the loop's pending-task list (TaskList). */
    boolean listed;
    PyTask prevListed, nextListed;
    final Wakeup wakeup = new Wakeup(this);
    final Step step = new Step(this);

    private Continuation cont;
    private PyException toThrow;
    private PyObject yielded;
    private PyObject coroResult;
    private PyException coroError;
    private Throwable internal;
    /** The stack as it was when the task last suspended, restored when it resumes. */
    private Frame suspFrame;
    private PyBaseException suspHandled;
    private int suspDepth, base;

    PyTask(PyType cls) {
        super(cls);
    }

    /** Task(coro, loop=, name=, context=, eager_start=): validates and schedules the first step. */
    void init(PyObject coro, EventLoop loop, PyObject name, PyObject context, boolean eagerStart) {
        this.loop = loop;
        if (!AioState.isCoroutine(coro)) {
            logDestroyPending = false;
            throw Errors.typeError("a coroutine was expected, got " + coro.repr());
        }
        this.coro = coro;
        Awaits.claim(coro);
        if (name == null || name == PyNone.NONE) this.nameNumber = ++loop.state.taskCounter;
        else this.name = PyStr.of(name.str());
        this.context = context == null || context == PyNone.NONE ? PyContext.current().copy() : (PyContext) context;
        captureSource();
        if (eagerStart && loop.isRunning()) {
            eagerStart();
        } else {
            loop.callSoon(step, NO_ARGS, this.context);
            loop.tasks.add(this);
        }
    }

    static final PyObject[] NO_ARGS = new PyObject[0];

    private void eagerStart() {
        PyObject prev = loop.swapCurrentTask(this);
        loop.eagerTasks.add(this);
        try {
            context.enter();
            try {
                stepRunAndHandleResult(null);
            } finally {
                context.exit();
            }
        } finally {
            loop.eagerTasks.remove(this);
            loop.swapCurrentTask(prev);
            if (!isDone()) loop.tasks.add(this);
        }
    }

    // ---- stepping ------------------------------------------------------------------------------

    /** Task.__step: one resumption of the coroutine, with exc (or null) to throw in. */
    void step(PyException exc) {
        if (isDone()) {
            throw AioTypes.invalidState("_step(): already done: " + repr() + ", " + (exc == null ? "None" : exc.value.repr()));
        }
        if (mustCancel) {
            if (exc == null || !exc.matches(AioTypes.CancelledError)) exc = new PyException(makeCancelledError());
            mustCancel = false;
        }
        futWaiter = null;
        loop.enterTask(this);
        try {
            stepRunAndHandleResult(exc);
        } finally {
            loop.leaveTask(this);
        }
    }

    private void stepRunAndHandleResult(PyException exc) {
        ThreadState ts = ThreadState.current();
        if (cont == null) {
            if (exc != null) {
                // thrown into a coroutine that never started: it finishes with that exception
                markCoroutineStarted();
                coroError = exc;
            } else {
                cont = new Continuation(TASK_SCOPE, this);
            }
        }
        if (cont != null) {
            toThrow = exc;
            Frame savedFrame = ts.frame;
            PyBaseException savedHandled = ts.handled;
            int savedDepth = ts.depth;
            var savedDriver = ts.awaitDriver;
            base = savedDepth;
            ts.awaitDriver = this;
            Frame root = Awaits.frameOf(coro);
            if (root != null && root.back == null) root.back = savedFrame;
            try {
                cont.run();
            } finally {
                // a suspended coroutine's frame has no caller (get_stack(), f_back)
                if (root != null) root.back = null;
                ts.frame = savedFrame;
                ts.handled = savedHandled;
                ts.depth = savedDepth;
                ts.awaitDriver = savedDriver;
            }
            if (internal != null) {
                Throwable t = internal;
                internal = null;
                if (t instanceof RuntimeException re) throw re;
                throw (Error) t;
            }
        }
        if (cont == null || cont.isDone()) {
            cont = null;
            finish();
            return;
        }
        PyObject y = yielded;
        yielded = null;
        handleYield(y);
    }

    private void markCoroutineStarted() {
        try {
            Call.invoke(coro, "close");
        } catch (PyException ignored) {
            // closing a coroutine that never ran cannot fail in a way that matters here
        }
    }

    private void finish() {
        PyException e = coroError;
        coroError = null;
        PyObject r = coroResult;
        coroResult = null;
        loop.tasks.remove(this);
        if (e == null) {
            if (mustCancel) {
                mustCancel = false;
                super.cancel(cancelMessage);
            } else {
                super.setResult(r == null ? PyNone.NONE : r);
            }
            return;
        }
        PyBaseException v = e.value;
        if (v.isInstance(AioTypes.CancelledError)) {
            cancelledExc = v;
            super.cancel(null);
        } else if (v.isInstance(PyExc.KeyboardInterrupt) || v.isInstance(PyExc.SystemExit)) {
            super.setException(v);
            throw e;
        } else {
            super.setException(v);
        }
    }

    private void handleYield(PyObject y) {
        if (y instanceof PyFuture f) {
            if (f.loop != loop) {
                scheduleError("Task " + repr() + " got Future " + f.repr() + " attached to a different loop");
            } else if (f.blocking) {
                if (f == this) {
                    scheduleError("Task cannot await on itself: " + repr());
                } else {
                    f.blocking = false;
                    f.addAwaitedBy(this);
                    f.addDoneCallback(wakeup, context);
                    futWaiter = f;
                    if (mustCancel && cancelWaiter(f, cancelMessage)) mustCancel = false;
                }
            } else {
                scheduleError("yield was used instead of yield from in task " + repr() + " with " + y.repr());
            }
        } else if (y == PyNone.NONE) {
            loop.callSoon(step, NO_ARGS, context);
        } else {
            PyObject blocking = y.lookupAttr("_asyncio_future_blocking");
            if (blocking != null && blocking != PyNone.NONE) {
                handleForeignFuture(y, blocking.isTrue());
            } else if (y.type().name.equals("generator")) {
                scheduleError("yield was used instead of yield from for generator in task " + repr() + " with " + y.repr());
            } else {
                scheduleError("Task got bad yield: " + y.repr());
            }
        }
    }

    /** A future-like object that is not a native Future: the same protocol through its Python methods. */
    private void handleForeignFuture(PyObject f, boolean blocking) {
        PyObject fl = Call.invoke(f, "get_loop");
        if (fl != loop) {
            scheduleError("Task " + repr() + " got Future " + f.repr() + " attached to a different loop");
        } else if (!blocking) {
            scheduleError("yield was used instead of yield from in task " + repr() + " with " + f.repr());
        } else {
            f.setAttr("_asyncio_future_blocking", dev.taipan.runtime.PyBool.FALSE);
            Call.callMethod(f.type().lookup("add_done_callback"), f, new PyObject[] {wakeup, context}, new String[] {"context"});
            futWaiter = f;
            if (mustCancel) {
                PyObject ok = Call.callMethod(f.type().lookup("cancel"), f,
                        new PyObject[] {cancelMessage == null ? PyNone.NONE : PyStr.of(cancelMessage)}, new String[] {"msg"});
                if (ok.isTrue()) mustCancel = false;
            }
        }
    }

    private void scheduleError(String msg) {
        PyBaseException e = new PyBaseException(PyExc.RuntimeError, PyStr.of(msg));
        loop.callSoon(step, new PyObject[] {e}, context);
    }

    /** The body of the task's continuation (Runnable, so no lambda object per task). */
    @Override
    public void run() {
        body();
    }

    private void body() {
        try {
            coroResult = Awaits.runTaskBody(coro);
        } catch (PyException e) {
            coroError = e;
        } catch (StackOverflowError so) {
            coroError = Errors.recursionError();
        } catch (RuntimeException | Error x) {
            internal = x;
        }
    }

    /** The task's await driver: an await that must wait suspends the whole task. */
    @Override
    public PyObject suspend(PyObject y) {
        yielded = y;
        ThreadState ts = ThreadState.current();
        suspFrame = ts.frame;
        suspHandled = ts.handled;
        suspDepth = ts.depth - base;
        Continuation.yield(TASK_SCOPE);
        ts.frame = suspFrame;
        ts.handled = suspHandled;
        ts.depth = base + suspDepth;
        ts.awaitDriver = this;
        suspFrame = null;
        suspHandled = null;
        PyException t = toThrow;
        if (t != null) {
            toThrow = null;
            throw t;
        }
        return PyNone.NONE;
    }

    /** Task.__wakeup(future): steps with the future's exception thrown in, or with nothing. */
    void wakeup(PyObject fut) {
        PyException exc = null;
        if (fut instanceof PyFuture f) {
            f.discardAwaitedBy(this);
            if (f.state == CANCELLED) {
                exc = new PyException(f.makeCancelledError());
            } else if (f.exception != null) {
                f.markRetrieved();
                f.exception.traceback = f.exceptionTb;
                exc = new PyException(f.exception);
            }
        } else {
            try {
                Call.invoke(fut, "result");
            } catch (PyException e) {
                exc = e;
            }
        }
        step(exc);
    }

    // ---- cancellation --------------------------------------------------------------------------

    /** Task.cancel(msg): cancels the awaited future, or arranges for CancelledError at the next step. */
    @Override
    public boolean cancel(String msg) {
        markRetrieved();
        if (isDone()) return false;
        numCancelsRequested++;
        if (futWaiter != null) {
            boolean ok;
            if (futWaiter instanceof PyFuture f && (f.type() == PyFuture.TYPE || f.type() == PyTask.TYPE)) {
                ok = f instanceof PyTask t ? t.cancel(msg) : f.cancel(msg);
            } else {
                ok = Call.callMethod(futWaiter.type().lookup("cancel"), futWaiter,
                        new PyObject[] {msg == null ? PyNone.NONE : PyStr.of(msg)}, new String[] {"msg"}).isTrue();
            }
            if (ok) return true;
        }
        mustCancel = true;
        cancelMessage = msg;
        return true;
    }

    @Override
    PyFuture snapshot() {
        PyTask g = new PyTask(type());
        copyInto(g);
        g.coro = coro;
        g.context = context;
        g.name = name;
        g.nameNumber = nameNumber;
        g.numCancelsRequested = numCancelsRequested;
        return g;
    }

    PyObject name() {
        if (name == null) name = PyStr.of("Task-" + nameNumber);
        return name;
    }

    void setName(PyObject n) {
        name = n;
    }

    /** fut.cancel(msg), through a Python subclass's override when there is one. */
    private static boolean cancelWaiter(PyFuture f, String msg) {
        if (f.type() == PyFuture.TYPE) return f.cancel(msg);
        if (f.type() == PyTask.TYPE) return ((PyTask) f).cancel(msg);
        return Call.callMethod(f.type().lookup("cancel"), f,
                new PyObject[] {msg == null ? PyNone.NONE : PyStr.of(msg)}, new String[] {"msg"}).isTrue();
    }

    int uncancel() {
        if (numCancelsRequested > 0) {
            numCancelsRequested--;
            if (numCancelsRequested == 0) mustCancel = false;
        }
        return numCancelsRequested;
    }

    @Override
    public String repr() {
        return loop.state.taskRepr(this);
    }

    /** The done callback that wakes a task when the future it awaits completes (Task.task_wakeup). */
    static final class Wakeup extends PyObject {
        static final PyType TYPE = new PyType("builtin_function_or_method", PyType.OBJECT, true, null).markFinal();
        final PyTask task;

        Wakeup(PyTask task) {
            this.task = task;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            task.wakeup(args[0]);
            return PyNone.NONE;
        }

        @Override
        public PyObject lookupAttr(String n) {
            return switch (n) {
                case "__qualname__" -> PyStr.of("Task.task_wakeup");
                case "__name__" -> PyStr.of("task_wakeup");
                case "__self__" -> task;
                default -> super.lookupAttr(n);
            };
        }

        @Override
        public String repr() {
            return "<built-in method task_wakeup of _asyncio.Task object at " + dev.taipan.runtime.Ids.hexId(task) + ">";
        }
    }

    /** The scheduled step of a task (Task.task_step), optionally carrying an exception to throw in. */
    static final class Step extends PyObject {
        final PyTask task;

        Step(PyTask task) {
            this.task = task;
        }

        @Override
        public PyType type() {
            return Wakeup.TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            task.step(args.length == 0 ? null : new PyException(Awaits.exceptionFrom(args)));
            return PyNone.NONE;
        }

        @Override
        public PyObject lookupAttr(String n) {
            return switch (n) {
                case "__qualname__" -> PyStr.of("Task.task_step");
                case "__name__" -> PyStr.of("task_step");
                case "__self__" -> task;
                default -> super.lookupAttr(n);
            };
        }

        @Override
        public String repr() {
            return "<built-in method task_step of _asyncio.Task object at " + dev.taipan.runtime.Ids.hexId(task) + ">";
        }
    }
}
