package dev.taipan.aio;

import dev.taipan.eval.Awaits;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.NativeAwaitable;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyContext;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTraceback;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;

/**
 * asyncio.Future: a result that arrives later. Done callbacks are scheduled with call_soon, in the
 * order they were added; awaiting a pending future suspends the awaiting task (DESIGN.md §4).
 */
public class PyFuture extends PyObject implements NativeAwaitable {
    public static final PyType TYPE = new PyType("Future", PyType.OBJECT, true, PyFuture::new);

    static {
        dev.taipan.runtime.WeakRefs.allow(TYPE);
    }

    static final int PENDING = 0, CANCELLED = 1, FINISHED = 2;
    static final String[] STATE_NAMES = {"PENDING", "CANCELLED", "FINISHED"};

    private final PyType cls;
    private final PyDict dict;
    EventLoop loop;
    int state = PENDING;
    PyObject result;
    PyBaseException exception;
    PyTraceback exceptionTb;
    /**
     * Done callbacks and their contexts, in order: the first in cb0/ctx0 (most futures have one),
     * the rest in more[] as callback, context pairs.
     */
    PyObject cb0;
    PyContext ctx0;
    Object[] more;
    int nmore;
    boolean blocking;
    boolean logTraceback;
    String cancelMessage;
    PyBaseException cancelledExc;
    /** The never-retrieved record while the exception is unretrieved (AioState), else null. */
    AioState.Unretrieved unretrievedRef;
    /** Debug mode: where the future was made (a traceback.StackSummary, outermost frame first), else null. */
    PyObject sourceTraceback;
    /** The tasks and futures awaiting this one (asyncio call graphs): null, one PyFuture, or a LinkedHashSet of them. */
    Object awaitedBy;

    PyFuture(PyType cls) {
        this.cls = cls;
        this.dict = cls.instancesHaveDict && cls != TYPE && cls != PyTask.TYPE ? new PyDict() : null;
    }

    /** A future of loop (loop.create_future()). */
    public PyFuture(EventLoop loop) {
        this(TYPE);
        this.loop = loop;
        captureSource();
    }

    /** In debug mode, records where the future was made (CPython's Future.__init__: traceback.extract_stack()). */
    void captureSource() {
        if (loop.debug) sourceTraceback = loop.state.extractStack(0);
    }

    // ---- call graphs (asyncio.future_add_to_awaited_by) -------------------------------------------

    void addAwaitedBy(PyFuture waiter) {
        Object a = awaitedBy;
        if (a == null) {
            awaitedBy = waiter;
        } else if (a instanceof PyFuture f) {
            if (f == waiter) return;
            java.util.LinkedHashSet<PyFuture> set = new java.util.LinkedHashSet<>();
            set.add(f);
            set.add(waiter);
            awaitedBy = set;
        } else {
            @SuppressWarnings("unchecked")
            java.util.LinkedHashSet<PyFuture> set = (java.util.LinkedHashSet<PyFuture>) a;
            set.add(waiter);
        }
    }

    void discardAwaitedBy(PyFuture waiter) {
        Object a = awaitedBy;
        if (a == waiter) {
            awaitedBy = null;
        } else if (a instanceof java.util.LinkedHashSet<?> set) {
            set.remove(waiter);
            if (set.isEmpty()) awaitedBy = null;
        }
    }

    /** The futures awaiting this one, in the order they began to. */
    public java.util.List<PyFuture> awaitedBy() {
        Object a = awaitedBy;
        if (a == null) return java.util.List.of();
        if (a instanceof PyFuture f) return java.util.List.of(f);
        @SuppressWarnings("unchecked")
        java.util.LinkedHashSet<PyFuture> set = (java.util.LinkedHashSet<PyFuture>) a;
        return new java.util.ArrayList<>(set);
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** The exception was retrieved (or the report is no longer wanted): nothing to log when this future goes away. */
    void markRetrieved() {
        logTraceback = false;
        if (unretrievedRef != null) {
            unretrievedRef.retrieved = true;
            unretrievedRef = null;
        }
    }

    /** A copy of this finished future for the "exception was never retrieved" report once it is gone. */
    PyFuture snapshot() {
        PyFuture g = new PyFuture(cls);
        copyInto(g);
        return g;
    }

    void copyInto(PyFuture g) {
        g.loop = loop;
        g.state = state;
        g.result = result;
        g.exception = exception;
        g.exceptionTb = exceptionTb;
        g.cancelMessage = cancelMessage;
        g.sourceTraceback = sourceTraceback;
    }

    public boolean isDone() {
        return state != PENDING;
    }

    // ---- the Future API ------------------------------------------------------------------------

    public PyObject result() {
        if (state == CANCELLED) throw new PyException(makeCancelledError());
        if (state != FINISHED) throw AioTypes.invalidState("Result is not set.");
        markRetrieved();
        if (exception != null) {
            exception.traceback = exceptionTb;
            throw new PyException(exception);
        }
        return result;
    }

    public PyObject exception() {
        if (state == CANCELLED) throw new PyException(makeCancelledError());
        if (state != FINISHED) throw AioTypes.invalidState("Exception is not set.");
        markRetrieved();
        return exception == null ? PyNone.NONE : exception;
    }

    public void setResult(PyObject value) {
        if (state != PENDING) throw AioTypes.invalidState("invalid state");
        result = value;
        state = FINISHED;
        scheduleCallbacks();
    }

    public void setException(PyObject exc) {
        if (state != PENDING) throw AioTypes.invalidState("invalid state");
        if (exc instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) exc = t.call();
        if (!(exc instanceof PyBaseException e)) throw Errors.typeError("invalid exception object");
        if (e.isInstance(PyExc.StopIteration)) {
            PyBaseException re = new PyBaseException(PyExc.RuntimeError,
                    dev.taipan.runtime.PyStr.of("StopIteration interacts badly with generators and cannot be raised into a Future"));
            re.cause = e;
            re.context = e;
            re.suppressContext = true;
            e = re;
        }
        exception = e;
        exceptionTb = e.traceback;
        state = FINISHED;
        scheduleCallbacks();
        logTraceback = true;
        loop.state.track(this);
    }

    public boolean cancel(String msg) {
        markRetrieved();
        if (state != PENDING) return false;
        state = CANCELLED;
        cancelMessage = msg;
        scheduleCallbacks();
        return true;
    }

    /** The CancelledError that result()/exception() raise: made once, carrying cancel()'s message. */
    public PyBaseException makeCancelledError() {
        if (cancelledExc != null) {
            PyBaseException e = cancelledExc;
            cancelledExc = null;
            return e;
        }
        return AioTypes.cancelled(cancelMessage);
    }

    public void addDoneCallback(PyObject fn, PyContext ctx) {
        PyContext c = ctx == null ? PyContext.current().copy() : ctx;
        if (state != PENDING) {
            loop.callSoon(fn, new PyObject[] {this}, c);
            return;
        }
        if (cb0 == null && nmore == 0) {
            cb0 = fn;
            ctx0 = c;
            return;
        }
        if (more == null) {
            more = new Object[4];
        } else if (2 * nmore == more.length) {
            more = java.util.Arrays.copyOf(more, more.length * 2);
        }
        more[2 * nmore] = fn;
        more[2 * nmore + 1] = c;
        nmore++;
    }

    /** The number of done callbacks registered. */
    int callbackCount() {
        return (cb0 != null ? 1 : 0) + nmore;
    }

    /** The i-th done callback (0 <= i < callbackCount()) and its context. */
    PyObject callbackAt(int i) {
        if (cb0 != null) {
            if (i == 0) return cb0;
            i--;
        }
        return (PyObject) more[2 * i];
    }

    PyContext contextAt(int i) {
        if (cb0 != null) {
            if (i == 0) return ctx0;
            i--;
        }
        return (PyContext) more[2 * i + 1];
    }

    public int removeDoneCallback(PyObject fn) {
        int n = callbackCount();
        PyObject[] keptCb = new PyObject[n];
        PyContext[] keptCtx = new PyContext[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            PyObject cb = callbackAt(i);
            if (cb == fn || dev.taipan.runtime.Ops.eq(cb, fn)) continue;
            keptCb[kept] = cb;
            keptCtx[kept] = contextAt(i);
            kept++;
        }
        cb0 = null;
        ctx0 = null;
        more = null;
        nmore = 0;
        for (int i = 0; i < kept; i++) addDoneCallback(keptCb[i], keptCtx[i]);
        return n - kept;
    }

    private void scheduleCallbacks() {
        PyObject c0 = cb0;
        PyContext x0 = ctx0;
        Object[] m = more;
        int nm = nmore;
        cb0 = null;
        ctx0 = null;
        more = null;
        nmore = 0;
        if (c0 != null) loop.callSoon(c0, new PyObject[] {this}, x0);
        for (int i = 0; i < nm; i++) loop.callSoon((PyObject) m[2 * i], new PyObject[] {this}, (PyContext) m[2 * i + 1]);
    }

    // ---- await -----------------------------------------------------------------------------------

    @Override
    public PyObject awaitNative(ThreadState ts) {
        if (state == PENDING) {
            blocking = true;
            Awaits.suspend(this);
            if (state == PENDING) throw Errors.runtimeError("await wasn't used with future");
        }
        return result();
    }

    @Override
    public String repr() {
        return loop != null ? loop.state.futureRepr(this) : "<" + cls.name + " " + STATE_NAMES[state].toLowerCase() + ">";
    }

    /** Futures are hashed constantly (sets of tasks); a creation sequence number avoids the id() table. */
    private static final java.util.concurrent.atomic.AtomicLong HASHES = new java.util.concurrent.atomic.AtomicLong(0x7f3a1c00000L);
    private final long hashValue = HASHES.getAndIncrement();

    @Override
    public long hash() {
        return hashValue;
    }
}
