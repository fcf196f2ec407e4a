package dev.taipan.stdlib;

import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;

/** getsockopt / setsockopt: Linux option numbers onto java.net socket options, remembering those Java cannot set. */
final class SocketOptions {
    private SocketOptions() {}

    static final int SOL_SOCKET = 1, IPPROTO_IP = 0, IPPROTO_TCP = 6, IPPROTO_IPV6 = 41;
    static final int SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_BROADCAST = 6, SO_SNDBUF = 7, SO_RCVBUF = 8,
            SO_KEEPALIVE = 9, SO_LINGER = 13, SO_REUSEPORT = 15, SO_PROTOCOL = 38, SO_DOMAIN = 39, SO_ACCEPTCONN = 30;
    static final int TCP_NODELAY = 1, TCP_KEEPIDLE = 4, TCP_KEEPINTVL = 5, TCP_KEEPCNT = 6;
    static final int IPV6_V6ONLY = 26, IP_TOS = 1;

    /** The java.net option for (level, name), or null. */
    private static SocketOption<?> javaOption(int level, int name) {
        if (level == SOL_SOCKET) {
            return switch (name) {
                case SO_REUSEADDR -> StandardSocketOptions.SO_REUSEADDR;
                case SO_REUSEPORT -> StandardSocketOptions.SO_REUSEPORT;
                case SO_KEEPALIVE -> StandardSocketOptions.SO_KEEPALIVE;
                case SO_SNDBUF -> StandardSocketOptions.SO_SNDBUF;
                case SO_RCVBUF -> StandardSocketOptions.SO_RCVBUF;
                case SO_BROADCAST -> StandardSocketOptions.SO_BROADCAST;
                case SO_LINGER -> StandardSocketOptions.SO_LINGER;
                default -> null;
            };
        }
        if (level == IPPROTO_TCP) {
            return switch (name) {
                case TCP_NODELAY -> StandardSocketOptions.TCP_NODELAY;
                case TCP_KEEPIDLE -> jdk.net.ExtendedSocketOptions.TCP_KEEPIDLE;
                case TCP_KEEPINTVL -> jdk.net.ExtendedSocketOptions.TCP_KEEPINTERVAL;
                case TCP_KEEPCNT -> jdk.net.ExtendedSocketOptions.TCP_KEEPCOUNT;
                default -> null;
            };
        }
        if (level == IPPROTO_IP && name == IP_TOS) return StandardSocketOptions.IP_TOS;
        return null;
    }

    /** Whether (level, name) is an option Taipan knows; an unknown level is EOPNOTSUPP, an unknown option ENOPROTOOPT. */
    private static boolean known(int level, int name) {
        if (level != SOL_SOCKET && level != IPPROTO_IP && level != IPPROTO_TCP && level != IPPROTO_IPV6 && level != 17) {
            throw SocketErrors.os(SocketErrors.EOPNOTSUPP);
        }
        if (javaOption(level, name) != null) return true;
        if (level == SOL_SOCKET) return name == SO_TYPE || name == SO_ERROR || name == SO_PROTOCOL || name == SO_DOMAIN || name == SO_ACCEPTCONN
                || (name >= 18 && name <= 21);
        if (level == IPPROTO_IPV6) return name == IPV6_V6ONLY;
        if (level == IPPROTO_IP) return name >= 1 && name <= 40;
        return false;
    }

    @SuppressWarnings("unchecked")
    static void set(PySocket s, int level, int name, PyObject value) {
        SocketEndpoint e = s.open();
        int v;
        if (value instanceof BytesLike b) {
            // a struct; SO_LINGER's is (onoff, linger): Java takes the linger time, or -1 for off
            byte[] a = b.toByteArray();
            int first = a.length >= 4 ? (a[0] & 0xff) | (a[1] & 0xff) << 8 | (a[2] & 0xff) << 16 | a[3] << 24 : 0;
            int second = a.length >= 8 ? (a[4] & 0xff) | (a[5] & 0xff) << 8 | (a[6] & 0xff) << 16 | a[7] << 24 : 0;
            v = level == SOL_SOCKET && name == SO_LINGER ? (first != 0 ? second : -1) : first;
        } else if (value == PyNone.NONE) {
            v = 0;
        } else {
            if (Protocols.indexOrNull(value) == null) {
                throw dev.taipan.runtime.Errors.typeError("a bytes-like object is required, not '" + value.type().name + "'");
            }
            PyInt i = Protocols.index(value);
            v = (int) i.asLong("Python int too large to convert to C int");
        }
        if (!known(level, name)) throw SocketErrors.os(SocketErrors.ENOPROTOOPT);
        if (level == SOL_SOCKET && (name == SO_TYPE || name == SO_ERROR || name == SO_PROTOCOL || name == SO_DOMAIN || name == SO_ACCEPTCONN)) {
            throw SocketErrors.os(SocketErrors.ENOPROTOOPT);
        }
        if (level == SOL_SOCKET && name == SO_REUSEADDR) e.reuseAddr = v != 0;
        if (level == SOL_SOCKET && name == SO_REUSEPORT) e.reusePort = v != 0;
        if (level == SOL_SOCKET && name == SO_RCVBUF) e.rcvBuf = v;
        if (level == IPPROTO_IPV6 && name == IPV6_V6ONLY) {
            e.v6only = v != 0;
            if (e.family == SocketAddresses.AF_INET6 && e.channel() != null) setV6Only(e.channel(), e.v6only);
        }
        e.options.put(key(level, name), v);
        SocketOption<?> opt = javaOption(level, name);
        SelectableChannel ch = e.channel();
        if (opt == null || !(ch instanceof NetworkChannel nc) || !nc.supportedOptions().contains(opt)) return;
        try {
            if (opt.type() == Boolean.class) nc.setOption((SocketOption<Boolean>) opt, v != 0);
            else nc.setOption((SocketOption<Integer>) opt, v);
        } catch (IOException | IllegalArgumentException x) {
            throw SocketErrors.os(SocketErrors.EINVAL);
        } catch (UnsupportedOperationException x) {
            // kept in the stored values only
        }
    }

    static PyObject get(PySocket s, int level, int name, int buflen) {
        SocketEndpoint e = s.open();
        int v = getInt(s, e, level, name);
        if (buflen <= 0) return PyInt.of(v);
        byte[] out = new byte[buflen];
        for (int i = 0; i < Math.min(4, buflen); i++) out[i] = (byte) (v >>> (8 * i));
        return PyBytes.wrap(out);
    }

    private static int getInt(PySocket s, SocketEndpoint e, int level, int name) {
        if (level == SOL_SOCKET) {
            switch (name) {
                case SO_TYPE:
                    return e.type;
                case SO_DOMAIN:
                    return e.family;
                case SO_PROTOCOL:
                    return e.family == SocketAddresses.AF_UNIX ? 0 : e.type == SocketAddresses.SOCK_STREAM ? 6 : 17;
                case SO_ACCEPTCONN:
                    return e.server != null ? 1 : 0;
                case SO_ERROR: {
                    if (e.stream != null && e.stream.isOpen() && e.stream.isConnectionPending()) e.connectReady();
                    int err = e.soError;
                    e.soError = 0;
                    return err;
                }
                default:
                    break;
            }
        }
        if (!known(level, name)) throw SocketErrors.os(SocketErrors.ENOPROTOOPT);
        SocketOption<?> opt = javaOption(level, name);
        SelectableChannel ch = e.channel();
        if (opt != null && ch instanceof NetworkChannel nc && ch.isOpen() && nc.supportedOptions().contains(opt)) {
            try {
                Object r = nc.getOption(opt);
                if (r instanceof Boolean b) return b ? 1 : 0;
                if (r instanceof Integer i) return level == SOL_SOCKET && name == SO_LINGER ? (i < 0 ? 0 : 1) : i;
            } catch (IOException | UnsupportedOperationException x) {
                // fall back to the stored value
            }
        }
        Integer st = e.options.get(key(level, name));
        return st == null ? 0 : st;
    }

    private static java.lang.reflect.Method fdOf, setIntOption;
    private static boolean v6OnlyUnavailable;

    /**
     * IPV6_V6ONLY, which java.net does not offer (its IPv6 sockets are dual-stack): set through
     * the JDK's own setsockopt when the jar's manifest opens sun.nio.ch to Taipan, so that an
     * IPv6 wildcard socket can share its port with an IPv4 one (asyncio's create_server with no
     * host makes both). Without that access the option is only remembered.
     */
    static synchronized void setV6Only(SelectableChannel ch, boolean on) {
        if (v6OnlyUnavailable) return;
        try {
            if (setIntOption == null) {
                fdOf = Class.forName("sun.nio.ch.SelChImpl").getMethod("getFD");
                setIntOption = Class.forName("sun.nio.ch.Net").getDeclaredMethod("setIntOption0", java.io.FileDescriptor.class,
                        boolean.class, int.class, int.class, int.class, boolean.class);
                setIntOption.setAccessible(true);
            }
            setIntOption.invoke(null, fdOf.invoke(ch), false, IPPROTO_IPV6, IPV6_V6ONLY, on ? 1 : 0, true);
        } catch (ReflectiveOperationException | RuntimeException x) {
            v6OnlyUnavailable = true;
        }
    }

    private static long key(int level, int name) {
        return (long) level << 32 | (name & 0xffffffffL);
    }
}
