package dev.taipan.runtime;

import java.util.IdentityHashMap;

/** Detects recursive containers during repr so they print as [...] / {...}, per thread. */
public final class ReprGuard {
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private ReprGuard() {}

    /** How deep container reprs may nest before RecursionError, like CPython's C recursion limit. */
    private static final int MAX_DEPTH = 10000;

    /** False when obj is already being printed further up (a cycle). */
    public static boolean enter(Object obj) {
        IdentityHashMap<Object, Boolean> active = ACTIVE.get();
        if (active.size() >= MAX_DEPTH) {
            throw Errors.of(PyExc.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        }
        return active.put(obj, Boolean.TRUE) == null;
    }

    public static void exit(Object obj) {
        ACTIVE.get().remove(obj);
    }
}
