package dev.taipan.eval;

import dev.taipan.runtime.Call;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.ThreadState;
import java.lang.ref.ReferenceQueue;
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

    /** A weak reference to a coroutine that has not started, with what the warning needs once it is gone. */
    static final class Ref extends WeakReference<PyGenerator> {
        final String qualname;
        boolean started;

        Ref(PyGenerator g, ReferenceQueue<PyGenerator> q) {
            super(g, q);
            qualname = g.function != null ? g.function.qualname : g.code.qualname;
        }
    }

    private static final ReferenceQueue<PyGenerator> QUEUE = new ReferenceQueue<>();
    private static final Set<Ref> LIVE = new HashSet<>();

    static synchronized Ref track(PyGenerator g) {
        Ref r = new Ref(g, QUEUE);
        LIVE.add(r);
        return r;
    }

    /** The value of an expression statement: a fresh coroutine dropped on the floor warns now. */
    static void dropped(PyObject v, Frame f, int line) {
        if (v instanceof PyGenerator g && g.tracker != null && !g.tracker.started) {
            Ref r = g.tracker;
            r.started = true;
            g.tracker = null;
            synchronized (NeverAwaited.class) {
                LIVE.remove(r);
            }
            String src = f.code.sourceLine(line);
            emit(f.code.filename + ":" + line + ": RuntimeWarning: coroutine '" + r.qualname + "' was never awaited\n"
                    + (src == null ? "" : "  " + src.strip() + "\n"));
        }
    }

    /**
     * Warns for every never-started coroutine the collector has found unreachable. With force,
     * runs the collector first (loop close and exit: the moment CPython would have freed them).
     */
    public static void reportCollected(boolean force) {
        synchronized (NeverAwaited.class) {
            if (LIVE.isEmpty()) return;
        }
        if (force) {
            System.gc();
            try {
                Thread.sleep(1);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
        StringBuilder sb = new StringBuilder();
        for (java.lang.ref.Reference<? extends PyGenerator> x; (x = QUEUE.poll()) != null; ) {
            Ref r = (Ref) x;
            synchronized (NeverAwaited.class) {
                if (!LIVE.remove(r)) continue;
            }
            if (!r.started) sb.append("sys:1: RuntimeWarning: coroutine '").append(r.qualname).append("' was never awaited\n");
        }
        if (!sb.isEmpty()) emit(sb.toString());
    }

    private static void emit(String text) {
        ThreadState ts = ThreadState.current();
        PyObject err = ts.interp.sys != null ? ts.interp.sys.lookupAttr("stderr") : ts.interp.stderr;
        String full = text + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
        try {
            if (err != null) {
                Call.invoke(err, "write", PyStr.of(full));
                Call.invoke(err, "flush");
            }
        } catch (PyException ignored) {
            // a closed or replaced stderr: the warning is lost, as in CPython
        }
    }
}
