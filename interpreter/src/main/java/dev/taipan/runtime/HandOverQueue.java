package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Work a JVM-internal thread hands to an interpreter's own threads (objects to finalize, weakref
 * callbacks to call): while it is not empty, the lock's breaker is raised once, so that the next
 * check ({@link Gil#pending()}) takes it.
 */
final class HandOverQueue<T> {
    private final List<T> items = new ArrayList<>();
    /** Whether the breaker is raised for this queue (read unlocked by the checks' fast path). */
    private volatile boolean pending;

    /** Whether something is waiting (a hint: the caller takes it under the lock). */
    boolean pending() {
        return pending;
    }

    synchronized void add(T item) {
        items.add(item);
        if (!pending) {
            pending = true;
            Gil.breakerAdd(1);
        }
    }

    synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    /** Takes every queued item in the given order (empty when none), and lowers the breaker. */
    synchronized List<T> takeAll(Comparator<? super T> order) {
        lower();
        if (items.isEmpty()) return List.of();
        List<T> batch = new ArrayList<>(items);
        items.clear();
        batch.sort(order);
        return batch;
    }

    /** Drops everything queued (the interpreter has ended). */
    synchronized void clear() {
        items.clear();
        lower();
    }

    private void lower() {
        if (pending) {
            pending = false;
            Gil.breakerAdd(-1);
        }
    }
}
