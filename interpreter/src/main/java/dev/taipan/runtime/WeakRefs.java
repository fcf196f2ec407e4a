package dev.taipan.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weak references of one interpreter, kept in a side table so that objects never weakly
 * referenced pay nothing: per referent a {@link Group}, a Java weak reference to it that also lists
 * its weakref objects (themselves held weakly: a weakref dropped before its referent never calls its
 * callback, as in CPython). When the collector finds a referent unreachable it clears the group; a
 * daemon thread (the reaper) only hands the group to its interpreter, whose threads run the callbacks
 * at the next check ({@link Gil#pending()}), in {@code gc.collect()} (see {@link Finalizers#collect})
 * and before exit, never after the interpreter has ended.
 */
public final class WeakRefs {
    /** The groups of every interpreter whose referent the collector has cleared, read by the reaper. */
    private static final ReferenceQueue<PyObject> CLEARED = new ReferenceQueue<>();
    private static Thread reaper;

    /**
     * The built-in types whose instances (and whose subclasses' instances) support weak references:
     * those of this package are added on first use, those of other packages by their own classes.
     */
    private static final Map<PyType, Boolean> SUPPORTING = new IdentityHashMap<>();
    private static boolean runtimeTypesAllowed;

    /** All the weak references of this interpreter to one object, in CPython's order. */
    static final class Group extends WeakReference<PyObject> {
        final WeakRefs owner;
        final int hash;
        /** Creation order: callbacks of referents collected together run oldest group first. */
        final long serial;
        /** The weakref objects: the basic ref first, then the basic proxy, then the others newest first. */
        final ArrayList<WeakReference<PyWeakReference>> refs = new ArrayList<>(2);
        /** The list's size at which the entries of collected weakrefs are dropped next (amortized). */
        int purgeAt = 8;

        Group(PyObject referent, WeakRefs owner, long serial) {
            super(referent, CLEARED);
            this.owner = owner;
            this.hash = System.identityHashCode(referent);
            this.serial = serial;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }
    }

    /** Finds the group of an object in the table: equal to the group that refers to it. */
    private static final class Probe {
        final PyObject referent;
        final int hash;

        Probe(PyObject referent) {
            this.referent = referent;
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Group g && g.refersTo(referent);
        }
    }

    /** A callback due: its weakref and the callback it had when its referent was collected. */
    private record Due(long serial, PyWeakReference ref, PyObject callback) {}

    private long nextSerial;
    /** The groups of live referents (guarded by this). */
    private final HashMap<Object, Group> groups = new HashMap<>();
    /** Callbacks of collected referents, waiting to run. */
    private final HandOverQueue<Due> queue = new HandOverQueue<>();

    /** Whether callbacks are waiting (the checks' fast path). */
    boolean pending() {
        return queue.pending();
    }
    private boolean closed;
    /** Whether callbacks are running now (a check inside one does not run the others re-entrantly). */
    private boolean running;
    /** Set when the reaper did not hand over what a collection found (guarded by this). */
    private boolean stalled;
    /** Whether a thread waits in {@link #awaitCollected} (guarded by this). */
    private boolean awaiting;

    WeakRefs() {}

    // ---- which objects can be weakly referenced -------------------------------------------------

    /** Marks built-in types whose instances, and those of their subclasses, can be weakly referenced. */
    public static void allow(PyType... types) {
        synchronized (SUPPORTING) {
            for (PyType t : types) SUPPORTING.put(t, Boolean.TRUE);
        }
    }

    /**
     * Whether instances of t can be weakly referenced, as CPython decides: a built-in type allowed
     * above, or a class whose instances have a __weakref__ slot (any class without __slots__, or whose
     * __slots__ name __weakref__), except subclasses of the variable-size int, tuple and bytes.
     */
    public static boolean supports(PyType t) {
        for (PyType m : t.mro) {
            if (m.builtin) {
                synchronized (SUPPORTING) {
                    if (!runtimeTypesAllowed) allowRuntimeTypes();
                    if (SUPPORTING.containsKey(m)) return true;
                }
            } else if (m.dict.containsKey("__weakref__")) {
                PyType solid = t.solidBase;
                return !(solid.isSubtypeOf(PyInt.TYPE) || solid.isSubtypeOf(PyTuple.TYPE) || solid.isSubtypeOf(PyBytes.TYPE));
            }
        }
        return false;
    }

    private static void allowRuntimeTypes() {
        runtimeTypesAllowed = true;
        allow(PyType.TYPE, PyFunction.TYPE, PyMethod.TYPE, PyBuiltin.FUNCTION_TYPE, PySet.SET_TYPE, PySet.FROZENSET_TYPE,
                Code.TYPE, PyModule.TYPE, PyMemoryView.TYPE, PyGenericAlias.TYPE, PyContext.TYPE, PyIOBase.TYPE);
    }

    /** Raises CPython's TypeError unless o can be weakly referenced. */
    static void check(PyObject o) {
        if (!supports(o.type())) {
            throw Errors.typeError("cannot create weak reference to '" + o.type().tpName() + "' object");
        }
    }

    /** The weak references of the current thread's interpreter. */
    static WeakRefs current() {
        return ThreadState.current().interp.weakRefs;
    }

    // ---- the table -----------------------------------------------------------------------------------

    /** The live basic ref (proxy false) or basic proxy of o, or null: weakref.ref(o) reuses it. */
    synchronized PyWeakReference basic(PyObject o, boolean proxy) {
        Group g = groups.get(new Probe(o));
        if (g == null) return null;
        for (WeakReference<PyWeakReference> w : g.refs) {
            PyWeakReference r = w.get();
            if (r == null) continue;
            if (!r.isBasic()) break;
            if ((r instanceof PyWeakProxy) == proxy) return r;
        }
        return null;
    }

    /** Adds r as a weak reference to o: the basic ref at the head, the basic proxy after it, others after both. */
    synchronized void attach(PyObject o, PyWeakReference r) {
        Group g = groups.get(new Probe(o));
        if (g == null) {
            startReaper();
            g = new Group(o, this, nextSerial++);
            if (!closed) groups.put(g, g);
        }
        r.group = g;
        if (g.refs.size() >= g.purgeAt) {
            g.refs.removeIf(w -> w.refersTo(null));
            g.purgeAt = Math.max(8, 2 * g.refs.size());
        }
        int at = 0;
        if (!(r instanceof PyWeakRef && r.isBasic())) {
            for (int i = 0; i < g.refs.size(); i++) {
                PyWeakReference b = g.refs.get(i).get();
                if (b == null) continue;
                if (!b.isBasic() || (r.isBasic() && b instanceof PyWeakProxy)) break;
                at = i + 1;
            }
        }
        g.refs.add(at, new WeakReference<>(r));
    }

    /** The weak references of the current interpreter to o, in CPython's order (empty when none): getweakrefs(o). */
    public static List<PyWeakReference> refsTo(PyObject o) {
        return current().live(o);
    }

    private synchronized List<PyWeakReference> live(PyObject o) {
        Group g = groups.get(new Probe(o));
        List<PyWeakReference> out = new ArrayList<>();
        if (g == null) return out;
        for (WeakReference<PyWeakReference> w : g.refs) {
            PyWeakReference r = w.get();
            if (r != null) out.add(r);
        }
        return out;
    }

    /** o.__weakref__: the first weak reference to o, or None. */
    public static PyObject firstRef(PyObject o) {
        List<PyWeakReference> refs = refsTo(o);
        return refs.isEmpty() ? PyNone.NONE : refs.get(0);
    }

    // ---- collection ----------------------------------------------------------------------------------

    private static synchronized void startReaper() {
        if (reaper != null) return;
        reaper = new Thread(WeakRefs::reap, "Taipan weakref reaper");
        reaper.setDaemon(true);
        reaper.start();
    }

    /** The reaper's loop: hands the cleared groups to their interpreters (no Python code runs here), a batch at a time. */
    private static void reap() {
        java.util.Set<WeakRefs> owners = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (true) {
            try {
                for (Object r = CLEARED.remove(); r != null; r = CLEARED.poll()) {
                    if (r instanceof Group g) {
                        g.owner.collected(g);
                        owners.add(g.owner);
                    }
                }
            } catch (InterruptedException e) {
                // a daemon thread: keep serving
            }
            for (WeakRefs w : owners) w.wakeWaiter();
            owners.clear();
        }
    }

    /** On the reaper: g's referent was collected; its weakrefs still alive with a callback are queued. */
    private synchronized void collected(Group g) {
        groups.remove(g);
        if (!closed) {
            for (WeakReference<PyWeakReference> w : g.refs) {
                PyWeakReference r = w.get();
                if (r != null && r.callback != null) queue.add(new Due(g.serial, r, r.callback));
            }
        }
    }

    private synchronized void wakeWaiter() {
        if (awaiting) notifyAll();
    }

    /**
     * Waits (at most timeoutMillis) until the reaper has handed over every group whose referent the
     * collector has cleared: those still in the table are found once, then waited for in turn (the
     * reaper takes them in about that order). After one wait in vain it no longer waits.
     */
    synchronized void awaitCollected(long timeoutMillis) {
        if (stalled) return;
        List<Group> cleared = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.refersTo(null)) cleared.add(g);
        }
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        awaiting = true;
        try {
            for (Group g : cleared) {
                while (groups.get(g) == g) {
                    long left = (deadline - System.nanoTime()) / 1_000_000L;
                    if (left <= 0) {
                        stalled = true;
                        return;
                    }
                    wait(Math.min(left, 10));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            awaiting = false;
        }
    }

    private List<Due> takeQueued() {
        return queue.takeAll(Comparator.comparingLong(Due::serial));
    }

    /**
     * Runs the due callbacks in the current thread, and those due meanwhile (not re-entrantly):
     * referents collected together oldest first, each one's callbacks in CPython's order (newest
     * first). Returns whether any ran.
     */
    boolean drain(ThreadState ts) {
        if (running) return false;
        running = true;
        boolean ran = false;
        try {
            for (List<Due> batch = takeQueued(); !batch.isEmpty(); batch = takeQueued()) {
                for (Due d : batch) {
                    ran = true;
                    call(ts, d);
                }
            }
        } finally {
            running = false;
        }
        return ran;
    }

    /** Calls one callback with its weakref; an exception is reported as unraisable, as CPython does. */
    private static void call(ThreadState ts, Due d) {
        PyBaseException handled = ts.handled;
        try {
            d.callback.call(d.ref);
        } catch (PyException e) {
            Finalizers.reportUnraisable(e, d.callback, false);
        } finally {
            ts.handled = handled;
        }
    }

    /** When the interpreter ends: callbacks are dropped and referents collected from now on ignored. */
    synchronized void close() {
        closed = true;
        queue.clear();
        groups.clear();
    }
}
