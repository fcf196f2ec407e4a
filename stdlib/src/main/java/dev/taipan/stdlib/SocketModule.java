package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.FdTable;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** The _socket module (socket.py builds on it): the socket type, constants, name resolution and address conversions. */
public final class SocketModule implements NativeModule {
    public static final PyType GAIERROR = new PyType("gaierror", PyExc.OSError, true, null);
    public static final PyType HERROR = new PyType("herror", PyExc.OSError, true, null);

    static final int SOMAXCONN = 4096, MSG_PEEK = 2, MSG_DONTWAIT = 64;

    static {
        GAIERROR.module = "socket";
        GAIERROR.instancesHaveDict = true;
        HERROR.module = "socket";
        HERROR.instancesHaveDict = true;
    }

    /** Linux's values, as CPython's _socket has them. */
    private static final Object[][] CONSTANTS = {
        {"AF_UNSPEC", 0}, {"AF_UNIX", 1}, {"AF_INET", 2}, {"AF_INET6", 10}, {"SOCK_STREAM", 1}, {"SOCK_DGRAM", 2}, {"SOCK_RAW", 3},
        {"SOCK_RDM", 4}, {"SOCK_SEQPACKET", 5}, {"SOCK_NONBLOCK", 2048}, {"SOCK_CLOEXEC", 524288}, {"SOL_SOCKET", 1}, {"SOL_IP", 0},
        {"SOL_TCP", 6}, {"SOL_UDP", 17}, {"SO_DEBUG", 1}, {"SO_REUSEADDR", 2}, {"SO_TYPE", 3}, {"SO_ERROR", 4}, {"SO_DONTROUTE", 5},
        {"SO_BROADCAST", 6}, {"SO_SNDBUF", 7}, {"SO_RCVBUF", 8}, {"SO_KEEPALIVE", 9}, {"SO_OOBINLINE", 10}, {"SO_LINGER", 13},
        {"SO_REUSEPORT", 15}, {"SO_RCVLOWAT", 18}, {"SO_SNDLOWAT", 19}, {"SO_RCVTIMEO", 20}, {"SO_SNDTIMEO", 21},
        {"SO_ACCEPTCONN", 30}, {"SO_PROTOCOL", 38}, {"SO_DOMAIN", 39}, {"SO_PRIORITY", 12}, {"SO_BINDTODEVICE", 25},
        {"IPPROTO_IP", 0}, {"IPPROTO_ICMP", 1}, {"IPPROTO_TCP", 6}, {"IPPROTO_UDP", 17}, {"IPPROTO_IPV6", 41}, {"IPPROTO_RAW", 255},
        {"IPPROTO_ICMPV6", 58}, {"TCP_NODELAY", 1}, {"TCP_MAXSEG", 2}, {"TCP_KEEPIDLE", 4}, {"TCP_KEEPINTVL", 5}, {"TCP_KEEPCNT", 6},
        {"TCP_QUICKACK", 12}, {"TCP_FASTOPEN", 23}, {"TCP_USER_TIMEOUT", 18}, {"TCP_NOTSENT_LOWAT", 25}, {"IPV6_V6ONLY", 26},
        {"IP_TOS", 1}, {"IP_TTL", 2}, {"IP_MULTICAST_TTL", 33}, {"IP_MULTICAST_LOOP", 34}, {"IP_ADD_MEMBERSHIP", 35}, {"SHUT_RD", 0},
        {"SHUT_WR", 1}, {"SHUT_RDWR", 2}, {"MSG_OOB", 1}, {"MSG_PEEK", 2}, {"MSG_DONTROUTE", 4}, {"MSG_DONTWAIT", 64},
        {"MSG_EOR", 128}, {"MSG_TRUNC", 32}, {"MSG_CTRUNC", 8}, {"MSG_WAITALL", 256}, {"MSG_NOSIGNAL", 16384},
        {"MSG_CMSG_CLOEXEC", 1073741824}, {"MSG_ERRQUEUE", 8192}, {"MSG_CONFIRM", 2048}, {"MSG_MORE", 32768}, {"AI_PASSIVE", 1},
        {"AI_CANONNAME", 2}, {"AI_NUMERICHOST", 4}, {"AI_V4MAPPED", 8}, {"AI_ALL", 16}, {"AI_ADDRCONFIG", 32},
        {"AI_NUMERICSERV", 1024}, {"NI_NUMERICHOST", 1}, {"NI_NUMERICSERV", 2}, {"NI_NOFQDN", 4}, {"NI_NAMEREQD", 8},
        {"NI_DGRAM", 16}, {"NI_MAXHOST", 1025}, {"NI_MAXSERV", 32}, {"EAI_AGAIN", -3}, {"EAI_BADFLAGS", -1}, {"EAI_FAIL", -4},
        {"EAI_FAMILY", -6}, {"EAI_MEMORY", -10}, {"EAI_NODATA", -5}, {"EAI_NONAME", -2}, {"EAI_SERVICE", -8},
        {"EAI_SOCKTYPE", -7}, {"EAI_SYSTEM", -11}, {"EAI_OVERFLOW", -12}, {"EAI_ADDRFAMILY", -9}, {"INADDR_ANY", 0L},
        {"INADDR_BROADCAST", 4294967295L}, {"INADDR_LOOPBACK", 2130706433L}, {"INADDR_NONE", 4294967295L}, {"SOMAXCONN", 4096},
    };

    /** setdefaulttimeout's value per interpreter (negative: None). */
    private static final Map<InterpState, Double> DEFAULT_TIMEOUT = new WeakHashMap<>();

    static double defaultTimeout(InterpState interp) {
        synchronized (DEFAULT_TIMEOUT) {
            Double d = DEFAULT_TIMEOUT.get(interp);
            return d == null ? -1 : d;
        }
    }

    @Override
    public String name() {
        return "_socket";
    }

    private static int intArg(PyObject o) {
        return (int) Protocols.index(o).asLong("Python int too large to convert to C int");
    }

    @Override
    public PyModule create(InterpState interp) {
        SocketMethods.install();
        PyModule m = new PyModule("_socket");
        for (Object[] c : CONSTANTS) m.put((String) c[0], PyInt.of(((Number) c[1]).longValue()));
        m.put("socket", PySocket.TYPE).put("SocketType", PySocket.TYPE).put("error", PyExc.OSError)
                .put("timeout", PyExc.TimeoutError).put("gaierror", GAIERROR).put("herror", HERROR).put("has_ipv6", PyBool.TRUE);
        m.function("getdefaulttimeout", (a, kw) -> {
            ArgParser.count("getdefaulttimeout", a, kw, 0, 0);
            double d = defaultTimeout(interp);
            return d < 0 ? PyNone.NONE : PyFloat.of(d);
        });
        m.function("setdefaulttimeout", (a, kw) -> {
            ArgParser.count("setdefaulttimeout", a, kw, 1, 1);
            double d = PySocket.parseTimeout(a[0]);
            synchronized (DEFAULT_TIMEOUT) {
                DEFAULT_TIMEOUT.put(interp, d);
            }
            return PyNone.NONE;
        });
        m.function("getaddrinfo", (a, kw) -> {
            PyObject[] x = ArgParser.parse("getaddrinfo", a, kw, new String[] {"host", "port", "family", "type", "proto", "flags"}, 2, 6, 0);
            return SocketAddresses.getaddrinfo(x[0], x[1], x[2] == null ? 0 : intArg(x[2]), x[3] == null ? 0 : intArg(x[3]),
                    x[4] == null ? 0 : intArg(x[4]), x[5] == null ? 0 : intArg(x[5]));
        });
        m.function("getnameinfo", (a, kw) -> {
            ArgParser.count("getnameinfo", a, kw, 2, 2);
            return getnameinfo(a[0], intArg(a[1]));
        });
        m.function("gethostname", (a, kw) -> {
            ArgParser.count("gethostname", a, kw, 0, 0);
            return PyStr.of(hostname());
        });
        m.function("gethostbyname", (a, kw) -> {
            ArgParser.count("gethostbyname", a, kw, 1, 1);
            String host = hostArg(a[0], "gethostbyname");
            return PyStr.of(SocketAddresses.hostText(SocketAddresses.resolveOne(host, SocketAddresses.AF_INET), false));
        });
        m.function("gethostbyname_ex", (a, kw) -> {
            ArgParser.count("gethostbyname_ex", a, kw, 1, 1);
            String host = hostArg(a[0], "gethostbyname_ex");
            List<InetAddress> all = SocketAddresses.lookup(host, SocketAddresses.AF_INET, 0);
            PyList ips = new PyList();
            for (InetAddress ip : all) ips.append(PyStr.of(ip.getHostAddress()));
            return PyTuple.of(PyStr.of(host), new PyList(), ips);
        });
        m.function("gethostbyaddr", (a, kw) -> {
            ArgParser.count("gethostbyaddr", a, kw, 1, 1);
            String host = hostArg(a[0], "gethostbyaddr");
            InetAddress ip = SocketAddresses.lookup(host, SocketAddresses.AF_UNSPEC, 0).get(0);
            String name = Gil.blocking(ip::getCanonicalHostName);
            if (name.equals(ip.getHostAddress())) throw SocketErrors.herror(1, "Unknown host");
            PyList ips = new PyList();
            ips.append(PyStr.of(SocketAddresses.hostText(ip, false)));
            return PyTuple.of(PyStr.of(name), new PyList(), ips);
        });
        m.function("getservbyname", (a, kw) -> {
            ArgParser.count("getservbyname", a, kw, 1, 2);
            if (!(a[0] instanceof PyStr)) throw Errors.typeError("getservbyname() argument 1 must be str, not " + a[0].type().name);
            try {
                return PyInt.of(SocketAddresses.servicePort(a[0], 0));
            } catch (PyException e) {
                throw new PyException(new PyBaseException(PyExc.OSError, PyStr.of("service/proto not found")));
            }
        });
        m.function("getservbyport", (a, kw) -> {
            ArgParser.count("getservbyport", a, kw, 1, 2);
            int port = intArg(a[0]);
            if (port < 0 || port > 65535) throw Errors.overflowError("getservbyport: port must be 0-65535.");
            String name = SocketAddresses.serviceName(port);
            if (name.equals(Integer.toString(port))) throw new PyException(new PyBaseException(PyExc.OSError, PyStr.of("port/proto not found")));
            return PyStr.of(name);
        });
        m.function("getprotobyname", (a, kw) -> {
            ArgParser.count("getprotobyname", a, kw, 1, 1);
            String n = a[0] instanceof PyStr s ? s.value : "";
            return PyInt.of(switch (n) {
                case "ip" -> 0;
                case "icmp" -> 1;
                case "tcp" -> 6;
                case "udp" -> 17;
                case "ipv6" -> 41;
                default -> throw new PyException(new PyBaseException(PyExc.OSError, PyStr.of("protocol not found")));
            });
        });
        SocketConversions.install(m);
        m.function("dup", (a, kw) -> {
            ArgParser.count("dup", a, kw, 1, 1);
            int fd = intArg(a[0]);
            if (!(FdTable.current().get(fd) instanceof SocketEndpoint e) || e.closed) throw SocketErrors.os(SocketErrors.EBADF);
            e.refs++;
            return PyInt.of(FdTable.current().add(e));
        });
        m.function("close", (a, kw) -> {
            ArgParser.count("close", a, kw, 1, 1);
            int fd = intArg(a[0]);
            if (!(FdTable.current().get(fd) instanceof SocketEndpoint e)) throw SocketErrors.os(SocketErrors.EBADF);
            FdTable.current().remove(fd, e);
            if (--e.refs <= 0) e.close();
            return PyNone.NONE;
        });
        m.function("socketpair", (a, kw) -> {
            PyObject[] x = ArgParser.parse("socketpair", a, kw, new String[] {"family", "type", "proto"}, 0, 3, 0);
            int family = x[0] == null || x[0] == PyNone.NONE ? SocketAddresses.AF_UNIX : intArg(x[0]);
            int type = x[1] == null || x[1] == PyNone.NONE ? SocketAddresses.SOCK_STREAM : intArg(x[1]);
            int proto = x[2] == null || x[2] == PyNone.NONE ? 0 : intArg(x[2]);
            return socketpair(family, type, proto);
        });
        return m;
    }

    private static String hostArg(PyObject o, String fname) {
        if (o instanceof PyStr s) return s.value;
        if (o instanceof BytesLike) return SocketAddresses.hostString(o, null);
        throw Errors.typeError(fname + "() argument 1 must be str, bytes or bytearray, not " + o.type().name);
    }

    /** The machine's host name (the kernel's, as gethostname() returns it). */
    static String hostname() {
        try {
            String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
            if (!h.isEmpty()) return h;
        } catch (IOException | RuntimeException e) {
            // fall back to Java's view
        }
        try {
            return Gil.blocking(() -> InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static PyObject getnameinfo(PyObject sockaddr, int flags) {
        if (!(sockaddr instanceof PyTuple t) || t.size() < 2 || t.size() > 4) {
            throw Errors.typeError("getnameinfo() argument 1 must be a tuple");
        }
        String host = SocketAddresses.hostString(t.get(0), null);
        int port = SocketAddresses.port(t.get(1), "getnameinfo");
        InetAddress ip = SocketAddresses.lookup(host, SocketAddresses.AF_UNSPEC, SocketAddresses.AI_NUMERICHOST).get(0);
        String name;
        if ((flags & SocketAddresses.NI_NUMERICHOST) != 0) {
            name = SocketAddresses.hostText(ip, false);
        } else {
            name = Gil.blocking(ip::getCanonicalHostName);
            if (name.equals(ip.getHostAddress())) {
                if ((flags & SocketAddresses.NI_NAMEREQD) != 0) throw SocketErrors.gai(-2, "Name or service not known");
                name = SocketAddresses.hostText(ip, false);
            } else if ((flags & SocketAddresses.NI_NOFQDN) != 0 && name.indexOf('.') > 0) {
                name = name.substring(0, name.indexOf('.'));
            }
        }
        String serv = (flags & SocketAddresses.NI_NUMERICSERV) != 0 ? Integer.toString(port) : SocketAddresses.serviceName(port);
        return PyTuple.of(PyStr.of(name), PyStr.of(serv));
    }

    // ---- socketpair -------------------------------------------------------------------------------

    /** Two connected AF_UNIX sockets, made over a temporary path (unnamed afterwards, as CPython's are). */
    private static PyObject socketpair(int family, int type, int proto) {
        if (type != SocketAddresses.SOCK_STREAM) throw Errors.notImplemented("socketpair() of datagram sockets is not supported by Taipan");
        // Linux makes pairs of AF_UNIX sockets only
        if (family == SocketAddresses.AF_INET || family == SocketAddresses.AF_INET6) throw SocketErrors.os(SocketErrors.EOPNOTSUPP);
        if (family != SocketAddresses.AF_UNIX) throw SocketErrors.os(SocketErrors.EAFNOSUPPORT);
        SocketChannel[] pair;
        try {
            pair = Gil.blocking(() -> connectedPair(family));
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
        PyObject[] out = new PyObject[2];
        for (int i = 0; i < 2; i++) {
            SocketEndpoint e;
            try {
                e = SocketEndpoint.accepted(family, pair[i]);
            } catch (IOException x) {
                throw SocketErrors.of(x);
            }
            e.unnamed = family == SocketAddresses.AF_UNIX;
            PySocket s = new PySocket(PySocket.TYPE);
            s.ep = e;
            s.fd = FdTable.current().add(e);
            s.family = family;
            s.type = type;
            s.proto = proto;
            s.timeout = defaultTimeout(dev.taipan.runtime.ThreadState.current().interp);
            out[i] = s;
        }
        return PyTuple.of(out);
    }

    private static SocketChannel[] connectedPair(int family) throws IOException {
        java.net.SocketAddress where;
        Path tmp = null;
        if (family == SocketAddresses.AF_UNIX) {
            tmp = Files.createTempFile("taipan-socketpair", ".sock");
            Files.delete(tmp);
            where = UnixDomainSocketAddress.of(tmp);
        } else {
            where = new InetSocketAddress(InetAddress.getByName(family == SocketAddresses.AF_INET ? "127.0.0.1" : "::1"), 0);
        }
        try (ServerSocketChannel server = ServerSocketChannel.open(SocketEndpoint.protocolFamily(family))) {
            server.bind(where, 1);
            SocketChannel a = SocketChannel.open(SocketEndpoint.protocolFamily(family));
            try {
                a.connect(server.getLocalAddress());
                SocketChannel b = server.accept();
                return new SocketChannel[] {a, b};
            } catch (IOException e) {
                a.close();
                throw e;
            }
        } finally {
            if (tmp != null) Files.deleteIfExists(tmp);
        }
    }
}
