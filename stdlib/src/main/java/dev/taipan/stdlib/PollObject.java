package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.FdTable;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * select.poll() and select.epoll objects: a set of registered fds with event masks over one
 * java.nio Selector (level-triggered; readable is POLLIN, writable POLLOUT). poll() takes its
 * timeout in milliseconds, epoll in seconds, as in CPython.
 */
final class PollObject extends PyObject implements AutoCloseable {
    static final PyType POLL_TYPE = new PyType("poll", PyType.OBJECT, true, null).markFinal();
    static final PyType EPOLL_TYPE = new PyType("epoll", PyType.OBJECT, true, null);

    private final PyType cls;
    private final boolean epoll;
    private Selector selector;
    private int fd = -1;
    private boolean closed;

    /** One registration: the mask asked for, and the key while the fd names an open channel. */
    private static final class Reg {
        int mask;
        FdTable.Pollable pollable;
        SelectionKey key;
    }

    private final Map<Integer, Reg> regs = new LinkedHashMap<>();

    PollObject(PyType cls) {
        this.cls = cls;
        this.epoll = cls != POLL_TYPE;
        if (epoll) fd = FdTable.current().add(this);
    }

    @Override
    public PyType type() {
        return cls;
    }

    private static PollObject p(PyObject o) {
        return (PollObject) o;
    }

    static synchronized void install() {
        if (POLL_TYPE.dict.containsKey("poll")) return;
        for (PyType t : new PyType[] {POLL_TYPE, EPOLL_TYPE}) {
            t.module = "select";
            t.method("register", (self, args, kw) -> {
                PyObject[] a = ArgParser.parse("register", args, kw, new String[] {"fd", "eventmask"}, 1, 2, 0);
                p(self).register(SelectModule.asFd(a[0]), a[1] == null ? POLLIN_DEFAULT : mask(a[1]), false);
                return PyNone.NONE;
            });
            t.method("modify", (self, args, kw) -> {
                PyObject[] a = ArgParser.parse("modify", args, kw, new String[] {"fd", "eventmask"}, 2, 2, 0);
                p(self).register(SelectModule.asFd(a[0]), mask(a[1]), true);
                return PyNone.NONE;
            });
            t.method1("unregister", (self, fdObj) -> {
                p(self).unregister(SelectModule.asFd(fdObj), fdObj);
                return PyNone.NONE;
            });
        }
        POLL_TYPE.method("poll", (self, args, kw) -> {
            ArgParser.count("poll", args, kw, 0, 1);
            double t = args.length == 0 || args[0] == PyNone.NONE ? -1 : number(args[0]) / 1000.0;
            return p(self).poll(t < 0 ? -1 : t);
        });
        EPOLL_TYPE.staticNew((cls, args, kw) -> {
            ArgParser.parse("epoll", args, kw, new String[] {"sizehint", "flags"}, 0, 2, 0);
            return new PollObject(cls);
        });
        EPOLL_TYPE.method("poll", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("poll", args, kw, new String[] {"timeout", "maxevents"}, 0, 2, 0);
            double t = a[0] == null || a[0] == PyNone.NONE ? -1 : number(a[0]);
            return p(self).poll(t < 0 ? -1 : t);
        });
        EPOLL_TYPE.method0("close", self -> {
            p(self).close();
            return PyNone.NONE;
        });
        EPOLL_TYPE.getset("closed", self -> PyBool.of(p(self).closed));
        EPOLL_TYPE.method0("fileno", self -> PyInt.of(p(self).open().fd));
        EPOLL_TYPE.method0("__enter__", self -> {
            p(self).open();
            return self;
        });
        EPOLL_TYPE.method("__exit__", (self, args, kw) -> {
            p(self).close();
            return PyNone.NONE;
        });
    }

    private static final int POLLIN_DEFAULT = SelectModule.POLLIN | SelectModule.POLLPRI | SelectModule.POLLOUT;

    private static int mask(PyObject o) {
        return (int) Protocols.index(o).asLong("Python int too large to convert to C unsigned int");
    }

    private static double number(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        throw Errors.typeError("timeout must be an integer or None");
    }

    private PollObject open() {
        if (closed) throw Errors.valueError("I/O operation on closed epoll object");
        return this;
    }

    private static PyException osError(int errno, String msg) {
        return new PyException((dev.taipan.runtime.PyBaseException) PyExc.OSError.call(PyInt.of(errno), dev.taipan.runtime.PyStr.of(msg)));
    }

    private void register(int fd, int mask, boolean modify) {
        open();
        Reg r = regs.get(fd);
        if (modify && r == null) throw osError(2, "No such file or directory");
        if (!modify && r != null && epoll) throw osError(17, "File exists");
        FdTable.Pollable pol = FdTable.current().pollable(fd);
        if (pol == null || pol.channel() == null) {
            // epoll refuses regular files (EPERM); poll reports them always ready
            if (!SelectModule.alwaysReady(fd)) throw SocketErrors.os(SocketErrors.EBADF);
            if (epoll) throw SocketErrors.os(1);
        }
        if (r == null) {
            r = new Reg();
            regs.put(fd, r);
        }
        r.mask = mask;
        r.pollable = pol;
        sync(r);
    }

    private void unregister(int fd, PyObject fdObj) {
        open();
        Reg r = regs.remove(fd);
        if (r == null) {
            if (epoll) throw osError(2, "No such file or directory");
            throw Errors.keyError(PyInt.of(fd));
        }
        if (r.key != null) {
            r.key.cancel();
            try {
                selector.selectNow(); // let the channel close now if it is closing
                selector.selectedKeys().clear();
            } catch (IOException ignored) {
                // the selector is gone with the registrations
            }
        }
    }

    /** The selectors events a poll mask asks for. */
    private static int events(int mask) {
        int ev = 0;
        if ((mask & (SelectModule.POLLIN | SelectModule.POLLPRI)) != 0) ev |= FdTable.EVENT_READ;
        if ((mask & SelectModule.POLLOUT) != 0) ev |= FdTable.EVENT_WRITE;
        return ev;
    }

    /** Brings r's key up to date with its mask and its fd's current channel. */
    private void sync(Reg r) {
        if (r.pollable == null) return;
        SelectableChannel ch = r.pollable.channel();
        try {
            if (selector == null) selector = Selector.open();
            if (r.key != null && (!r.key.isValid() || r.key.channel() != ch)) {
                r.key.cancel();
                r.key = null;
                selector.selectNow();
                selector.selectedKeys().clear();
            }
            if (ch == null) return;
            int ops = FdTable.interestOps(ch, events(r.mask));
            if (r.key == null) r.key = ch.register(selector, ops);
            else r.key.interestOps(ops);
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (java.nio.channels.CancelledKeyException e) {
            r.key = null;
        }
    }

    private PyObject poll(double timeout) {
        open();
        boolean always = false;
        for (Reg r : regs.values()) {
            if (r.pollable == null) {
                always = true;
                continue;
            }
            if (r.key == null || !r.key.isValid() || r.key.channel() != r.pollable.channel()) sync(r);
            else FdTable.refreshConnect(r.key, events(r.mask));
        }
        PyList out = new PyList();
        if (selector != null) {
            selector.selectedKeys().clear();
            SelectModule.waitIn(selector, always ? 0 : timeout);
        } else if (!always) {
            if (timeout != 0) sleepless(timeout);
        }
        for (Map.Entry<Integer, Reg> e : regs.entrySet()) {
            Reg r = e.getValue();
            int got = 0;
            if (r.pollable == null) {
                got = r.mask & (SelectModule.POLLIN | SelectModule.POLLOUT);
            } else if (r.key != null && selector.selectedKeys().contains(r.key)) {
                int ev = FdTable.readyEvents(r.key, r.pollable, events(r.mask));
                if ((ev & FdTable.EVENT_READ) != 0) got |= SelectModule.POLLIN;
                if ((ev & FdTable.EVENT_WRITE) != 0) got |= SelectModule.POLLOUT;
            }
            if (got != 0) out.append(PyTuple.of(PyInt.of(e.getKey()), PyInt.of(got)));
        }
        if (selector != null) selector.selectedKeys().clear();
        return out;
    }

    /** Nothing is registered: poll() just waits out its timeout (in a fresh selector, so signals are handled). */
    private void sleepless(double timeout) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
        SelectModule.waitIn(selector, timeout);
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (fd >= 0) FdTable.current().remove(fd, this);
        fd = -1;
        regs.clear();
        if (selector != null) {
            try {
                selector.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    @Override
    public long hash() {
        return identityHash();
    }
}
