package dev.taipan.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** id() for every object: a unique number per live object, kept in a weak identity table (ids are rare). */
public final class Ids {
    private Ids() {}

    private static final AtomicLong NEXT = new AtomicLong(0x7f3a1c000000L);
    private static final Map<Key, Long> IDS = new HashMap<>();
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();

    private static final class Key extends WeakReference<Object> {
        final int hash;

        Key(Object o, ReferenceQueue<Object> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && (k == this || (k.get() != null && k.get() == get()));
        }
    }

    public static synchronized long id(Object o) {
        for (Object r; (r = QUEUE.poll()) != null; ) {
            IDS.remove(r);
        }
        Key k = new Key(o, QUEUE);
        Long v = IDS.get(k);
        if (v == null) {
            v = NEXT.getAndAdd(0x30);
            IDS.put(k, v);
        }
        return v;
    }

    public static String hexId(Object o) {
        return "0x" + Long.toHexString(id(o));
    }
}
