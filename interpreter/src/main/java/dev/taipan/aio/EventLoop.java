package dev.taipan.aio;

import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.PyContext;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.Signals;
import dev.taipan.runtime.ThreadState;
import java.io.IOException;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The event loop core (DESIGN.md §5): a FIFO ready queue of callbacks, a heap of timers on the
 * monotonic clock, and a java.nio Selector the loop sleeps in when nothing is ready. One
 * iteration ({@link #runOnce}) follows CPython's BaseEventLoop._run_once, so callbacks run in
 * exactly CPython's order. Python subclasses (asyncio.base_events) add the rest of the API.
 */
public class EventLoop extends PyObject {
    public static final PyType TYPE = new PyType("_BaseLoop", PyType.OBJECT, true, EventLoop::new);

    /** CPython's thresholds: rebuild the timer heap when over half of at least this many timers are cancelled. */
    private static final int MIN_SCHEDULED_TIMER_HANDLES = 100;
    private static final double MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;
    private static final double MAXIMUM_SELECT_TIMEOUT = 24 * 3600;

    private final PyType cls;
    private final PyDict dict;
    final AioState state;
    final ArrayDeque<Handle> ready = new ArrayDeque<>();
    final PriorityQueue<Handle> scheduled = new PriorityQueue<>((a, b) -> {
        int c = Double.compare(a.when, b.when);
        return c != 0 ? c : Long.compare(a.seq, b.seq);
    });
    private long timerSeq;
    private int timerCancelledCount;
    /** Callbacks from other threads (call_soon_threadsafe), moved to the ready queue by the loop thread. */
    final ConcurrentLinkedQueue<Handle> fromThreads = new ConcurrentLinkedQueue<>();
    boolean stopping;
    boolean closed;
    boolean debug;
    double slowCallbackDuration = 0.1;
    volatile Thread thread;
    private volatile Selector selector;
    /** add_reader / add_writer registrations (IoWatches). */
    final IoWatches io = new IoWatches(this);
    PyObject taskFactory = PyNone.NONE;
    PyObject exceptionHandler = PyNone.NONE;
    /** The task being stepped (asyncio.current_task()), or null. */
    PyObject currentTask;
    /** Pending tasks (asyncio.all_tasks()) and eagerly started ones still in their first step. */
    final TaskList tasks = new TaskList();
    final LinkedHashSet<PyTask> eagerTasks = new LinkedHashSet<>();
    Handle currentHandle;

    EventLoop(PyType cls) {
        this.cls = cls;
        this.dict = cls == TYPE ? null : new PyDict();
        this.state = AioState.of(ThreadState.current().interp);
        this.debug = ThreadState.current().interp.devMode;
        state.registerLoop(this);
    }

    /** Its entry in AioState's list of loops (null for a stand-in). */
    AioState.LoopRef ref;

    private EventLoop(AioState.LoopRef gone) {
        this.cls = gone.cls;
        this.dict = cls == TYPE ? null : new PyDict();
        this.state = AioState.of(ThreadState.current().interp);
        this.debug = gone.debug;
    }

    /** A stand-in for a loop the collector found unreachable: same class and debug flag, not closed, not running. */
    static EventLoop standIn(AioState.LoopRef gone) {
        return new EventLoop(gone);
    }

    /** Debug mode's own state and work (LoopDebug). */
    final LoopDebug debugging = new LoopDebug(this);
    private static final int DEBUG_STACK_DEPTH = LoopDebug.DEBUG_STACK_DEPTH;

    /** set_debug(): in a running loop, coroutine origin tracking follows (on the loop's thread). */
    public void setDebug(boolean on) {
        debug = on;
        if (ref != null) ref.debug = on;
        if (thread == Thread.currentThread()) debugging.trackCoroutineOrigins(on);
        else if (thread != null) debugging.trackCoroutineOriginsSoon(on);
    }

    /** In debug mode, a loop method that is not thread-safe was called from a thread other than the loop's. */
    void checkThread() {
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            throw Errors.runtimeError("Non-thread-safe operation invoked on an event loop other than the current one");
        }
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** A virtual clock for tests (NaN: the real monotonic clock): idle waits advance it instead of sleeping. */
    private double virtualNow = Double.NaN;

    /** Switches this loop to a virtual clock starting at start (unit tests of scheduling order). */
    public void useVirtualClock(double start) {
        virtualNow = start;
    }

    public double time() {
        double v = virtualNow;
        return v == v ? v : System.nanoTime() / 1e9;
    }

    public boolean isRunning() {
        return thread != null;
    }

    void checkClosed() {
        if (closed) throw Errors.runtimeError("Event loop is closed");
    }

    // ---- scheduling ------------------------------------------------------------------------------

    public Handle callSoon(PyObject callback, PyObject[] args, PyContext ctx) {
        checkClosed();
        Handle h = new Handle(callback, args, this, ctx);
        if (debug) {
            checkThread();
            h.sourceTraceback = state.extractStack(DEBUG_STACK_DEPTH - 2);
        }
        ready.add(h);
        return h;
    }

    public Handle callAt(double when, PyObject callback, PyObject[] args, PyContext ctx) {
        checkClosed();
        Handle h = new Handle(when, timerSeq++, callback, args, this, ctx);
        if (debug) {
            checkThread();
            h.sourceTraceback = state.extractStack(DEBUG_STACK_DEPTH - 1);
        }
        scheduled.add(h);
        h.scheduled = true;
        return h;
    }

    public Handle callSoonThreadsafe(PyObject callback, PyObject[] args, PyContext ctx) {
        checkClosed();
        Handle h = new Handle(callback, args, this, ctx);
        if (debug) h.sourceTraceback = state.extractStack(DEBUG_STACK_DEPTH - 2);
        fromThreads.add(h);
        Selector s = selector;
        if (s != null) s.wakeup();
        return h;
    }

    void timerCancelled() {
        timerCancelledCount++;
    }

    // ---- running -------------------------------------------------------------------------------

    /** The async generator hooks to restore when run_forever() ends. */
    private PyObject oldFirstiter, oldFinalizer;

    /**
     * run_forever(): runs iterations until stop(); the running loop of this thread meanwhile. As in
     * CPython, the cleanup runs even when the setup checks fail (a nested run_forever() call
     * leaves the loop marked as not running).
     */
    public void runForever() {
        ThreadState ts = ThreadState.current();
        try {
            checkClosed();
            if (isRunning()) throw Errors.runtimeError("This event loop is already running");
            if (ts.runningLoop != null) throw Errors.runtimeError("Cannot run the event loop while another loop is running");
            oldFirstiter = ts.asyncgenFirstiter;
            oldFinalizer = ts.asyncgenFinalizer;
            thread = Thread.currentThread();
            PyObject first = lookupAttr("_asyncgen_firstiter_hook");
            PyObject fin = lookupAttr("_asyncgen_finalizer_hook");
            if (first != null) ts.asyncgenFirstiter = first;
            if (fin != null) ts.asyncgenFinalizer = fin;
            ts.runningLoop = this;
            debugging.trackCoroutineOrigins(debug);
            while (true) {
                runOnce();
                if (stopping) break;
            }
        } finally {
            debugging.trackCoroutineOrigins(false);
            stopping = false;
            thread = null;
            ts.runningLoop = null;
            ts.asyncgenFirstiter = oldFirstiter;
            ts.asyncgenFinalizer = oldFinalizer;
        }
    }

    /** One iteration: wait for I/O or the next timer, move due timers to the ready queue, run what was ready. */
    void runOnce() {
        int schedCount = scheduled.size();
        if (schedCount > MIN_SCHEDULED_TIMER_HANDLES
                && (double) timerCancelledCount / schedCount > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
            ArrayList<Handle> keep = new ArrayList<>(schedCount);
            for (Handle h : scheduled) {
                if (h.cancelled) h.scheduled = false;
                else keep.add(h);
            }
            scheduled.clear();
            scheduled.addAll(keep);
            timerCancelledCount = 0;
        } else {
            while (!scheduled.isEmpty() && scheduled.peek().cancelled) {
                timerCancelledCount--;
                scheduled.poll().scheduled = false;
            }
        }
        double timeout = -1;
        if (!ready.isEmpty() || stopping || !fromThreads.isEmpty()) {
            timeout = 0;
        } else if (!scheduled.isEmpty()) {
            timeout = Math.min(Math.max(0, scheduled.peek().when - time()), MAXIMUM_SELECT_TIMEOUT);
        }
        if ((timeout < 0 || timeout > IDLE_COLLECT_WAIT) && virtualNow != virtualNow
                && ThreadState.current().interp.finalizers.idleCollectDue()) {
            timeout = idleWait(timeout);
        }
        if (debug && timeout != 0) {
            double t0 = time();
            select(timeout);
            debugging.logPoll(timeout, time() - t0);
        } else {
            select(timeout);
        }
        for (Handle h; (h = fromThreads.poll()) != null; ) ready.add(h);
        double now = time();
        // nextUp: at large clock values adding the resolution would round back to now
        double endTime = Math.max(now + clockResolution(), Math.nextUp(now));
        while (!scheduled.isEmpty()) {
            Handle h = scheduled.peek();
            if (h.when >= endTime) break;
            scheduled.poll();
            h.scheduled = false;
            ready.add(h);
        }
        int ntodo = ready.size();
        for (int i = 0; i < ntodo; i++) {
            Handle h = ready.poll();
            if (h.cancelled) continue;
            if (debug) {
                debugging.runTimed(h);
            } else {
                h.run();
            }
        }
    }

    /** After this many seconds of waiting with nothing to do, the finalizers' collection runs ({@link #idleWait}). */
    private static final double IDLE_COLLECT_WAIT = 0.1;

    /**
     * A long wait while objects with finalizers were made: waits IDLE_COLLECT_WAIT first and, if
     * nothing happened meanwhile, collects ({@link dev.taipan.runtime.Finalizers#idleCollect}) before
     * waiting the rest. An I/O-bound loop, whose waits end within microseconds, never collects.
     * Returns what is left of timeout (0 when the wait is over or callbacks are ready).
     */
    private double idleWait(double timeout) {
        select(IDLE_COLLECT_WAIT);
        if (!ready.isEmpty() || !fromThreads.isEmpty() || stopping) return 0;
        ThreadState.current().interp.finalizers.idleCollect();
        if (!ready.isEmpty() || !fromThreads.isEmpty()) return 0; // a __del__ scheduled callbacks
        return timeout < 0 ? -1 : Math.max(0, timeout - IDLE_COLLECT_WAIT);
    }

    private static double clockResolution() {
        return 1e-9;
    }

    /** Sleeps in the selector for at most timeout seconds (negative: until woken). */
    private void select(double timeout) {
        if (virtualNow == virtualNow) {
            // virtual time: nothing is waited for; the clock jumps to the next timer
            if (timeout > 0) virtualNow += timeout;
            if (timeout < 0 && fromThreads.isEmpty()) throw Errors.runtimeError("virtual-clock loop would wait forever");
            return;
        }
        if (timeout == 0) {
            if (selector != null) selectNow();
            return;
        }
        ThreadState ts = ThreadState.current();
        Signals signals = ts.interp.signals;
        try {
            if (selector == null) {
                selector = Selector.open();
                // a call_soon_threadsafe that saw no selector yet has queued its callback by now
                if (!fromThreads.isEmpty()) timeout = 0;
            }
            Selector sel = selector;
            io.beforeSelect();
            if (ts.isMain) {
                signals.waker = sel::wakeup;
                if (Signals.pendingFor(ts)) timeout = 0;
            }
            long ms = timeout < 0 ? -1 : (long) Math.ceil(timeout * 1000);
            try {
                // the loop sleeps with the interpreter lock released: other threads run meanwhile
                debugging.polledEvents = Gil.blocking(() -> ms < 0 ? sel.select() : ms > 0 ? sel.select(ms) : sel.selectNow());
            } finally {
                if (ts.isMain) signals.waker = null;
            }
            processIo(sel);
        } catch (IOException e) {
            throw Errors.runtimeError("selector failed: " + e.getMessage());
        }
        // a signal that woke the loop runs its Python handler now (SIGINT: KeyboardInterrupt)
        Signals.runPending(ts);
    }

    private void selectNow() {
        try {
            io.beforeSelect();
            selector.selectNow();
            processIo(selector);
        } catch (IOException e) {
            throw Errors.runtimeError("selector failed: " + e.getMessage());
        }
    }

    /** The selector, opened on first use (add_reader needs it before the loop first sleeps). */
    Selector ioSelector() throws IOException {
        if (selector == null) selector = Selector.open();
        return selector;
    }

    /**
     * The I/O callbacks of a select go on the ready queue after the callbacks other threads
     * scheduled meanwhile, as in CPython, where call_soon_threadsafe appends at once.
     */
    private void processIo(Selector sel) {
        if (io.isEmpty()) {
            sel.selectedKeys().clear();
            return;
        }
        for (Handle h; (h = fromThreads.poll()) != null; ) ready.add(h);
        io.process(sel);
    }

    public void stop() {
        stopping = true;
    }

    /** close(): clears the queues; a closed loop refuses new callbacks. */
    public void close() {
        if (isRunning()) throw Errors.runtimeError("Cannot close a running event loop");
        if (closed) return;
        closed = true;
        if (ref != null) ref.closed = true;
        ready.clear();
        scheduled.clear();
        io.clear();
        timerCancelledCount = 0;
        if (selector != null) {
            try {
                selector.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
            selector = null;
        }
        state.reportUnretrieved(true, false);
    }

    // ---- tasks -------------------------------------------------------------------------------

    void enterTask(PyObject task) {
        if (currentTask != null) {
            throw Errors.runtimeError("Cannot enter into task " + task.repr() + " while another task " + currentTask.repr()
                    + " is being executed.");
        }
        currentTask = task;
    }

    void leaveTask(PyObject task) {
        if (currentTask != task) {
            throw Errors.runtimeError("Leaving task " + task.repr() + " does not match the current task "
                    + (currentTask == null ? "None" : currentTask.repr()) + ".");
        }
        currentTask = null;
    }

    PyObject swapCurrentTask(PyObject task) {
        PyObject prev = currentTask;
        currentTask = task == PyNone.NONE ? null : task;
        return prev == null ? PyNone.NONE : prev;
    }

    /** create_task(coro, name=, context=): through the task factory when one is set. */
    public PyObject createTask(PyObject coro, PyObject name, PyObject context, boolean eager) {
        checkClosed();
        if (taskFactory == PyNone.NONE) {
            PyTask t = new PyTask(PyTask.TYPE);
            t.init(coro, this, name, context, eager);
            return t;
        }
        ArrayList<PyObject> args = new ArrayList<>();
        ArrayList<String> kw = new ArrayList<>();
        args.add(this);
        args.add(coro);
        if (context != null && context != PyNone.NONE) {
            args.add(context);
            kw.add("context");
        }
        PyObject task = taskFactory.call(args.toArray(new PyObject[0]), kw.isEmpty() ? null : kw.toArray(new String[0]));
        if (name != null && name != PyNone.NONE) {
            try {
                Call.invoke(task, "set_name", name);
            } catch (PyException e) {
                Call.invoke(task, "cancel");
                throw e;
            }
        }
        return task;
    }

    /** Reports an error through loop.call_exception_handler (defined by asyncio.base_events). */
    void callExceptionHandler(PyDict context) {
        PyObject h = lookupAttr("call_exception_handler");
        if (h != null) {
            h.call(context);
        } else {
            state.printContext(context);
        }
    }

    @Override
    public long hash() {
        return identityHash();
    }
}
