package dev.taipan.runtime;

import java.util.IdentityHashMap;

/** Detects recursive containers during repr so they print as [...] / {...}, per thread. */
public final class ReprGuard {
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private ReprGuard() {}

    /** False when obj is already being printed further up (a cycle). */
    public static boolean enter(Object obj) {
        return ACTIVE.get().put(obj, Boolean.TRUE) == null;
    }

    public static void exit(Object obj) {
        ACTIVE.get().remove(obj);
    }
}
