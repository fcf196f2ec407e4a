package dev.taipan.stdlib;

import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.FdTable;
import dev.taipan.runtime.Finalizers;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyMemoryView;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.Warnings;
import dev.taipan.runtime.WeakRefs;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * _socket.socket: a socket object over a {@link SocketEndpoint}, with CPython's per-object
 * timeout (None: blocking, 0.0: non-blocking, else seconds) and its fd in the interpreter's
 * {@link FdTable}. socket.socket (socket.py) subclasses it. A socket the collector finds
 * unreachable while still open warns "unclosed ..." (a ResourceWarning) and closes, as CPython's
 * socket finalizer does: through {@link Finalizers}, from a Java finalize() (deprecated for
 * removal, still enabled on JDK 21 to 25, hence the {@code @SuppressWarnings("removal")}).
 */
public final class PySocket extends PyObject implements Finalizers.Target {
    public static final PyType TYPE = new PyType("socket", PyType.OBJECT, true, PySocket::new);

    static {
        WeakRefs.allow(TYPE);
    }

    private final PyType cls;
    private final PyDict dict;
    SocketEndpoint ep;
    /** -1 once closed or detached. */
    int fd = -1;
    int family = SocketAddresses.AF_INET, type = SocketAddresses.SOCK_STREAM, proto;
    /** Negative: None (blocking); 0: non-blocking; else seconds. */
    double timeout = -1;

    private final Finalizers.Registration registration;

    PySocket(PyType cls) {
        this.cls = cls;
        this.dict = cls == TYPE ? null : new PyDict();
        this.registration = Finalizers.register(this);
    }

    @SuppressWarnings("removal")
    @Override
    protected void finalize() {
        registration.collected(this);
    }

    /**
     * CPython's sock_finalize: an open socket warns (an "error" filter's exception is reported as
     * unraisable, while its repr is still complete), then closes.
     */
    @Override
    public void runFinalizer(boolean atExit) {
        if (fd < 0 || ep == null || ep.closed) return;
        try {
            Warnings.resourceWarning(this, "unclosed " + repr(), atExit);
        } catch (PyException e) {
            if (!e.value.isInstance(PyExc.Warning)) throw e;
            Finalizers.reportUnraisable(e, this, atExit);
        } finally {
            close();
        }
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    static final int SOCK_NONBLOCK = 2048, SOCK_CLOEXEC = 524288;

    /** __init__(family=-1, type=-1, proto=-1, fileno=None). */
    void init(int family, int type, int proto, PyObject fileno) {
        FdTable table = FdTable.current();
        boolean nonblock = type != -1 && (type & SOCK_NONBLOCK) != 0;
        if (type != -1) type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fileno == null || fileno == PyNone.NONE) {
            if (family == -1) family = SocketAddresses.AF_INET;
            if (type == -1) type = SocketAddresses.SOCK_STREAM;
            if (proto == -1) proto = 0;
            if (family != SocketAddresses.AF_INET && family != SocketAddresses.AF_INET6 && family != SocketAddresses.AF_UNIX) {
                throw SocketErrors.os(SocketErrors.EAFNOSUPPORT);
            }
            if (type == SocketAddresses.SOCK_RAW) throw SocketErrors.os(1);
            if (type != SocketAddresses.SOCK_STREAM && type != SocketAddresses.SOCK_DGRAM) throw SocketErrors.os(SocketErrors.EINVAL);
            int natural = type == SocketAddresses.SOCK_STREAM ? SocketAddresses.IPPROTO_TCP : SocketAddresses.IPPROTO_UDP;
            if (proto != 0 && (proto != natural || family == SocketAddresses.AF_UNIX)) throw SocketErrors.os(93);
            ep = SocketEndpoint.open(family, type);
            fd = table.add(ep);
        } else {
            PyInt n = Protocols.index(fileno);
            long f = n.isBig() ? -1 : n.value;
            if (f < 0) throw Errors.valueError("negative file descriptor");
            if (!(table.get((int) Math.min(f, Integer.MAX_VALUE)) instanceof SocketEndpoint e) || e.closed) {
                throw SocketErrors.os(SocketErrors.EBADF);
            }
            ep = e;
            fd = (int) f;
            if (family == -1) family = e.family;
            if (type == -1) type = e.type;
            if (proto == -1) proto = 0;
        }
        this.family = family;
        this.type = type;
        this.proto = proto;
        double dflt = SocketModule.defaultTimeout(ThreadState.current().interp);
        this.timeout = nonblock ? 0 : dflt;
    }

    /** The endpoint of an open socket; OSError EBADF once closed. */
    SocketEndpoint open() {
        SocketEndpoint e = ep;
        if (fd < 0 || e == null || e.closed) throw SocketErrors.os(SocketErrors.EBADF);
        return e;
    }

    // ---- lifetime ------------------------------------------------------------------------------

    void close() {
        if (fd < 0 || ep == null) return;
        FdTable.current().remove(fd, ep);
        fd = -1;
        registration.cancel();
        if (--ep.refs <= 0) ep.close();
    }

    int detach() {
        int f = fd;
        fd = -1;
        registration.cancel();
        return f;
    }

    // ---- timeouts ------------------------------------------------------------------------------

    /** A timeout argument: None, or a non-negative number of seconds. */
    static double parseTimeout(PyObject v) {
        if (v == PyNone.NONE) return -1;
        double d = v instanceof PyFloat f ? f.value : Protocols.index(v).toDouble();
        if (Double.isNaN(d)) throw Errors.valueError("Invalid value NaN (not a number)");
        if (d < 0) throw Errors.valueError("Timeout value out of range");
        return d;
    }

    PyObject timeoutObject() {
        return timeout < 0 ? PyNone.NONE : PyFloat.of(timeout);
    }

    // ---- connecting ----------------------------------------------------------------------------

    /** connect / connect_ex: 0 when connected, else raises (raise) or returns the errno. */
    int connect(PyObject addr, boolean raise) {
        SocketEndpoint e = open();
        SocketAddress sa = SocketAddresses.parse(family, addr, raise ? "connect" : "connect_ex");
        try {
            if (e.dgram != null) {
                e.dgram.connect(sa);
                return 0;
            }
            if (e.server != null) return fail(SocketErrors.EISCONN, raise);
            SocketChannel ch = e.liveStream();
            if (ch.isConnected()) return fail(SocketErrors.EISCONN, raise);
            if (ch.isConnectionPending()) {
                if (ch.finishConnect()) return 0;
                return fail(SocketErrors.EALREADY, raise);
            }
            if (ch.connect(sa)) return 0;
        } catch (IOException x) {
            return fail(SocketErrors.errnoOf(x), raise);
        } catch (RuntimeException x) {
            if (!SocketErrors.isChannelFailure(x)) throw x;
            if (raise || x instanceof java.nio.channels.UnresolvedAddressException) throw SocketErrors.of(x);
            return SocketErrors.errnoOf(x);
        }
        if (timeout == 0) return fail(SocketErrors.EINPROGRESS, raise);
        long deadline = SocketEndpoint.deadline(timeout);
        while (true) {
            try {
                e.waitFor(SelectionKey.OP_CONNECT, deadline);
            } catch (PyException x) {
                if (raise || !x.value.isInstance(dev.taipan.runtime.PyExc.TimeoutError)) throw x;
                return SocketErrors.EAGAIN;
            }
            try {
                if (e.stream.finishConnect()) return 0;
            } catch (IOException x) {
                return fail(SocketErrors.errnoOf(x), raise);
            }
        }
    }

    private static int fail(int errno, boolean raise) {
        if (raise) throw SocketErrors.os(errno);
        return errno;
    }

    void bind(PyObject addr) {
        SocketEndpoint e = open();
        SocketAddress sa = SocketAddresses.parse(family, addr, "bind");
        try {
            if (e.dgram != null) e.dgram.bind(sa);
            else if (e.server != null) throw SocketErrors.os(SocketErrors.EINVAL);
            else e.stream.bind(sa);
        } catch (java.nio.channels.AlreadyBoundException x) {
            throw SocketErrors.os(SocketErrors.EINVAL);
        } catch (IOException x) {
            throw SocketErrors.of(x);
        } catch (RuntimeException x) {
            if (!SocketErrors.isChannelFailure(x)) throw x;
            throw SocketErrors.of(x);
        }
    }

    // ---- data ------------------------------------------------------------------------------------

    /** The bytes of a bytes-like argument (TypeError otherwise). */
    static ByteBuffer data(PyObject o) {
        if (o instanceof BytesLike b) return ByteBuffer.wrap(b.array(), 0, b.size());
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    double callTimeout(int flags) {
        return (flags & SocketModule.MSG_DONTWAIT) != 0 ? 0 : timeout;
    }

    static void checkFlags(int flags, String fname) {
        if ((flags & SocketModule.MSG_PEEK) != 0) throw Errors.notImplemented(fname + "() with MSG_PEEK is not supported by Taipan");
    }

    PyObject recv(int n, int flags) {
        if (n < 0) throw Errors.valueError("negative buffersize in recv");
        checkFlags(flags, "recv");
        SocketEndpoint e = open();
        if (n == 0) return PyBytes.EMPTY;
        ByteBuffer buf = SocketEndpoint.readBuffer(n);
        int got = e.read(buf, callTimeout(flags));
        byte[] out = new byte[got];
        buf.flip();
        buf.get(out);
        return PyBytes.wrap(out);
    }

    /** recv_into(buffer, nbytes=0, flags=0) into a bytearray or writable memoryview. */
    int recvInto(PyObject buffer, int nbytes, int flags, String fname) {
        PyMemoryView view = PyMemoryView.writable(buffer, fname + "() argument 1");
        int size = view.size();
        if (nbytes < 0) throw Errors.valueError("negative buffersize in " + fname);
        if (nbytes > size) throw Errors.valueError("buffer too small for requested bytes");
        checkFlags(flags, fname);
        SocketEndpoint e = open();
        int n = nbytes == 0 ? size : nbytes;
        if (n == 0) return 0;
        ByteBuffer buf = SocketEndpoint.readBuffer(n);
        int got = e.read(buf, callTimeout(flags));
        buf.flip();
        byte[] tmp = new byte[got];
        buf.get(tmp);
        view.store(0, tmp, 0, got);
        return got;
    }

    /** recvfrom on a datagram socket: (data, address); on a stream socket the address is None. */
    PyObject recvfrom(int n, int flags) {
        if (n < 0) throw Errors.valueError("negative buffersize in recvfrom");
        checkFlags(flags, "recvfrom");
        SocketEndpoint e = open();
        if (e.dgram == null) return PyTuple.of(recv(n, flags), PyNone.NONE);
        ByteBuffer buf = ByteBuffer.allocate(Math.max(n, 1));
        buf.limit(n);
        double t = callTimeout(flags);
        long deadline = SocketEndpoint.deadline(t);
        while (true) {
            SocketAddress from;
            try {
                from = e.dgram.receive(buf);
            } catch (IOException x) {
                throw SocketErrors.of(x);
            }
            if (from != null) {
                byte[] out = new byte[buf.position()];
                buf.flip();
                buf.get(out);
                return PyTuple.of(PyBytes.wrap(out), SocketAddresses.toPython(from, family));
            }
            if (t == 0) throw SocketErrors.os(SocketErrors.EAGAIN);
            e.waitFor(SelectionKey.OP_READ, deadline);
        }
    }

    int send(PyObject data, int flags) {
        ByteBuffer b = data(data);
        SocketEndpoint e = open();
        double t = callTimeout(flags);
        return e.write(b, t, SocketEndpoint.deadline(t));
    }

    void sendall(PyObject data, int flags) {
        ByteBuffer b = data(data);
        SocketEndpoint e = open();
        double t = callTimeout(flags);
        long deadline = SocketEndpoint.deadline(t);
        while (b.hasRemaining()) e.write(b, t, deadline);
    }

    int sendto(PyObject data, int flags, PyObject addr) {
        ByteBuffer b = data(data);
        SocketEndpoint e = open();
        SocketAddress sa = SocketAddresses.parse(family, addr, "sendto");
        if (e.dgram == null) {
            if (e.stream != null && e.stream.isConnected()) throw SocketErrors.os(SocketErrors.EISCONN);
            throw SocketErrors.os(e.stream != null ? SocketErrors.EPIPE : SocketErrors.ENOTCONN);
        }
        double t = callTimeout(flags);
        long deadline = SocketEndpoint.deadline(t);
        while (true) {
            int n;
            try {
                n = e.dgram.send(b, sa);
            } catch (IOException x) {
                throw SocketErrors.of(x);
            }
            if (n > 0 || !b.hasRemaining()) return n;
            if (t == 0) throw SocketErrors.os(SocketErrors.EAGAIN);
            e.waitFor(SelectionKey.OP_WRITE, deadline);
        }
    }

    // ---- accepting ------------------------------------------------------------------------------

    /** _accept(): (fd, address) of a new connection. */
    PyObject accept() {
        SocketEndpoint e = open();
        if (e.server == null) throw SocketErrors.os(SocketErrors.EINVAL);
        long deadline = SocketEndpoint.deadline(timeout);
        while (true) {
            SocketChannel ch;
            try {
                ch = e.server.accept();
                if (ch != null) {
                    SocketEndpoint conn = SocketEndpoint.accepted(family, ch);
                    int nfd = FdTable.current().add(conn);
                    SocketAddress peer = ch.getRemoteAddress();
                    return PyTuple.of(PyInt.of(nfd), SocketAddresses.toPython(peer, family));
                }
            } catch (IOException x) {
                throw SocketErrors.of(x);
            }
            if (timeout == 0) throw SocketErrors.os(SocketErrors.EAGAIN);
            e.waitFor(SelectionKey.OP_ACCEPT, deadline);
        }
    }

    // ---- names -------------------------------------------------------------------------------------

    PyObject sockname() {
        SocketEndpoint e = open();
        if (e.unnamed) return dev.taipan.runtime.PyStr.EMPTY;
        try {
            SocketAddress a = e.stream != null ? e.stream.getLocalAddress() : e.server != null ? e.server.getLocalAddress()
                    : e.dgram.getLocalAddress();
            return SocketAddresses.toPython(a, family);
        } catch (IOException x) {
            throw SocketErrors.of(x);
        }
    }

    PyObject peername() {
        SocketEndpoint e = open();
        try {
            SocketAddress a = e.stream != null && e.stream.isConnected() ? e.stream.getRemoteAddress()
                    : e.dgram != null && e.dgram.isConnected() ? e.dgram.getRemoteAddress() : null;
            if (a == null) throw SocketErrors.os(SocketErrors.ENOTCONN);
            if (e.unnamed) return dev.taipan.runtime.PyStr.EMPTY;
            return SocketAddresses.toPython(a, family);
        } catch (IOException x) {
            throw SocketErrors.of(x);
        }
    }

    void shutdown(int how) {
        SocketEndpoint e = open();
        if (how < 0 || how > 2) throw SocketErrors.os(SocketErrors.EINVAL);
        if (e.stream == null || !e.stream.isConnected()) throw SocketErrors.os(SocketErrors.ENOTCONN);
        try {
            if (how != 1) e.stream.shutdownInput();
            if (how != 0) {
                e.stream.shutdownOutput();
                e.shutWrite = true;
            }
        } catch (IOException x) {
            throw SocketErrors.of(x);
        }
    }

    /** _socket.socket's own repr (socket.socket defines a richer one). */
    String nativeRepr() {
        return "<socket object, fd=" + fd + ", family=" + family + ", type=" + type + ", proto=" + proto + ">";
    }

    @Override
    public long hash() {
        return identityHash();
    }
}
