package dev.taipan.aio;

import java.util.ArrayList;
import java.util.List;

/**
 * The pending tasks of a loop (asyncio.all_tasks()): an intrusive doubly linked list through
 * the tasks themselves, so that a million sleeping tasks cost no hash-set entries.
 */
final class TaskList {
    private PyTask head, tail;
    private int size;

    void add(PyTask t) {
        if (t.listed) return;
        t.listed = true;
        t.prevListed = tail;
        t.nextListed = null;
        if (tail == null) head = t;
        else tail.nextListed = t;
        tail = t;
        size++;
    }

    void remove(PyTask t) {
        if (!t.listed) return;
        t.listed = false;
        if (t.prevListed == null) head = t.nextListed;
        else t.prevListed.nextListed = t.nextListed;
        if (t.nextListed == null) tail = t.prevListed;
        else t.nextListed.prevListed = t.prevListed;
        t.prevListed = t.nextListed = null;
        size--;
    }

    int size() {
        return size;
    }

    /** The tasks in the order they were added. */
    List<PyTask> snapshot() {
        ArrayList<PyTask> out = new ArrayList<>(size);
        for (PyTask t = head; t != null; t = t.nextListed) out.add(t);
        return out;
    }
}
