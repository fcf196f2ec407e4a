package dev.taipan.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The finalizers (__del__) of one interpreter, run as PyPy runs them: after the garbage collector
 * has found an object unreachable. The JVM's Finalizer thread only hands such an object over
 * ({@link Registration#collected}); the first of the interpreter's threads to reach a check
 * ({@link Gil#pending()}, as for signals) runs its finalizer, as CPython runs __del__ in whichever
 * thread frees the object; so do {@code gc.collect()} and the interpreter's exit, which finalizes
 * the objects still alive too. Each object is finalized at most once (PEP 442), even if resurrected.
 */
public final class Finalizers {
    /** An object with a Python-level finalizer, registered when it is made. */
    public interface Target {
        /**
         * Runs the finalizer: on the interpreter's thread with the lock held; an exception it raises is
         * reported as unraisable. atExit: the target is still alive at interpreter exit.
         */
        void runFinalizer(boolean atExit);
    }

    /**
     * A target, held weakly, in the registry of its interpreter's live targets: the collector clears
     * it when the target becomes unreachable, and the target's Java finalizer then calls {@link #collected}.
     */
    public static final class Registration extends WeakReference<Target> {
        final Finalizers owner;
        /** Creation order: finalizers found together run oldest first, as CPython's collector does. */
        final long serial;
        /** The finalizer has been queued or run (guarded by owner). */
        boolean done;

        Registration(Target target, Finalizers owner, long serial) {
            super(target);
            this.owner = owner;
            this.serial = serial;
        }

        /** Called by the target's Java finalizer (on the JVM's Finalizer thread): queues it for its interpreter. */
        public void collected(Target target) {
            owner.enqueue(this, target);
        }

        /** The target needs no finalizer any more (a socket closed by hand): it is forgotten. */
        public void cancel() {
            owner.forget(this);
        }
    }

    /** A queued target with its registration (for the order). */
    private record Due(Registration reg, Target target) {}

    private long nextSerial;
    /** The targets not yet finalized (guarded by this). */
    private final Set<Registration> live = new HashSet<>();
    /** Targets the collector found unreachable, waiting for their finalizer. */
    private final HandOverQueue<Due> queue = new HandOverQueue<>();
    /** Set when the interpreter has ended: nothing is queued any more. */
    private boolean closed;
    /** Whether finalizers are running now (they are not run re-entrantly from a check inside one). */
    private boolean running;
    /** Set when the JVM's finalizers did not hand over what a collection found (guarded by this). */
    private boolean stalled;

    /** The weak references of the same interpreter: their callbacks run at the same points, after the finalizers. */
    private final WeakRefs weakRefs;

    Finalizers(WeakRefs weakRefs) {
        this.weakRefs = weakRefs;
    }

    /** Registers a target made now on a thread of the current interpreter; its Java finalizer must call {@link Registration#collected}. */
    public static Registration register(Target target) {
        return ThreadState.current().interp.finalizers.track(target);
    }

    private synchronized Registration track(Target target) {
        Registration r = new Registration(target, this, nextSerial++);
        live.add(r);
        madeSinceIdle++;
        return r;
    }

    /** Targets made since the last {@link #idleCollect} (guarded by this). */
    private long madeSinceIdle;

    /** Whether objects with finalizers were made since the last {@link #idleCollect}. */
    public synchronized boolean idleCollectDue() {
        return madeSinceIdle != 0 && !closed && !running;
    }

    /**
     * The event loop has waited a while with nothing to do: if objects with finalizers were made
     * since the last such collection, collects now, as gc.collect() does. CPython frees a dropped
     * StreamWriter at once and its __del__ closes the connection; without this, an idle loop
     * allocates nothing, the JVM never collects, and a server's wait_closed() would wait forever
     * for a connection that only that __del__ closes. Whether anything was collected.
     */
    public boolean idleCollect() {
        synchronized (this) {
            if (madeSinceIdle == 0 || closed || running) return false;
            madeSinceIdle = 0;
        }
        collect();
        return true;
    }

    private synchronized void forget(Registration r) {
        r.done = true;
        live.remove(r);
    }

    private synchronized void enqueue(Registration r, Target target) {
        if (r.done || closed) return;
        r.done = true;
        live.remove(r);
        queue.add(new Due(r, target));
        notifyAll();
    }

    /** Takes every queued target, oldest first (empty when none). */
    private List<Due> takeQueued() {
        return queue.takeAll(Comparator.comparingLong(d -> d.reg.serial));
    }

    /**
     * At a check: runs the finalizers of the targets the collector has handed over, then the weakref
     * callbacks due. Any thread of the interpreter may: waiting for the main thread (blocked in a
     * join, say) would make every other thread take the slow path of its checks until then.
     */
    static void runPending(ThreadState ts) {
        Finalizers f = ts.interp.finalizers;
        if (f.queue.pending()) f.drain(ts);
        // not from a check inside a __del__: the weak references of its object are cleared after it
        if (f.weakRefs.pending() && !f.running) f.weakRefs.drain(ts);
    }

    /** Runs the queued finalizers in the current thread, and those queued while they run (not re-entrantly); whether any ran. */
    private boolean drain(ThreadState ts) {
        if (running) return false;
        running = true;
        boolean ran = false;
        try {
            for (List<Due> batch = takeQueued(); !batch.isEmpty(); batch = takeQueued()) {
                for (Due d : batch) {
                    ran = true;
                    run(ts, d.target, false);
                }
            }
        } finally {
            running = false;
        }
        return ran;
    }

    /**
     * Runs one finalizer as CPython does: the exception being handled is kept, an exception raised is
     * reported as unraisable (without source lines at exit, as CPython's shutdown prints them).
     */
    private static void run(ThreadState ts, Target target, boolean atExit) {
        PyBaseException handled = ts.handled;
        try {
            target.runFinalizer(atExit);
        } catch (PyException e) {
            reportUnraisable(e, target instanceof PyObject o ? finalizerOf(o) : PyNone.NONE, atExit);
        } finally {
            ts.handled = handled;
        }
    }

    /**
     * Reports an exception a finalizer cannot propagate, as CPython's PyErr_WriteUnraisable: "Exception
     * ignored in: " where, then the traceback (the Python frame running now when the exception has none,
     * none at exit) without source lines at exit.
     */
    public static void reportUnraisable(PyException e, PyObject where, boolean atExit) {
        ThreadState ts = ThreadState.current();
        PyBaseException exc = e.value;
        Frame f = ts.frame;
        if (exc.traceback == null && f != null && !atExit) exc.pushTraceback(f.code, f, f.line, -1, f.line, -1);
        Warnings.writeUnraisable(ts.interp, exc, where, !atExit);
    }

    /** What "Exception ignored in:" names for a failing __del__: the function, as CPython's slot does. */
    private static PyObject finalizerOf(PyObject o) {
        PyObject del = o.type().lookup("__del__");
        return del != null ? del : o;
    }

    /**
     * gc.collect(): a full collection, then (once the JVM's Finalizer thread and the weakref reaper
     * have handed over what the collection found unreachable) the finalizers and then the weakref
     * callbacks, in the current thread, as CPython runs __del__ before it clears an object's weak
     * references. What those free is collected again (a few rounds), as CPython's reference counting
     * frees it at once.
     */
    public void collect() {
        ThreadState ts = ThreadState.current();
        for (int round = 0; round < COLLECT_ROUNDS; round++) {
            System.gc();
            awaitCollected(2_000);
            weakRefs.awaitCollected(2_000);
            boolean ran = drain(ts);
            if (!weakRefs.drain(ts) && !ran) break;
        }
    }

    /** How many collections gc.collect() runs at most while each one still finds something to finalize. */
    private static final int COLLECT_ROUNDS = 3;

    /**
     * Waits (at most timeoutMillis) until every target whose registration the collector has cleared
     * has been handed over by its Java finalizer. The handshake needs no help from the JVM: a
     * registration leaves {@link #live} when its target is handed over. After one wait in vain (the
     * JVM runs without finalization, say) it no longer waits.
     */
    private synchronized void awaitCollected(long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!stalled && anyCleared()) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                stalled = true;
                return;
            }
            try {
                wait(Math.min(left, 10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean anyCleared() {
        for (Registration r : live) {
            if (r.refersTo(null)) return true;
        }
        return false;
    }

    /**
     * At interpreter exit, after the atexit functions: runs the finalizers already due, then those of
     * every target still alive, as CPython's shutdown frees what module globals still hold: first the
     * values of __main__'s globals in their order, then the rest newest first (an object tends to be
     * made after the ones it owns, and CPython frees an owner before what it owns: a transport's
     * __del__ closes its socket before the socket would warn). Warnings are shown meanwhile as
     * CPython's shutdown shows them.
     */
    public void finalizeAtExit(PyDict mainGlobals) {
        ThreadState ts = ThreadState.current();
        weakRefs.awaitCollected(2_000);
        weakRefs.drain(ts);
        synchronized (this) {
            if (live.isEmpty() && queue.isEmpty()) return;
        }
        awaitCollected(2_000);
        drain(ts);
        weakRefs.drain(ts);
        // finalizers may make new targets: a few rounds, as CPython's shutdown collects more than once
        for (int round = 0; round < 3; round++) {
            List<Target> alive = aliveInExitOrder(mainGlobals);
            if (alive.isEmpty()) break;
            running = true;
            Warnings.shutdown(ts.interp, true);
            try {
                for (Target t : alive) run(ts, t, true);
            } finally {
                Warnings.shutdown(ts.interp, false);
                running = false;
            }
            drain(ts);
        }
    }

    /** Takes the live targets (marking them finalized): __main__'s global values first, in order, then newest first. */
    private synchronized List<Target> aliveInExitOrder(PyDict mainGlobals) {
        List<Registration> regs = new ArrayList<>(live);
        regs.sort(Comparator.comparingLong((Registration r) -> r.serial).reversed());
        IdentityHashMap<Target, Registration> alive = new IdentityHashMap<>();
        for (Registration r : regs) {
            Target t = r.get();
            if (t != null) alive.put(t, r);
        }
        List<Target> out = new ArrayList<>();
        if (mainGlobals != null) {
            for (int i = 0; i < mainGlobals.limit(); i++) {
                if (mainGlobals.keyAt(i) != null && mainGlobals.valueAtPos(i) instanceof Target t) take(alive.remove(t), t, out);
            }
        }
        for (Registration r : regs) {
            Target t = r.get();
            if (t != null) take(alive.remove(t), t, out);
        }
        return out;
    }

    private void take(Registration r, Target t, List<Target> out) {
        if (r == null) return;
        r.done = true;
        live.remove(r);
        out.add(t);
    }

    /** When the interpreter ends: targets collected from now on are dropped (their interpreter is gone). */
    public synchronized void close() {
        weakRefs.close();
        closed = true;
        queue.clear();
        live.clear();
    }
}
