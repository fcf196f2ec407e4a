package dev.taipan.runtime;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Signal delivery for one interpreter: the OS (through the JVM's signal thread), os.kill or the
 * REPL's Ctrl-C {@link #trip} a signal; the main thread runs the Python handler at its next
 * check ({@link Gil#pending()}), or at once when it is waiting in {@link Gil#interruptible} or
 * sleeping in an event loop's selector (the {@link #waker}).
 */
public final class Signals {
    /** Linux's signal numbers are 1..64. */
    public static final int NSIG = 65;
    public static final int SIGINT = 2;

    /** signal.default_int_handler: raises KeyboardInterrupt (SIGINT's handler from the start). */
    public static final PyObject DEFAULT_INT_HANDLER = new PyBuiltin.Function("default_int_handler", "_signal", (args, kw) -> {
        throw new PyException(new PyBaseException(PyExc.KeyboardInterrupt, new PyObject[0]));
    });

    /** The interpreter OS signals go to (the most recent to start a main thread). */
    private static volatile InterpState target;

    /** The Python handler of each signal: a callable, or the ints SIG_DFL (0) / SIG_IGN (1); null if never set. */
    public final PyObject[] handlers = new PyObject[NSIG];
    private final AtomicIntegerArray pending = new AtomicIntegerArray(NSIG);
    private final AtomicBoolean anyPending = new AtomicBoolean();
    /** The interpreter's main thread, where handlers run. */
    public volatile ThreadState main;
    /** Wakes the main thread from an event loop's select() (set by the loop while it sleeps), or null. */
    public volatile Runnable waker;
    /** signal.set_wakeup_fd(): the fd recorded (Taipan's loops use {@link #waker} instead). */
    public int wakeupFd = -1;

    /** The interpreter that OS signals are delivered to from now on. */
    public static void target(InterpState interp) {
        target = interp;
    }

    /** The interpreter OS signals go to, or null. */
    public static InterpState target() {
        return target;
    }

    /**
     * Makes interp the one OS signals go to and gives SIGINT its default Python handler
     * (KeyboardInterrupt) unless the process started with SIGINT ignored, as CPython does.
     */
    public static void install(InterpState interp, ThreadState main) {
        Signals s = interp.signals;
        s.main = main;
        target = interp;
        OsSignals.catchSignal(SIGINT);
        if (OsSignals.ignoredAtStart(SIGINT)) {
            // as CPython: a SIGINT ignored from the start (a background job) stays ignored
            OsSignals.ignore(SIGINT);
            s.handlers[SIGINT] = PyInt.of(1);
        } else {
            s.handlers[SIGINT] = DEFAULT_INT_HANDLER;
        }
    }

    /** Records signal signum for interp as if the OS had delivered it, and wakes the main thread. */
    public static void trip(InterpState interp, int signum) {
        if (interp == null || signum <= 0 || signum >= NSIG) return;
        Signals s = interp.signals;
        s.pending.set(signum, 1);
        if (s.anyPending.compareAndSet(false, true)) Gil.breakerAdd(1);
        ThreadState m = s.main;
        if (m != null) {
            synchronized (m) {
                if (m.interruptible && m.thread != null) m.thread.interrupt();
            }
        }
        Runnable w = s.waker;
        if (w != null) w.run();
    }

    /** Whether ts is the main thread and a signal waits for its handler. */
    public static boolean pendingFor(ThreadState ts) {
        return ts.isMain && ts.interp.signals.anyPending.get();
    }

    /** In the main thread: runs the Python handlers of the pending signals (a handler's exception propagates). */
    public static void runPending(ThreadState ts) {
        if (!ts.isMain) return;
        Signals s = ts.interp.signals;
        if (!s.anyPending.compareAndSet(true, false)) return;
        Gil.breakerAdd(-1);
        for (int signum = 1; signum < NSIG; signum++) {
            if (s.pending.get(signum) == 0) continue;
            s.pending.set(signum, 0);
            PyObject handler = s.handlers[signum];
            if (handler == null || handler instanceof PyInt) continue;
            try {
                PyObject frame = ts.frame == null ? PyNone.NONE : ts.frame.asPython();
                handler.call(new PyObject[] {PyInt.of(signum), frame}, null);
            } catch (PyException e) {
                // the rest stay pending for the next check
                for (int rest = signum + 1; rest < NSIG; rest++) {
                    if (s.pending.get(rest) != 0 && s.anyPending.compareAndSet(false, true)) {
                        Gil.breakerAdd(1);
                        break;
                    }
                }
                throw e;
            }
        }
    }
}
