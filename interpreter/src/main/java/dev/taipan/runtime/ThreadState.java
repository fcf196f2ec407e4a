package dev.taipan.runtime;

/** Per-thread interpreter state: the frame stack, recursion depth, and the exception being handled. */
public final class ThreadState {
    public final InterpState interp;
    public Frame frame;
    public int depth;
    /** The exception currently being handled (sys.exc_info()), or null. */
    public PyBaseException handled;
    /** The current contextvars Context (PyContext.current() creates it on first use), or null. */ public PyContext context;
    /** Where an await that must suspend goes (a Task, or a coroutine driven by hand), or null. */
    public AwaitDriver awaitDriver;
    /** The event loop running on this thread, or null (asyncio._get_running_loop()). */
    public PyObject runningLoop;
    /** sys.set_asyncgen_hooks(): called on an async generator's first iteration / when one is dropped unfinished. */
    public PyObject asyncgenFirstiter, asyncgenFinalizer;
    /** sys.set_coroutine_origin_tracking_depth(): how many frames a new coroutine records as its cr_origin (0: none). */
    public int coroOriginDepth;
    /** Whether this is the interpreter's main thread (signal handlers run here). */
    public boolean isMain;
    /** The Java thread running this state (set when it starts). */
    public Thread thread;
    /** Python thread identity (threading.get_ident()). */
    public long ident;
    /** While waiting in Gil.interruptible: a signal may interrupt the thread (guarded by this). */
    boolean interruptible;
    /** threading.local storage of this thread: one dict per local object, or null. */
    public java.util.WeakHashMap<Object, PyDict> locals;

    public ThreadState(InterpState interp) {
        this.interp = interp;
    }

    /** A thread that runs Python code carries its state directly (cheaper than a ThreadLocal). */
    public static class PyThread extends Thread {
        public final ThreadState state;

        public PyThread(ThreadState state, Runnable body, String name, long stackSize) {
            super(null, body, name, stackSize);
            this.state = state;
            state.thread = this;
            state.ident = threadId();
        }
    }

    private static final ThreadLocal<ThreadState> FOREIGN = new ThreadLocal<>();

    public static ThreadState current() {
        if (Thread.currentThread() instanceof PyThread t) return t.state;
        ThreadState ts = FOREIGN.get();
        if (ts == null) throw new IllegalStateException("no Python thread state on " + Thread.currentThread().getName());
        return ts;
    }

    /** Attaches a state to a thread that is not a PyThread (tests, foreign callbacks). */
    public static void attach(ThreadState ts) {
        FOREIGN.set(ts);
    }
}
