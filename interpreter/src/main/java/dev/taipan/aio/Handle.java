package dev.taipan.aio;

import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyContext;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.CompareOp;
import dev.taipan.runtime.Ops;

/** A callback scheduled on an event loop (asyncio.Handle), and its timed form (asyncio.TimerHandle). */
public class Handle extends PyObject {
    public static final PyType TYPE = new PyType("Handle", PyType.OBJECT, true, null);
    public static final PyType TIMER_TYPE = new PyType("TimerHandle", TYPE, true, null);

    static {
        TYPE.module = "asyncio.events";
        TIMER_TYPE.module = "asyncio.events";
        TYPE.pythonClassInCPython = true;
        TIMER_TYPE.pythonClassInCPython = true;
        dev.taipan.runtime.WeakRefs.allow(TYPE);
        TYPE.method0("cancel", self -> {
            ((Handle) self).cancel();
            return PyNone.NONE;
        });
        TYPE.method0("cancelled", self -> PyBool.of(((Handle) self).cancelled));
        TYPE.method0("get_context", self -> {
            PyContext c = ((Handle) self).context;
            return c == null ? PyNone.NONE : c;
        });
        TYPE.method0("_run", self -> {
            ((Handle) self).run();
            return PyNone.NONE;
        });
        TYPE.method0("__repr__", self -> PyStr.of(((Handle) self).repr()));
        TYPE.getset("_callback", self -> orNone(((Handle) self).callback));
        TYPE.getset("_args", self -> PyTuple.wrap(((Handle) self).args));
        TYPE.getset("_cancelled", self -> PyBool.of(((Handle) self).cancelled));
        TYPE.getset("_loop", self -> ((Handle) self).loop);
        TYPE.getset("_context", self -> orNone(((Handle) self).context));
        TYPE.getset("_source_traceback", self -> orNone(((Handle) self).sourceTraceback));
        TIMER_TYPE.method0("when", self -> PyFloat.of(((Handle) self).when));
        TIMER_TYPE.getset("_when", self -> PyFloat.of(((Handle) self).when));
        TIMER_TYPE.getset("_scheduled", self -> PyBool.of(((Handle) self).scheduled));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    PyObject callback;
    PyObject[] args;
    final EventLoop loop;
    final PyContext context;
    boolean cancelled;
    /** Debug mode: where the handle was made (a traceback.StackSummary), else null. */
    PyObject sourceTraceback;
    /** TimerHandle only: the loop time it is due, its tie-breaking sequence, and whether it is in the heap. */
    final double when;
    final long seq;
    boolean scheduled;
    final boolean timer;

    Handle(PyObject callback, PyObject[] args, EventLoop loop, PyContext context) {
        this.callback = callback;
        this.args = args;
        this.loop = loop;
        this.context = context;
        this.when = 0;
        this.seq = 0;
        this.timer = false;
    }

    Handle(double when, long seq, PyObject callback, PyObject[] args, EventLoop loop, PyContext context) {
        this.callback = callback;
        this.args = args;
        this.loop = loop;
        this.context = context;
        this.when = when;
        this.seq = seq;
        this.timer = true;
    }

    @Override
    public PyType type() {
        return timer ? TIMER_TYPE : TYPE;
    }

    public void cancel() {
        if (cancelled) return;
        cancelled = true;
        if (timer && scheduled) loop.timerCancelled();
        if (!loop.debug) {
            callback = null;
            args = null;
        }
    }

    /** Runs the callback in its context; an exception goes to the loop's exception handler. */
    void run() {
        PyContext ctx = context;
        try {
            if (ctx != null) {
                ctx.run(callback, args, null);
            } else {
                callback.call(args, null);
            }
        } catch (PyException e) {
            PyBaseException v = e.value;
            if (v.isInstance(PyExc.SystemExit) || v.isInstance(PyExc.KeyboardInterrupt)) throw e;
            PyDict c = new PyDict();
            c.putStr("message", PyStr.of("Exception in callback " + loop.state.formatCallback(callback, args, loop.debug)));
            c.putStr("exception", v);
            c.putStr("handle", this);
            if (sourceTraceback != null && sourceTraceback.isTrue()) c.putStr("source_traceback", sourceTraceback);
            loop.callExceptionHandler(c);
        }
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("<").append(type().name);
        if (cancelled) sb.append(" cancelled");
        if (timer) sb.append(" when=").append(PyFloat.of(when).repr());
        if (callback != null) sb.append(' ').append(loop.state.formatCallback(callback, args, loop.debug));
        String created = AioState.createdAt(sourceTraceback);
        if (created != null) sb.append(' ').append(created);
        return sb.append('>').toString();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!timer || !(other instanceof Handle h) || !h.timer) {
            if (op == CompareOp.EQ || op == CompareOp.NE) {
                if (other instanceof Handle h && !timer && !h.timer) {
                    boolean eq = callback == h.callback && java.util.Arrays.equals(args, h.args) && cancelled == h.cancelled;
                    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
                }
                return Ops.identityCompare(this, other, op);
            }
            return dev.taipan.runtime.PyNotImplemented.NOT_IMPLEMENTED;
        }
        int c = Double.compare(when, h.when);
        return switch (op) {
            case LT -> PyBool.of(c < 0);
            case LE -> PyBool.of(c < 0 || this.equalsHandle(h));
            case GT -> PyBool.of(c > 0);
            case GE -> PyBool.of(c > 0 || this.equalsHandle(h));
            case EQ -> PyBool.of(equalsHandle(h));
            case NE -> PyBool.of(!equalsHandle(h));
        };
    }

    private boolean equalsHandle(Handle h) {
        return when == h.when && callback == h.callback && java.util.Arrays.equals(args, h.args) && cancelled == h.cancelled;
    }

    @Override
    public long hash() {
        return timer ? PyFloat.of(when).hash() : identityHash();
    }
}
