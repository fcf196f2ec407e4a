package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.FdTable;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.IdentityHashMap;
import java.util.Map;

/** The select module: select() and the poll / epoll objects, over java.nio Selectors for Taipan's sockets. */
public final class SelectModule implements NativeModule {
    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, FD_SETSIZE = 1024;

    private static final Object[][] CONSTANTS = {
        {"POLLIN", 1}, {"POLLPRI", 2}, {"POLLOUT", 4}, {"POLLERR", 8}, {"POLLHUP", 16}, {"POLLNVAL", 32}, {"POLLRDHUP", 8192},
        {"POLLRDNORM", 64}, {"POLLWRNORM", 256}, {"POLLRDBAND", 128}, {"POLLWRBAND", 512}, {"POLLMSG", 1024},
        {"EPOLLIN", 1}, {"EPOLLOUT", 4}, {"EPOLLERR", 8}, {"EPOLLHUP", 16}, {"EPOLLET", 2147483648L}, {"EPOLLONESHOT", 1073741824},
        {"EPOLLRDHUP", 8192}, {"EPOLLPRI", 2}, {"EPOLLEXCLUSIVE", 268435456}, {"EPOLL_CLOEXEC", 524288}, {"PIPE_BUF", 4096},
        {"EPOLLRDNORM", 64}, {"EPOLLWRNORM", 256}, {"EPOLLRDBAND", 128}, {"EPOLLWRBAND", 512}, {"EPOLLMSG", 1024},
    };

    /** One select() call's selector per thread, emptied after each call. */
    private static final ThreadLocal<Selector> SELECT = new ThreadLocal<>();

    @Override
    public String name() {
        return "select";
    }

    @Override
    public PyModule create(InterpState interp) {
        PollObject.install();
        PyModule m = new PyModule("select");
        for (Object[] c : CONSTANTS) m.put((String) c[0], PyInt.of(((Number) c[1]).longValue()));
        m.put("error", PyExc.OSError).put("epoll", PollObject.EPOLL_TYPE);
        m.function("select", (a, kw) -> {
            ArgParser.count("select", a, kw, 3, 4);
            double timeout = a.length < 4 ? -1 : timeout(a[3]);
            return select(a[0], a[1], a[2], timeout);
        });
        m.function("poll", (a, kw) -> {
            ArgParser.count("poll", a, kw, 0, 0);
            return new PollObject(PollObject.POLL_TYPE);
        });
        return m;
    }

    static double timeout(PyObject t) {
        if (t == PyNone.NONE) return -1;
        double d;
        if (t instanceof PyFloat f) d = f.value;
        else if (t instanceof PyInt i) d = i.toDouble();
        else throw Errors.typeError("timeout must be a float or None");
        if (d < 0) throw Errors.valueError("timeout must be non-negative");
        return d;
    }

    /** PyObject_AsFileDescriptor: an int, or what fileno() returns. */
    static int asFd(PyObject o) {
        PyObject r = o;
        if (!(o instanceof PyInt)) {
            if (o.type().lookup("fileno") == null && o.lookupAttr("fileno") == null) {
                throw Errors.typeError("argument must be an int, or have a fileno() method.");
            }
            r = Call.invoke(o, "fileno");
            if (!(r instanceof PyInt)) throw Errors.typeError("fileno() returned a non-integer");
        }
        PyInt i = (PyInt) r;
        if (i.signum() < 0) throw Errors.valueError("file descriptor cannot be a negative integer (" + i.repr() + ")");
        if (i.isBig() || i.value > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C int");
        return (int) i.value;
    }

    /**
     * The channel behind fd; null for the standard streams 0-2 and open files, which count as
     * always ready (as regular files are for select and poll); EBADF for a number naming nothing.
     */
    static FdTable.Pollable pollable(int fd) {
        FdTable.Pollable p = FdTable.current().pollable(fd);
        if (p == null || p.channel() == null) {
            if (alwaysReady(fd)) return null;
            throw SocketErrors.os(SocketErrors.EBADF);
        }
        return p;
    }

    /** Whether fd is a standard stream or a file (not a socket) of this interpreter. */
    static boolean alwaysReady(int fd) {
        if (fd <= 2) return true;
        Object o = FdTable.current().get(fd);
        return o != null && !(o instanceof FdTable.Pollable);
    }

    /** Waits in sel (lock released, signals handled) for at most timeout seconds (negative: until something is ready). */
    static void waitIn(Selector sel, double timeout) {
        long deadline = timeout > 0 ? System.nanoTime() + (long) (timeout * 1e9) : Long.MAX_VALUE;
        try {
            if (timeout == 0) {
                sel.selectNow();
                return;
            }
            Gil.interruptible(() -> {
                long left = deadline - System.nanoTime();
                try {
                    if (deadline == Long.MAX_VALUE) sel.select();
                    else if (left > 0) sel.select(Math.max(1, (left + 999_999) / 1_000_000));
                    else sel.selectNow();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (UncheckedIOException e) {
            throw SocketErrors.of(e.getCause());
        }
    }

    private static PyObject[] items(PyObject seq) {
        try {
            return Protocols.toArray(seq);
        } catch (dev.taipan.runtime.PyException e) {
            if (e.value.isInstance(PyExc.TypeError)) throw Errors.typeError("arguments 1-3 must be sequences");
            throw e;
        }
    }

    private static PyObject select(PyObject r, PyObject w, PyObject x, double timeout) {
        PyObject[][] lists = {items(r), items(w), items(x)};
        int[][] fds = new int[3][];
        for (int k = 0; k < 3; k++) {
            fds[k] = new int[lists[k].length];
            for (int i = 0; i < lists[k].length; i++) {
                fds[k][i] = asFd(lists[k][i]);
                if (fds[k][i] >= FD_SETSIZE) throw Errors.valueError("filedescriptor out of range in select()");
            }
        }
        // interest per pollable: EVENT_READ | EVENT_WRITE
        Map<FdTable.Pollable, Integer> want = new IdentityHashMap<>();
        boolean alwaysReady = false;
        for (int k = 0; k < 2; k++) {
            for (int fd : fds[k]) {
                FdTable.Pollable p = pollable(fd);
                if (p == null) alwaysReady = true;
                else want.merge(p, k == 0 ? FdTable.EVENT_READ : FdTable.EVENT_WRITE, (a, b) -> a | b);
            }
        }
        for (int fd : fds[2]) pollable(fd);
        Selector sel = SELECT.get();
        Map<FdTable.Pollable, Integer> ready = new IdentityHashMap<>();
        try {
            if (sel == null || !sel.isOpen()) {
                sel = Selector.open();
                SELECT.set(sel);
            }
            Map<SelectionKey, FdTable.Pollable> keys = new IdentityHashMap<>();
            for (Map.Entry<FdTable.Pollable, Integer> e : want.entrySet()) {
                SelectableChannel ch = e.getKey().channel();
                keys.put(ch.register(sel, FdTable.interestOps(ch, e.getValue())), e.getKey());
            }
            try {
                sel.selectedKeys().clear();
                waitIn(sel, alwaysReady ? 0 : timeout);
                for (SelectionKey key : sel.selectedKeys()) {
                    FdTable.Pollable p = keys.get(key);
                    if (p != null) ready.put(p, FdTable.readyEvents(key, p, want.get(p)));
                }
            } finally {
                for (SelectionKey key : keys.keySet()) key.cancel();
                sel.selectedKeys().clear();
                sel.selectNow(); // deregisters the cancelled keys now, so the channels can close
                sel.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
        PyList[] out = {new PyList(), new PyList(), new PyList()};
        for (int k = 0; k < 2; k++) {
            int ev = k == 0 ? FdTable.EVENT_READ : FdTable.EVENT_WRITE;
            for (int i = 0; i < fds[k].length; i++) {
                FdTable.Pollable p = FdTable.current().pollable(fds[k][i]);
                boolean std = p == null && alwaysReady(fds[k][i]);
                Integer got = p == null ? null : ready.get(p);
                if (std || got != null && (got & ev) != 0) out[k].append(lists[k][i]);
            }
        }
        return PyTuple.of(out[0], out[1], out[2]);
    }
}
