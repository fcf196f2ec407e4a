package dev.taipan.aio;

import dev.taipan.eval.Awaits;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.TracebackPrinter;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * The asyncio core's per-interpreter state: task numbering, the loops set with set_event_loop,
 * futures whose exception nobody retrieved, and the Python-level formatting hooks that
 * asyncio.base_futures/base_tasks/format_helpers register (reprs are CPython's Python code).
 */
public final class AioState {
    final InterpState interp;
    long taskCounter;
    final ArrayList<Unretrieved> unretrieved = new ArrayList<>();
    final Map<Thread, PyObject> eventLoops = new HashMap<>();
    /** Python functions registered by the asyncio package (future_repr, task_repr, format_callback, task_get_stack, task_print_stack). */
    final Map<String, PyObject> hooks = new HashMap<>();

    private AioState(InterpState interp) {
        this.interp = interp;
    }

    public static AioState of(InterpState interp) {
        if (interp.aio == null) {
            AioState s = new AioState(interp);
            interp.aio = s;
            TaskSnapshot.register(s);
        }
        return (AioState) interp.aio;
    }

    public static AioState current() {
        return of(ThreadState.current().interp);
    }

    /** What a Task accepts: a coroutine object, a types.coroutine generator, or a native sleep. */
    static boolean isCoroutine(PyObject o) {
        if (Awaits.isNativeCoroutine(o) || o instanceof Sleep) return true;
        PyObject h = current().hooks.get("iscoroutine");
        return h != null && h.call(o).isTrue();
    }

    /** Current tasks of loops that are not Taipan's loop core (_enter_task with any loop object, as CPython allows). */
    private final java.util.IdentityHashMap<PyObject, PyObject> foreignCurrent = new java.util.IdentityHashMap<>();

    void enterTask(PyObject loop, PyObject task) {
        if (loop instanceof EventLoop l) {
            l.enterTask(task);
            return;
        }
        PyObject cur = foreignCurrent.get(loop);
        if (cur != null) {
            throw dev.taipan.runtime.Errors.runtimeError("Cannot enter into task " + task.repr() + " while another task "
                    + cur.repr() + " is being executed.");
        }
        foreignCurrent.put(loop, task);
    }

    void leaveTask(PyObject loop, PyObject task) {
        if (loop instanceof EventLoop l) {
            l.leaveTask(task);
            return;
        }
        PyObject cur = foreignCurrent.get(loop);
        if (cur != task) {
            throw dev.taipan.runtime.Errors.runtimeError("Leaving task " + task.repr() + " does not match the current task "
                    + (cur == null ? "None" : cur.repr()) + ".");
        }
        foreignCurrent.remove(loop);
    }

    PyObject swapCurrentTask(PyObject loop, PyObject task) {
        if (loop instanceof EventLoop l) return l.swapCurrentTask(task);
        PyObject prev = task == dev.taipan.runtime.PyNone.NONE ? foreignCurrent.remove(loop) : foreignCurrent.put(loop, task);
        return prev == null ? dev.taipan.runtime.PyNone.NONE : prev;
    }

    PyObject hook(String name) {
        return hooks.get(name);
    }

    String futureRepr(PyFuture f) {
        PyObject h = hooks.get("future_repr");
        if (h != null) return h.call(f).str();
        return "<" + f.type().name + " " + PyFuture.STATE_NAMES[f.state].toLowerCase() + ">";
    }

    String taskRepr(PyTask t) {
        PyObject h = hooks.get("task_repr");
        if (h != null) return h.call(t).str();
        return "<Task " + PyFuture.STATE_NAMES[t.state].toLowerCase() + " name=" + t.name().repr() + ">";
    }

    /** format_helpers._format_callback_source(callback, args). */
    String formatCallback(PyObject cb, PyObject[] args, boolean debug) {
        PyObject h = hooks.get("format_callback");
        if (h != null) return h.call(cb, PyTuple.wrap(args), dev.taipan.runtime.PyBool.of(debug)).str();
        PyObject qn = cb.lookupAttr("__qualname__");
        return (qn != null ? qn.str() : cb.repr()) + "()";
    }

    /** A future whose exception nobody has retrieved yet, held weakly, with a copy to report once it is gone. */
    static final class Unretrieved extends WeakReference<PyFuture> {
        final PyFuture ghost;
        boolean retrieved;

        Unretrieved(PyFuture f) {
            super(f);
            ghost = f.snapshot();
        }
    }

    void track(PyFuture f) {
        Unretrieved r = new Unretrieved(f);
        f.unretrievedRef = r;
        unretrieved.add(r);
    }

    /**
     * "Task exception was never retrieved": CPython reports it when the future is freed. Taipan
     * reports each unretrieved future the garbage collector has found unreachable (after
     * gc.collect() and at loop close), and at exit every one still unretrieved. Unclosed event
     * loops are reported at the same points ({@link #reportUnclosedLoops}).
     */
    public void reportUnretrieved(boolean collect, boolean all) {
        unretrieved.removeIf(r -> r.retrieved);
        if (unretrieved.isEmpty()) {
            // no collection for loops alone: close() calls this, and a forced GC at every close costs too much
            reportUnclosedLoops(all);
            return;
        }
        if (collect) System.gc();
        ArrayList<Unretrieved> due = new ArrayList<>();
        for (Unretrieved r : unretrieved) if (all || r.refersTo(null)) due.add(r);
        unretrieved.removeAll(due);
        for (Unretrieved r : due) {
            if (r.retrieved) continue;
            PyFuture live = r.get();
            PyFuture f = live != null ? live : r.ghost;
            if (live != null) live.markRetrieved();
            PyDict c = new PyDict();
            c.putStr("message", PyStr.of((f instanceof PyTask ? "Task" : "Future") + " exception was never retrieved"));
            c.putStr("exception", f.exception);
            c.putStr("future", f);
            if (f.sourceTraceback != null && f.sourceTraceback.isTrue()) c.putStr("source_traceback", f.sourceTraceback);
            f.loop.callExceptionHandler(c);
        }
        reportUnclosedLoops(all);
    }

    // ---- debug mode ------------------------------------------------------------------------------

    /**
     * A debug-mode source traceback of the running Python code (format_helpers.extract_stack: a
     * StackSummary, outermost frame first), at most limit frames; limit 0: the whole stack, as
     * traceback.extract_stack() gives futures. Null before asyncio is imported.
     */
    PyObject extractStack(int limit) {
        PyObject h = hooks.get("extract_stack");
        if (h == null) return null;
        return h.call(limit == 0 ? PyNone.NONE : dev.taipan.runtime.PyInt.of(limit));
    }

    /** "created at file:line" for a debug-mode repr: the last frame of a source traceback; null without one. */
    static String createdAt(PyObject sourceTraceback) {
        if (!(sourceTraceback instanceof dev.taipan.runtime.PyList l) || l.size == 0) return null;
        PyObject frame = l.get(l.size - 1);
        return "created at " + frame.getAttr("filename").str() + ":" + frame.getAttr("lineno").str();
    }

    // ---- the loops of this interpreter (unclosed-loop warnings, asyncio ps/pstree) --------------

    /** A loop, held weakly, with what its unclosed-loop warning needs once it is gone (kept current by the loop). */
    static final class LoopRef extends WeakReference<EventLoop> {
        final PyType cls;
        final Thread creator = Thread.currentThread();
        boolean debug, closed, reported;

        LoopRef(EventLoop loop, PyType cls) {
            super(loop);
            this.cls = cls;
            this.debug = loop.debug;
        }
    }

    private final ArrayList<LoopRef> loops = new ArrayList<>();

    synchronized void registerLoop(EventLoop loop) {
        loops.removeIf(r -> r.refersTo(null) && (r.reported || r.closed));
        LoopRef r = new LoopRef(loop, loop.type());
        loop.ref = r;
        loops.add(r);
    }

    /**
     * "ResourceWarning: unclosed event loop": CPython's BaseEventLoop.__del__ warns when a loop that
     * was never closed is freed. Taipan warns for each such loop the collector has found unreachable
     * (through a stand-in of its class and debug flag) and, at exit, for each one still alive.
     */
    void reportUnclosedLoops(boolean atExit) {
        PyObject hook = hooks.get("unclosed_loop");
        if (hook == null) return;
        ArrayList<LoopRef> due = new ArrayList<>();
        synchronized (this) {
            for (LoopRef r : loops) {
                if (!r.closed && !r.reported && (atExit || r.refersTo(null))) due.add(r);
            }
        }
        for (LoopRef r : due) {
            r.reported = true;
            EventLoop live = r.get();
            try {
                hook.call(live != null ? live : EventLoop.standIn(r), dev.taipan.runtime.PyBool.of(live == null));
            } catch (PyException e) {
                // as an exception in __del__: CPython prints it as unraisable; the warning is what matters here
            }
        }
    }

    /** The loops still alive, oldest first. */
    public synchronized java.util.List<EventLoop> liveLoops() {
        ArrayList<EventLoop> out = new ArrayList<>();
        for (LoopRef r : loops) {
            EventLoop l = r.get();
            if (l != null) out.add(l);
        }
        return out;
    }

    /** The fallback when no Python exception handler exists: the message and traceback on stderr. */
    void printContext(PyDict context) {
        StringBuilder sb = new StringBuilder();
        PyObject msg = context.getStr("message");
        sb.append(msg == null ? "Unhandled exception in event loop" : msg.str()).append('\n');
        PyObject exc = context.getStr("exception");
        if (exc instanceof dev.taipan.runtime.PyBaseException e) sb.append(TracebackPrinter.format(e));
        try {
            PyObject err = interp.sys.lookupAttr("stderr");
            Call.invoke(err, "write", PyStr.of(sb.toString()));
        } catch (PyException ignored) {
            // no usable stderr
        }
    }
}
