package dev.taipan.runtime;

import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The per-interpreter table of small file-descriptor numbers for Java channels (sockets and the
 * like), so that select, selectors and the event loop can map a Python fd back to its channel.
 * Numbers start at 3 and the lowest free one is reused, as the OS does.
 */
public final class FdTable {
    /** A resource with a channel a selector can watch (a socket). */
    public interface Pollable {
        /** The channel to register with a selector, or null when there is none (closed). */
        SelectableChannel channel();

        /** A selector reported a pending connect as ready: finish it, keeping its error for SO_ERROR. */
        void connectReady();
    }

    /** The events of CPython's selectors module. */
    public static final int EVENT_READ = 1;
    public static final int EVENT_WRITE = 2;

    private static final int FIRST = 3;
    private static final Map<InterpState, FdTable> TABLES = new WeakHashMap<>();

    /** slots.get(fd - FIRST): the resource, or null when the number is free. */
    private final ArrayList<Object> slots = new ArrayList<>();

    public static FdTable of(InterpState interp) {
        synchronized (TABLES) {
            return TABLES.computeIfAbsent(interp, k -> new FdTable());
        }
    }

    public static FdTable current() {
        return of(ThreadState.current().interp);
    }

    /** Gives resource the lowest free number. */
    public synchronized int add(Object resource) {
        for (int i = 0; i < slots.size(); i++) {
            if (unwrap(slots.get(i)) == null) {
                slots.set(i, resource);
                return i + FIRST;
            }
        }
        slots.add(resource);
        return slots.size() - 1 + FIRST;
    }

    /**
     * Gives a file object a number from the same space as sockets, held weakly: a file
     * dropped without close() frees its number once collected (as CPython closes it).
     */
    public synchronized int addWeak(Object resource) {
        return add(new java.lang.ref.WeakReference<>(resource));
    }

    /** A number for a file object being made (see {@link #addWeak}); {@link #fill} sets it. */
    public synchronized int reserve() {
        return add(RESERVED);
    }

    /** Puts resource (weakly) in the number {@link #reserve} returned. */
    public synchronized void fill(int fd, Object resource) {
        int i = fd - FIRST;
        if (i >= 0 && i < slots.size() && slots.get(i) == RESERVED) slots.set(i, new java.lang.ref.WeakReference<>(resource));
    }

    private static final Object RESERVED = new Object();

    private static Object unwrap(Object o) {
        return o instanceof java.lang.ref.WeakReference<?> w ? w.get() : o;
    }

    /** The resource numbered fd, or null. */
    public synchronized Object get(int fd) {
        int i = fd - FIRST;
        Object o = i >= 0 && i < slots.size() ? unwrap(slots.get(i)) : null;
        return o == RESERVED ? null : o;
    }

    /** The Pollable numbered fd, or null when fd is not one. */
    public Pollable pollable(int fd) {
        return get(fd) instanceof Pollable p ? p : null;
    }

    /** Frees fd if it still names resource. */
    public synchronized void remove(int fd, Object resource) {
        int i = fd - FIRST;
        if (i >= 0 && i < slots.size() && unwrap(slots.get(i)) == resource) {
            slots.set(i, null);
            while (!slots.isEmpty() && unwrap(slots.get(slots.size() - 1)) == null) slots.remove(slots.size() - 1);
        }
    }

    /**
     * Closes every resource still in interp's table (those that are AutoCloseable), for the end
     * of an interpreter: CPython's process exit closes leaked sockets, an in-process run must too.
     */
    public static void closeAll(InterpState interp) {
        FdTable t;
        synchronized (TABLES) {
            t = TABLES.remove(interp);
        }
        if (t == null) return;
        Object[] all;
        synchronized (t) {
            all = t.slots.toArray();
            t.slots.clear();
        }
        for (Object o : all) {
            if (o instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing at exit: nothing to report to
                }
            }
        }
    }

    // ---- file objects ----------------------------------------------------------------------------

    /** selectors' _fileobj_to_fd: an int, or an object whose fileno() gives one; ValueError otherwise or when negative. */
    public static int fileobjToFd(PyObject fileobj) {
        long fd;
        if (fileobj instanceof PyInt i) {
            fd = i.isBig() ? (i.signum() < 0 ? -1 : Integer.MAX_VALUE) : i.value;
        } else {
            try {
                PyObject r = Call.invoke(fileobj, "fileno");
                PyInt i = r instanceof PyInt pi ? pi : (PyInt) PyInt.TYPE.call(r);
                fd = i.isBig() ? (i.signum() < 0 ? -1 : Integer.MAX_VALUE) : i.value;
            } catch (PyException e) {
                if (e.value.isInstance(PyExc.AttributeError) || e.value.isInstance(PyExc.TypeError)
                        || e.value.isInstance(PyExc.ValueError)) {
                    throw Errors.valueError("Invalid file object: " + fileobj.repr());
                }
                throw e;
            }
        }
        if (fd < 0) throw Errors.valueError("Invalid file descriptor: " + fd);
        return (int) Math.min(fd, Integer.MAX_VALUE);
    }

    // ---- readiness -------------------------------------------------------------------------------

    /** The java.nio interest set that watches ch for the selectors events (EVENT_READ | EVENT_WRITE). */
    public static int interestOps(SelectableChannel ch, int events) {
        int ops = 0;
        if ((events & EVENT_READ) != 0) ops |= ch instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        if ((events & EVENT_WRITE) != 0) {
            // a pending connect reports completion as OP_CONNECT, never as OP_WRITE
            if (ch instanceof SocketChannel sc && sc.isConnectionPending()) ops |= SelectionKey.OP_CONNECT;
            else ops |= SelectionKey.OP_WRITE;
        }
        return ops & ch.validOps();
    }

    /**
     * Re-derives a key's interest set when it still asks for OP_CONNECT but the connect has been
     * finished elsewhere (a connected channel's OP_CONNECT interest makes select() return at once
     * forever without reporting anything). Returns false when the key is no longer valid.
     */
    public static boolean refreshConnect(SelectionKey key, int events) {
        try {
            if ((key.interestOps() & SelectionKey.OP_CONNECT) != 0 && key.channel() instanceof SocketChannel sc
                    && !sc.isConnectionPending()) {
                key.interestOps(interestOps(sc, events));
            }
            return true;
        } catch (java.nio.channels.CancelledKeyException e) {
            return false;
        }
    }

    /**
     * The selectors events a selected key reports, within events. A finished connect is completed
     * here (its outcome kept for SO_ERROR) and the key stops asking for OP_CONNECT, which would
     * otherwise stay ready forever.
     */
    public static int readyEvents(SelectionKey key, Pollable p, int events) {
        int ready;
        try {
            ready = key.readyOps();
        } catch (java.nio.channels.CancelledKeyException e) {
            return 0;
        }
        if ((ready & SelectionKey.OP_CONNECT) != 0) {
            p.connectReady();
            if (key.isValid()) key.interestOps(interestOps(key.channel(), events));
        }
        int ev = 0;
        if ((ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) ev |= EVENT_READ;
        if ((ready & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) ev |= EVENT_WRITE;
        return ev & events;
    }
}
