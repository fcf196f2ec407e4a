package dev.taipan.eval;

import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.ThreadState;
import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.Set;

/**
 * The "coroutine ... was never awaited" RuntimeWarning. CPython prints it when a coroutine object
 * that never started is freed; Taipan has no reference counts, so it warns at once for the value
 * of an expression statement, and for other dropped coroutines when the garbage collector has
 * found them unreachable (checked at event-loop close and at exit).
 */
public final class NeverAwaited {
    private NeverAwaited() {}

    /**
     * A coroutine that has not started. New coroutines are only appended to a buffer (most are
     * awaited at once); when the buffer fills, or before a report, the ones still unstarted are
     * switched to weak references, so that the collector can tell which were dropped.
     */
    static final class Ref {
        PyGenerator g;
        WeakReference<PyGenerator> weak;
        String qualname;
        boolean started;
    }

    private static final int BUFFER = 4096;
    private static final Ref[] RECENT = new Ref[BUFFER];
    private static int recent;
    private static final Set<Ref> LIVE = new HashSet<>();

    static synchronized Ref track(PyGenerator g) {
        Ref r = new Ref();
        r.g = g;
        if (recent == BUFFER) sweep();
        RECENT[recent++] = r;
        return r;
    }

    /** Moves the buffered, still unstarted coroutines to weak references. */
    private static void sweep() {
        for (int i = 0; i < recent; i++) {
            Ref r = RECENT[i];
            RECENT[i] = null;
            if (r.started || r.g == null) continue;
            PyGenerator g = r.g;
            r.qualname = g.function != null ? g.function.qualname : g.code.qualname;
            r.weak = new WeakReference<>(g);
            r.g = null;
            LIVE.add(r);
        }
        recent = 0;
    }

    /** The coroutine started: it can no longer be "never awaited". */
    static void forget(Ref r) {
        r.started = true;
        r.g = null;
        if (r.weak != null) {
            synchronized (NeverAwaited.class) {
                LIVE.remove(r);
            }
        }
    }

    /** The value of an expression statement: a fresh coroutine dropped on the floor warns now. */
    static void dropped(PyObject v, Frame f, int line) {
        if (v instanceof PyGenerator g && g.tracker != null && !g.tracker.started) {
            Ref r = g.tracker;
            g.tracker = null;
            forget(r);
            String qualname = g.function != null ? g.function.qualname : g.code.qualname;
            dev.taipan.runtime.Warnings.coroutineNeverAwaited(g, qualname, f, line, false);
        }
    }

    /**
     * Warns for every never-started coroutine the collector has found unreachable. With force,
     * runs the collector first (loop close and exit: the moment CPython would have freed them).
     */
    public static void reportCollected(boolean force) {
        reportCollected(force, false);
    }

    /** As reportCollected(force); atExit reports them as CPython does during interpreter shutdown. */
    public static void reportCollected(boolean force, boolean atExit) {
        synchronized (NeverAwaited.class) {
            sweep();
            if (LIVE.isEmpty()) return;
        }
        if (force && !atExit) System.gc();
        java.util.ArrayList<Ref> gone = new java.util.ArrayList<>();
        synchronized (NeverAwaited.class) {
            for (Ref r : LIVE) if (atExit || r.weak.refersTo(null)) gone.add(r);
            LIVE.removeAll(gone);
        }
        ThreadState ts = ThreadState.current();
        Frame f = ts.frame;
        for (Ref r : gone) {
            if (r.started) continue;
            dev.taipan.runtime.Warnings.coroutineNeverAwaited(null, r.qualname, atExit ? null : f, atExit || f == null ? 0 : f.line, atExit);
        }
    }
}
