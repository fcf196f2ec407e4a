package dev.taipan.eval;

import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
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
        PyTuple origin;
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
            r.origin = g.origin;
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
            dev.taipan.runtime.Warnings.coroutineNeverAwaited(g, qualname, f, line, false, createdAt(g.origin));
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
            dev.taipan.runtime.Warnings.coroutineNeverAwaited(null, r.qualname, atExit ? null : f, atExit || f == null ? 0 : f.line, atExit,
                    createdAt(r.origin));
        }
    }

    /** cr_origin for a coroutine made now: up to depth frames from f outward, as (filename, line, function name). */
    static PyTuple originOf(Frame f, int depth) {
        java.util.ArrayList<PyObject> items = new java.util.ArrayList<>();
        for (; f != null && items.size() < depth; f = f.back) {
            items.add(PyTuple.of(PyStr.of(f.code.filename), PyInt.of(f.line), PyStr.of(f.code.name)));
        }
        return PyTuple.of(items.toArray(new PyObject[0]));
    }

    /**
     * What the warning adds for a coroutine with a cr_origin (warnings._warn_unawaited_coroutine): the
     * "Coroutine created at" header and the frames outermost first, each with its source line; null without one.
     */
    static String createdAt(PyTuple origin) {
        if (origin == null) return null;
        StringBuilder sb = new StringBuilder("Coroutine created at (most recent call last)\n");
        PyObject linecache = null;
        try {
            linecache = ThreadState.current().interp.importer.importModule("linecache", new dev.taipan.runtime.PyDict(), null, 0);
        } catch (dev.taipan.runtime.PyException e) {
            // no source lines then
        }
        for (int i = origin.size() - 1; i >= 0; i--) {
            PyObject[] e = ((PyTuple) origin.items[i]).items;
            sb.append("  File \"").append(e[0].str()).append("\", line ").append(e[1].str()).append(", in ").append(e[2].str()).append('\n');
            if (linecache == null) continue;
            try {
                String line = dev.taipan.runtime.Call.invoke(linecache, "getline", e[0], e[1]).str().strip();
                if (!line.isEmpty()) sb.append("    ").append(line).append('\n');
            } catch (dev.taipan.runtime.PyException ignored) {
                // a file that cannot be read: the entry has no source line
            }
        }
        while (sb.charAt(sb.length() - 1) == '\n') sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
