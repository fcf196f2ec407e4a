package dev.taipan.aio;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.FdTable;
import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyContext;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A loop's file-descriptor watches (add_reader / add_writer): per fd a reader and a writer
 * Handle and the channel's key in the loop's Selector. After a select, ready watches put their
 * handles on the ready queue as CPython's _process_events does: per fd the reader, then the writer.
 * The key of a listening (or closed) fd no longer watched is cancelled and flushed from the selector
 * at once: java.nio closes a registered channel only when its last key is flushed, and until then a
 * closed listening socket would still take connections. A connected socket's key is only disarmed.
 */
final class IoWatches {
    /** One watched fd. */
    static final class Watch {
        final int fd;
        final FdTable.Pollable pollable;
        /** Registration order: watches ready together are processed in it, as epoll reports them. */
        final long seq;
        SelectionKey key;
        Handle reader, writer;

        Watch(int fd, FdTable.Pollable pollable, long seq) {
            this.fd = fd;
            this.pollable = pollable;
            this.seq = seq;
        }

        int events() {
            return (reader != null ? FdTable.EVENT_READ : 0) | (writer != null ? FdTable.EVENT_WRITE : 0);
        }
    }

    private final EventLoop loop;
    private final Map<Integer, Watch> byFd = new HashMap<>();
    /** Watches whose key asks for OP_CONNECT: refreshed before each select. */
    private final Map<Integer, Watch> connecting = new HashMap<>();
    private long nextSeq;

    IoWatches(EventLoop loop) {
        this.loop = loop;
    }

    boolean isEmpty() {
        return byFd.isEmpty();
    }

    /** The watch of fd, or null. */
    Watch get(int fd) {
        return byFd.get(fd);
    }

    /** _add_reader / _add_writer: (re)places the fd's reader or writer handle; the one it replaces is cancelled. */
    Handle add(int fd, boolean reader, PyObject callback, PyObject[] args) {
        loop.checkClosed();
        FdTable.Pollable p = FdTable.current().pollable(fd);
        SelectableChannel ch = p == null ? null : p.channel();
        if (ch == null) {
            if (fd <= 2) throw Errors.notImplemented("watching fd " + fd + " is not supported by Taipan: only sockets can be watched");
            // epoll refuses regular files (EPERM) and numbers that name nothing (EBADF)
            boolean file = FdTable.current().get(fd) != null;
            throw new PyException((PyBaseException) PyExc.OSError.call(PyInt.of(file ? 1 : 9),
                    PyStr.of(file ? "Operation not permitted" : "Bad file descriptor")));
        }
        Handle h = new Handle(callback, args, loop, PyContext.current().copy());
        Watch w = byFd.get(fd);
        if (w != null && w.pollable != p) {
            // the fd was closed and reused: the old watch is stale
            dropKey(w);
            byFd.remove(fd);
            w = null;
        }
        if (w == null) {
            w = new Watch(fd, p, nextSeq++);
            byFd.put(fd, w);
        }
        Handle old = reader ? w.reader : w.writer;
        if (reader) w.reader = h;
        else w.writer = h;
        update(w);
        if (old != null) old.cancel();
        return h;
    }

    /** _remove_reader / _remove_writer: whether there was one (it is cancelled). */
    boolean remove(int fd, boolean reader) {
        if (loop.closed) return false;
        Watch w = byFd.get(fd);
        if (w == null) return false;
        Handle old = reader ? w.reader : w.writer;
        if (reader) w.reader = null;
        else w.writer = null;
        if (w.events() == 0) {
            byFd.remove(fd);
            connecting.remove(fd);
            if (w.key != null) {
                if (w.key.channel() instanceof java.nio.channels.ServerSocketChannel || !w.key.channel().isOpen()) {
                    dropKey(w);
                    if (processing) flushPending = true;
                    else flush();
                } else {
                    disarm(w);
                }
            }
        } else {
            update(w);
        }
        if (old == null) return false;
        old.cancel();
        return true;
    }

    /** Registers or re-aims w's key at its fd's current channel with the interest its handles need. */
    private void update(Watch w) {
        SelectableChannel ch = w.pollable.channel();
        if (ch == null) {
            dropKey(w);
            return;
        }
        int ops = FdTable.interestOps(ch, w.events());
        try {
            Selector sel = loop.ioSelector();
            if (w.key != null && (!w.key.isValid() || w.key.channel() != ch)) dropKey(w);
            if (w.key == null) {
                SelectionKey k = ch.keyFor(sel);
                if (k != null && !k.isValid()) {
                    sel.selectNow(); // flush the cancelled key before registering again
                    sel.selectedKeys().clear();
                }
                w.key = ch.register(sel, ops, w);
            } else {
                w.key.interestOps(ops);
                w.key.attach(w);
            }
        } catch (IOException e) {
            throw Errors.runtimeError("selector failed: " + e.getMessage());
        } catch (java.nio.channels.CancelledKeyException e) {
            w.key = null;
        }
        if ((ops & SelectionKey.OP_CONNECT) != 0) connecting.put(w.fd, w);
        else connecting.remove(w.fd);
    }

    /** Set while process() walks the selected keys (a flush then waits until it is done). */
    private boolean processing, flushPending;

    /** Deregisters cancelled keys now (a selectNow); what it finds ready is found again by the next select. */
    private void flush() {
        flushPending = false;
        if (loop.closed) return;
        try {
            Selector sel = loop.ioSelector();
            sel.selectNow();
            sel.selectedKeys().clear();
        } catch (IOException | java.nio.channels.ClosedSelectorException e) {
            // a closed selector has no keys left to flush
        }
    }

    /**
     * Leaves a connected channel's key registered with no interest: a later watch of the same
     * channel re-aims it, and closing the channel cancels it. Cancelling it now would need a
     * selectNow to flush it (costly with thousands of sockets: it reports every ready key).
     */
    private static void disarm(Watch w) {
        try {
            w.key.interestOps(0);
            w.key.attach(null);
        } catch (java.nio.channels.CancelledKeyException e) {
            // closed meanwhile: nothing left to disarm
        }
        w.key = null;
    }

    private static void dropKey(Watch w) {
        if (w.key != null) {
            w.key.attach(null);
            w.key.cancel();
            w.key = null;
        }
    }

    /** Before a select: keys still asking for a connect that someone else finished would wake it forever. */
    void beforeSelect() {
        if (connecting.isEmpty()) return;
        for (Iterator<Watch> it = connecting.values().iterator(); it.hasNext(); ) {
            Watch w = it.next();
            if (w.key == null || !FdTable.refreshConnect(w.key, w.events())
                    || (w.key.interestOps() & SelectionKey.OP_CONNECT) == 0) {
                it.remove();
            }
        }
    }

    /** After a select: the ready watches' handles go on the ready queue (reader before writer, per fd). */
    void process(Selector sel) {
        var keys = sel.selectedKeys();
        if (keys.isEmpty()) return;
        processing = true;
        try {
            processKeys(keys);
        } finally {
            processing = false;
        }
        keys.clear();
        if (flushPending) flush();
    }

    private void processKeys(java.util.Set<SelectionKey> keys) {
        // java.nio's selected-key set has no order: take the watches in registration order
        Watch[] ready = new Watch[keys.size()];
        int n = 0;
        for (SelectionKey key : keys) {
            if (key.attachment() instanceof Watch w && byFd.get(w.fd) == w) ready[n++] = w;
        }
        if (n > 1) java.util.Arrays.sort(ready, 0, n, (x, y) -> Long.compare(x.seq, y.seq));
        for (int i = 0; i < n; i++) {
            Watch w = ready[i];
            SelectionKey key = w.key;
            if (key == null || byFd.get(w.fd) != w) continue;
            int ev = FdTable.readyEvents(key, w.pollable, w.events());
            if ((ev & FdTable.EVENT_READ) != 0 && w.reader != null) {
                if (w.reader.cancelled) remove(w.fd, true);
                else loop.ready.add(w.reader);
            }
            if ((ev & FdTable.EVENT_WRITE) != 0 && w.writer != null) {
                if (w.writer.cancelled) remove(w.fd, false);
                else loop.ready.add(w.writer);
            }
            if (w.key != null && w.key.isValid() && (w.key.interestOps() & SelectionKey.OP_CONNECT) == 0) connecting.remove(w.fd);
        }
    }

    void clear() {
        byFd.clear();
        connecting.clear();
    }

    // ---- the loop's Python methods ------------------------------------------------------------

    /** Defines _add_reader, add_reader, _remove_reader, remove_reader and the writer forms, and _io_watch, on the loop type. */
    static void install(PyType t) {
        for (boolean reader : new boolean[] {true, false}) {
            String kind = reader ? "reader" : "writer";
            t.method("_add_" + kind, (self, args, kw) -> add((EventLoop) self, "_add_" + kind, args, kw, reader, false));
            t.method("add_" + kind, (self, args, kw) -> add((EventLoop) self, "add_" + kind, args, kw, reader, true));
            t.method1("_remove_" + kind, (self, fd) -> PyBool.of(((EventLoop) self).io.remove(FdTable.fileobjToFd(fd), reader)));
            t.method1("remove_" + kind, (self, fd) -> {
                ensureNoTransport(self, fd);
                return PyBool.of(((EventLoop) self).io.remove(FdTable.fileobjToFd(fd), reader));
            });
        }
        t.method0("_io_watched_fds", self -> {
            dev.taipan.runtime.PyList out = new dev.taipan.runtime.PyList();
            for (int fd : ((EventLoop) self).io.byFd.keySet()) out.append(PyInt.of(fd));
            return out;
        });
        t.method1("_io_watch", (self, fdObj) -> {
            Watch w = ((EventLoop) self).io.get(FdTable.fileobjToFd(fdObj));
            if (w == null) return PyNone.NONE;
            return PyTuple.of(PyInt.of(w.events()), w.reader == null ? PyNone.NONE : w.reader, w.writer == null ? PyNone.NONE : w.writer);
        });
    }

    /** add_reader(fd, callback, *args) and its forms; the public ones first check that no transport owns the fd. */
    private static PyObject add(EventLoop loop, String name, PyObject[] args, String[] kw, boolean reader, boolean checked) {
        ArgParser.noKeywords(name, kw);
        if (args.length < 2) {
            int missing = 2 - args.length;
            throw Errors.typeError("BaseSelectorEventLoop." + name + "() missing " + missing + " required positional argument"
                    + (missing == 1 ? ": 'callback'" : "s: 'fd' and 'callback'"));
        }
        if (checked) ensureNoTransport(loop, args[0]);
        loop.checkClosed();
        int fd = FdTable.fileobjToFd(args[0]);
        PyObject[] cbArgs = java.util.Arrays.copyOfRange(args, 2, args.length);
        Handle h = loop.io.add(fd, reader, args[1], cbArgs);
        return checked ? PyNone.NONE : h;
    }

    private static void ensureNoTransport(PyObject loop, PyObject fd) {
        PyObject check = loop.lookupAttr("_ensure_fd_no_transport");
        if (check != null) check.call(fd);
    }
}
