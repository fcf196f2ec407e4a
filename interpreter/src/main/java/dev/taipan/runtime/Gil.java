package dev.taipan.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The interpreter lock (DESIGN.md §6): one per interpreter; a thread runs Python code only
 * while it holds it. Blocking operations release it ({@link #blocking}, {@link #interruptible}).
 * A thread that has waited a switch interval asks the holder to let go; the holder notices at
 * its next check ({@link #pending()}, checked on loop back-edges and calls) and hands over.
 */
public final class Gil {
    /** How long a waiting thread waits before it asks the running thread to hand over (CPython: 5 ms). */
    static final long SWITCH_INTERVAL_NANOS = 5_000_000L;

    /**
     * Non-zero while some thread, in any interpreter of this JVM, wants the running thread to stop
     * at its next check: a hand-over request, a pending signal or a pending finalizer (__del__). Read
     * on hot paths through {@link #pending()}: a volatile load, never hoisted out of a loop and, on
     * x86, a plain load. (A VarHandle's opaque load compiles to the same, but the JVM's bytecode
     * interpreter runs each VarHandle call through method-handle adapters: dear before the JIT.)
     */
    private static volatile int breaker;
    private static final VarHandle BREAKER;

    static {
        try {
            BREAKER = MethodHandles.lookup().findStaticVarHandle(Gil.class, "breaker", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Whether the running thread should call {@link #service()}: the check on loop back-edges and calls. */
    public static boolean pending() {
        return breaker != 0;
    }

    /** Counts one more (or, with -1, one fewer) reason for threads to stop at their next check. */
    static void breakerAdd(int delta) {
        BREAKER.getAndAdd(delta);
    }

    private Thread holder;
    /** Hand-overs so far: a waiter that sees no change after a full interval asks for one. */
    private long switches;
    private int waiters;
    /** Whether this lock's holder has been asked to hand over (then BREAKER counts it once). */
    private boolean dropRequested;
    /** Set when the interpreter ends: threads other than the main one never get the lock again. */
    private volatile boolean finalizing;

    /** A blocking operation run with the lock released. */
    @FunctionalInterface
    public interface Op<T, X extends Exception> {
        T run() throws X;
    }

    /** A blocking operation that a signal may interrupt; it is called again after the handlers ran. */
    @FunctionalInterface
    public interface Wait<T> {
        T run() throws InterruptedException;
    }

    /** Takes the lock for ts's thread, waiting for the holder to hand over. */
    public static void acquire(ThreadState ts) {
        ts.interp.gil.take();
    }

    /** Lets the lock go (the thread stops running Python code until it acquires again). */
    public static void release(ThreadState ts) {
        ts.interp.gil.give();
    }

    /** Runs op with the lock released: for I/O and waits that no signal should interrupt. */
    public static <T, X extends Exception> T blocking(Op<T, X> op) throws X {
        ThreadState ts = ThreadState.current();
        Gil gil = ts.interp.gil;
        // nested (a blocking call inside another): only the outermost lets go and takes back
        if (!gil.give()) return op.run();
        try {
            return op.run();
        } finally {
            gil.take();
        }
    }

    /**
     * Runs wait with the lock released. A signal for the main thread interrupts it; the Python
     * signal handlers then run with the lock held (their exception propagates) and wait is called
     * again, so it must work out what is left to do (a deadline, not a duration).
     */
    public static <T> T interruptible(Wait<T> wait) {
        ThreadState ts = ThreadState.current();
        Gil gil = ts.interp.gil;
        while (true) {
            boolean interrupted = false;
            T result = null;
            if (!gil.give()) {
                // inside a blocking() call the lock is already released: just wait
                try {
                    return wait.run();
                } catch (InterruptedException e) {
                    throw Errors.of(PyExc.KeyboardInterrupt, "");
                }
            }
            synchronized (ts) {
                ts.interruptible = true;
            }
            try {
                if (!Signals.pendingFor(ts)) result = wait.run();
                else interrupted = true;
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                // after this no signal interrupts the thread; one that came late must not
                // reach later channel I/O (an interrupt closes a channel)
                synchronized (ts) {
                    ts.interruptible = false;
                }
                if (Thread.interrupted()) interrupted = true;
                gil.take();
            }
            if (!interrupted) return result;
            Signals.runPending(ts);
        }
    }

    /** The slow path of a check: run signal handlers in the main thread and pending finalizers, hand the lock over if asked. */
    public static void service() {
        ThreadState ts = ThreadState.current();
        Signals.runPending(ts);
        Finalizers.runPending(ts);
        ts.interp.gil.handOverIfAsked();
    }

    /** Marks the interpreter finished: threads still waiting for the lock wait until the process ends. */
    public void finish() {
        synchronized (this) {
            finalizing = true;
            notifyAll();
        }
    }

    /** Whether the current thread holds this lock. */
    public synchronized boolean isHeldByCurrentThread() {
        return holder == Thread.currentThread();
    }

    private synchronized void take() {
        Thread me = Thread.currentThread();
        if (holder == me) return;
        boolean main = me instanceof ThreadState.PyThread t && t.state.isMain;
        if (holder == null && waiters == 0 && (main || !finalizing)) {
            holder = me;
            return;
        }
        waiters++;
        boolean interrupted = false;
        try {
            while (holder != null || (finalizing && !main)) {
                if (finalizing && !main) {
                    // CPython freezes daemon threads at exit: this one waits for the process to end
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                    continue;
                }
                long seen = switches;
                long deadline = System.nanoTime() + SWITCH_INTERVAL_NANOS;
                long left;
                while (holder != null && seen == switches && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        wait(left / 1_000_000L, (int) (left % 1_000_000L));
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (holder != null && seen == switches && !dropRequested) {
                    dropRequested = true;
                    breakerAdd(1);
                }
            }
            holder = me;
            switches++;
            // a holder that handed over waits to see the switch happen
            notifyAll();
        } finally {
            waiters--;
            if (interrupted) me.interrupt();
        }
    }

    /** Lets go if the current thread holds the lock; false if it did not. */
    private synchronized boolean give() {
        if (holder != Thread.currentThread()) return false;
        holder = null;
        clearRequest();
        if (waiters > 0) notifyAll();
        return true;
    }

    private synchronized void handOverIfAsked() {
        if (!dropRequested || holder != Thread.currentThread()) return;
        clearRequest();
        if (waiters == 0) return;
        long seen = switches;
        holder = null;
        notifyAll();
        // a forced switch: wait until another thread has taken the lock before asking for it again
        boolean interrupted = false;
        while (switches == seen && waiters > 0 && !finalizing) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        take();
    }

    private void clearRequest() {
        if (dropRequested) {
            dropRequested = false;
            breakerAdd(-1);
        }
    }
}
