package dev.taipan.stdlib;

import dev.taipan.runtime.FdTable;
import dev.taipan.runtime.Gil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;

/**
 * One open socket's Java side: its channel (connected or connecting stream, listening server, or
 * datagram), what java.nio does not keep (the outcome of a finished connect for SO_ERROR, options
 * to carry over when listen() swaps a stream channel for a server one) and the selector that
 * blocking calls wait in. Channels are always non-blocking; a blocking call waits for readiness
 * with the interpreter lock released. Socket objects share an endpoint after dup() or detach().
 */
final class SocketEndpoint implements FdTable.Pollable, AutoCloseable {
    final int family, type;
    SocketChannel stream;
    ServerSocketChannel server;
    DatagramChannel dgram;
    volatile boolean closed;
    /** Fds naming this endpoint (dup() adds one); the channel closes when the last goes. */
    int refs = 1;
    /** The error of a connect that finished in the background, reported once by SO_ERROR. */
    int soError;
    /** A socketpair() end: its own and its peer's address read as ''. */
    boolean unnamed;
    boolean shutWrite;
    /** Options java.nio cannot read back from a listening channel or must carry to it at listen(). */
    boolean reuseAddr, reusePort, v6only;
    Integer rcvBuf;
    /** Every option value set, by level << 32 | name: read back where java.nio has no counterpart. */
    final java.util.Map<Long, Integer> options = new java.util.HashMap<>();
    /** The selectors blocking calls wait in: [0] for reading and accepting, [1] for writing and connecting
     * (two, so that one thread can wait to read while another waits to write). */
    private final Selector[] waitSelectors = new Selector[2];
    private final SelectionKey[] waitKeys = new SelectionKey[2];

    SocketEndpoint(int family, int type) {
        this.family = family;
        this.type = type;
    }

    /** A new unconnected socket of the family and type. */
    static SocketEndpoint open(int family, int type) {
        SocketEndpoint ep = new SocketEndpoint(family, type);
        try {
            ProtocolFamily pf = protocolFamily(family);
            if (type == SocketAddresses.SOCK_STREAM) {
                ep.stream = SocketChannel.open(pf);
                ep.stream.configureBlocking(false);
            } else if (type == SocketAddresses.SOCK_DGRAM) {
                if (family == SocketAddresses.AF_UNIX) throw dev.taipan.runtime.Errors.notImplemented("AF_UNIX datagram sockets are not supported by Taipan");
                ep.dgram = DatagramChannel.open(pf);
                ep.dgram.configureBlocking(false);
            } else {
                throw SocketErrors.os(93);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw SocketErrors.of(e);
        }
        return ep;
    }

    /** The endpoint of an accepted connection. */
    static SocketEndpoint accepted(int family, SocketChannel ch) throws IOException {
        ch.configureBlocking(false);
        SocketEndpoint ep = new SocketEndpoint(family, SocketAddresses.SOCK_STREAM);
        ep.stream = ch;
        return ep;
    }

    static ProtocolFamily protocolFamily(int family) {
        return switch (family) {
            case SocketAddresses.AF_INET -> StandardProtocolFamily.INET;
            case SocketAddresses.AF_INET6 -> StandardProtocolFamily.INET6;
            case SocketAddresses.AF_UNIX -> StandardProtocolFamily.UNIX;
            default -> throw SocketErrors.os(SocketErrors.EAFNOSUPPORT);
        };
    }

    @Override
    public SelectableChannel channel() {
        if (closed) return null;
        return stream != null ? stream : server != null ? server : dgram;
    }

    @Override
    public void connectReady() {
        SocketChannel s = stream;
        if (s == null || !s.isConnectionPending()) return;
        try {
            s.finishConnect();
        } catch (IOException e) {
            soError = SocketErrors.errnoOf(e);
        }
    }

    // ---- waiting ---------------------------------------------------------------------------------

    /** A deadline in System.nanoTime() terms for a timeout (seconds; negative: none). */
    static long deadline(double timeout) {
        return timeout > 0 ? System.nanoTime() + (long) (timeout * 1e9) : Long.MAX_VALUE;
    }

    /**
     * Waits, with the interpreter lock released, until the channel may be ready for ops or the
     * deadline passes (then TimeoutError). A signal interrupts the wait; its handlers run and the
     * wait goes on. Callers retry their operation after it returns, so a spurious return is harmless.
     */
    void waitFor(int ops, long deadline) {
        SelectableChannel ch = channel();
        if (ch == null) throw SocketErrors.os(SocketErrors.EBADF);
        int dir = (ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0 ? 1 : 0;
        Selector sel;
        try {
            synchronized (this) {
                if (closed) throw SocketErrors.os(SocketErrors.EBADF);
                if (waitSelectors[dir] == null) waitSelectors[dir] = Selector.open();
                sel = waitSelectors[dir];
                SelectionKey key = waitKeys[dir];
                if (key == null || !key.isValid() || key.channel() != ch) {
                    sel.selectNow(); // flushes a cancelled key of an earlier channel
                    waitKeys[dir] = ch.register(sel, ops);
                } else {
                    key.interestOps(ops);
                }
            }
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (ClosedSelectorException | java.nio.channels.CancelledKeyException e) {
            throw SocketErrors.os(SocketErrors.EBADF);
        }
        boolean timedOut;
        try {
            timedOut = Gil.interruptible(() -> {
                long left = deadline - System.nanoTime();
                if (deadline != Long.MAX_VALUE && left <= 0) return true;
                try {
                    if (deadline == Long.MAX_VALUE) sel.select();
                    else sel.select(Math.max(1, (left + 999_999) / 1_000_000));
                    sel.selectedKeys().clear();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ClosedSelectorException e) {
                    return false;
                }
                return false;
            });
        } catch (UncheckedIOException e) {
            throw SocketErrors.of(e.getCause());
        }
        if (closed) throw SocketErrors.os(SocketErrors.EBADF);
        if (timedOut) throw SocketErrors.timeout();
    }

    // ---- connecting --------------------------------------------------------------------------

    /** The stream channel, reopened when a failed connect made java.nio close it (the socket stays open, as in CPython). */
    SocketChannel liveStream() throws IOException {
        if (!stream.isOpen() && !closed) {
            SocketChannel ch = SocketChannel.open(protocolFamily(family));
            ch.configureBlocking(false);
            stream = ch;
        }
        return stream;
    }

    /** Finishes a pending connect if it is done: true when connected, false while still pending; raises its failure. */
    boolean finishPending() {
        try {
            return stream.finishConnect();
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    /** Before I/O on a stream: a connect that failed in the background raises now, one still going would block. */
    void checkConnected(double timeout, long deadline) {
        if (soError != 0) {
            int e = soError;
            soError = 0;
            throw SocketErrors.os(e);
        }
        try {
            if (stream != null) liveStream();
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
        if (stream != null && stream.isConnectionPending()) {
            while (!finishPending()) {
                if (timeout == 0) throw SocketErrors.os(SocketErrors.EAGAIN);
                waitFor(SelectionKey.OP_CONNECT, deadline);
            }
        }
    }

    // ---- listening ---------------------------------------------------------------------------

    /** listen(): swaps the stream channel for a server channel bound to the same address. */
    void listen(int backlog) {
        if (server != null) return;
        if (stream == null) throw SocketErrors.os(SocketErrors.EOPNOTSUPP);
        if (stream.isConnected() || stream.isConnectionPending()) throw SocketErrors.os(SocketErrors.EINVAL);
        try {
            SocketAddress local = stream.getLocalAddress();
            ServerSocketChannel s = ServerSocketChannel.open(protocolFamily(family));
            s.configureBlocking(false);
            if (family != SocketAddresses.AF_UNIX) {
                s.setOption(StandardSocketOptions.SO_REUSEADDR, reuseAddr);
                if (reusePort && s.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT)) {
                    s.setOption(StandardSocketOptions.SO_REUSEPORT, true);
                }
                if (rcvBuf != null) s.setOption(StandardSocketOptions.SO_RCVBUF, rcvBuf);
                if (v6only && family == SocketAddresses.AF_INET6) SocketOptions.setV6Only(s, true);
            }
            stream.close();
            if (local instanceof UnixDomainSocketAddress u && !u.getPath().toString().isEmpty()) {
                Files.deleteIfExists(u.getPath());
            }
            try {
                s.bind(local, Math.max(backlog, 1));
            } catch (IOException e) {
                s.close();
                throw e;
            }
            stream = null;
            server = s;
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    // ---- closing -----------------------------------------------------------------------------

    /** Closes the channel and the wait selectors (a thread waiting in one wakes up and sees EBADF). */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        SelectableChannel ch = stream != null ? stream : server != null ? server : dgram;
        try {
            if (ch != null) ch.close();
        } catch (IOException ignored) {
            // CPython ignores ECONNRESET on close too
        }
        for (Selector sel : waitSelectors) {
            if (sel == null) continue;
            try {
                sel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    // ---- reads and writes ----------------------------------------------------------------------

    private static final ThreadLocal<ByteBuffer> READ_BUFFER = new ThreadLocal<>();
    private static final int MAX_CACHED = 1 << 20;

    /** A direct buffer of at least n bytes (at most 1 MiB is cached per thread), cleared, limited to n. */
    static ByteBuffer readBuffer(int n) {
        ByteBuffer b = READ_BUFFER.get();
        if (b == null || b.capacity() < Math.min(n, MAX_CACHED)) {
            b = ByteBuffer.allocateDirect(Math.max(Math.min(n, MAX_CACHED), 8192));
            READ_BUFFER.set(b);
        }
        if (n > b.capacity()) return ByteBuffer.allocate(n);
        b.clear();
        b.limit(n);
        return b;
    }

    /** Reads what is available into dst (0 at end of stream), waiting per timeout. */
    int read(ByteBuffer dst, double timeout) {
        long deadline = deadline(timeout);
        if (server != null) throw SocketErrors.os(SocketErrors.ENOTCONN);
        if (dgram != null) {
            while (true) {
                try {
                    if (dgram.isConnected()) {
                        int n = dgram.read(dst);
                        if (n > 0 || dst.remaining() == 0) return Math.max(n, 0);
                    } else {
                        int before = dst.position();
                        if (dgram.receive(dst) != null) return dst.position() - before;
                    }
                } catch (IOException e) {
                    throw SocketErrors.of(e);
                }
                if (timeout == 0) throw SocketErrors.os(SocketErrors.EAGAIN);
                waitFor(SelectionKey.OP_READ, deadline);
            }
        }
        checkConnected(timeout, deadline);
        while (true) {
            int n;
            try {
                n = stream.read(dst);
            } catch (IOException e) {
                throw SocketErrors.of(e);
            } catch (java.nio.channels.NotYetConnectedException e) {
                throw SocketErrors.os(SocketErrors.ENOTCONN);
            }
            if (n != 0 || dst.remaining() == 0) return Math.max(n, 0);
            if (timeout == 0) throw SocketErrors.os(SocketErrors.EAGAIN);
            waitFor(SelectionKey.OP_READ, deadline);
        }
    }

    private static final ThreadLocal<ByteBuffer> WRITE_BUFFER = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(256 * 1024));

    /**
     * One non-blocking write of the start of src, through a direct buffer of at most 256 KiB (java.nio
     * would copy all of a heap buffer into a temporary direct one each time, however little fits).
     */
    private int writeSome(ByteBuffer src) throws IOException {
        if (!src.hasArray()) return stream != null ? stream.write(src) : dgram.write(src);
        ByteBuffer direct = WRITE_BUFFER.get();
        int chunk = Math.min(src.remaining(), direct.capacity());
        direct.clear();
        direct.put(src.array(), src.arrayOffset() + src.position(), chunk);
        direct.flip();
        int n = stream != null ? stream.write(direct) : dgram.write(direct);
        src.position(src.position() + n);
        return n;
    }

    /** Writes some of src (at least one byte unless it is empty), waiting per timeout; returns the count. */
    int write(ByteBuffer src, double timeout, long deadline) {
        if (server != null) throw SocketErrors.os(SocketErrors.ENOTCONN);
        if (dgram != null) {
            if (!dgram.isConnected()) throw SocketErrors.os(89);
        } else {
            checkConnected(timeout, deadline);
            if (shutWrite) throw SocketErrors.os(SocketErrors.EPIPE);
        }
        while (true) {
            int n;
            try {
                n = writeSome(src);
            } catch (IOException e) {
                throw SocketErrors.of(e);
            } catch (java.nio.channels.NotYetConnectedException e) {
                throw SocketErrors.os(SocketErrors.ENOTCONN);
            }
            if (n > 0 || !src.hasRemaining()) return n;
            if (timeout == 0) throw SocketErrors.os(SocketErrors.EAGAIN);
            waitFor(SelectionKey.OP_WRITE, deadline);
        }
    }
}
