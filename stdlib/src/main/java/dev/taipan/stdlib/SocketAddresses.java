package dev.taipan.stdlib;

import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Socket addresses: Python tuples and paths to java.net addresses and back, name resolution and getaddrinfo. */
final class SocketAddresses {
    private SocketAddresses() {}

    static final int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    static final int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3;
    static final int IPPROTO_TCP = 6, IPPROTO_UDP = 17;
    static final int AI_PASSIVE = 1, AI_CANONNAME = 2, AI_NUMERICHOST = 4, AI_NUMERICSERV = 0x400;
    static final int NI_NUMERICHOST = 1, NI_NUMERICSERV = 2, NI_NOFQDN = 4, NI_NAMEREQD = 8, NI_DGRAM = 16;

    private static final Pattern IPV4_CHARS = Pattern.compile("[0-9][0-9a-fA-FxX.]*");

    /** Well-known services (a slice of /etc/services) for port names. */
    private static final Object[][] SERVICES = {
        {"echo", 7}, {"discard", 9}, {"daytime", 13}, {"ftp-data", 20}, {"ftp", 21}, {"ssh", 22}, {"telnet", 23}, {"smtp", 25},
        {"time", 37}, {"domain", 53}, {"gopher", 70}, {"finger", 79}, {"http", 80}, {"kerberos", 88}, {"pop3", 110},
        {"sunrpc", 111}, {"nntp", 119}, {"ntp", 123}, {"imap2", 143}, {"snmp", 161}, {"ldap", 389}, {"https", 443},
        {"submission", 587}, {"ldaps", 636}, {"imaps", 993}, {"pop3s", 995}, {"mysql", 3306}, {"postgresql", 5432},
    };

    // ---- Python address -> Java -------------------------------------------------------------------

    /** The java.net address for a Python address of the given family (host names are resolved). */
    static SocketAddress parse(int family, PyObject addr, String fname) {
        if (family == AF_UNIX) {
            String path;
            if (addr instanceof PyStr s) path = s.value;
            else if (addr instanceof BytesLike b) path = new String(b.toByteArray(), StandardCharsets.UTF_8);
            else throw Errors.typeError("a bytes-like object is required, not '" + addr.type().name + "'");
            if (!path.isEmpty() && path.charAt(0) == '\0') throw Errors.notImplemented("abstract AF_UNIX addresses are not supported by Taipan");
            return UnixDomainSocketAddress.of(path);
        }
        String fam = family == AF_INET6 ? "AF_INET6" : "AF_INET";
        if (!(addr instanceof PyTuple t)) throw Errors.typeError(fname + "(): " + fam + " address must be tuple, not " + addr.type().name);
        int n = t.size();
        if (family == AF_INET6 ? n < 2 || n > 4 : n != 2) {
            throw Errors.typeError(family == AF_INET6 ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                    : "AF_INET address must be a pair (host, port)");
        }
        String host = hostString(t.get(0), null);
        int port = port(t.get(1), fname);
        if (n >= 3) {
            long flow = Protocols.index(t.get(2)).asLong("");
            if (flow < 0 || flow > 0xfffff) throw Errors.overflowError(fname + "(): flowinfo must be 0-1048575.");
        }
        if (n == 4) Protocols.index(t.get(3));
        return new InetSocketAddress(resolveOne(host, family), port);
    }

    /** A host argument: str (IDNA-ish, taken as is), bytes or bytearray. */
    static String hostString(PyObject h, String noneMeans) {
        if (h instanceof PyStr s) return s.value;
        if (h instanceof BytesLike b) return new String(b.toByteArray(), StandardCharsets.ISO_8859_1);
        if (h == PyNone.NONE && noneMeans != null) return noneMeans;
        throw Errors.typeError("str, bytes or bytearray expected, not " + h.type().name);
    }

    static int port(PyObject p, String fname) {
        PyInt i = Protocols.index(p);
        if (i.isBig() || i.value < 0 || i.value > 65535) throw Errors.overflowError(fname + "(): port must be 0-65535.");
        return (int) i.value;
    }

    /** One address of the family for host, as CPython's setipaddr picks it ('' is any, '<broadcast>' broadcast). */
    static InetAddress resolveOne(String host, int family) {
        try {
            if (host.isEmpty()) return InetAddress.getByName(family == AF_INET6 ? "::" : "0.0.0.0");
            if (host.equals("<broadcast>")) {
                if (family != AF_INET) throw SocketErrors.os(SocketErrors.EAFNOSUPPORT);
                return InetAddress.getByName("255.255.255.255");
            }
        } catch (UnknownHostException e) {
            throw SocketErrors.gai(-2, "Name or service not known");
        }
        List<InetAddress> all = lookup(host, family, 0);
        return all.get(0);
    }

    /** Addresses of host restricted to family (0: any), numeric hosts without a lookup; gaierror when none. */
    static List<InetAddress> lookup(String host, int family, int flags) {
        List<InetAddress> found = new ArrayList<>();
        InetAddress a = numeric(host);
        if (a != null) {
            if (family == AF_INET && !(a instanceof Inet4Address) || family == AF_INET6 && !(a instanceof Inet6Address)) {
                throw SocketErrors.gai(-9, "Address family for hostname not supported");
            }
            found.add(a);
            return found;
        }
        if ((flags & AI_NUMERICHOST) != 0) throw SocketErrors.gai(-2, "Name or service not known");
        InetAddress[] all;
        try {
            all = Gil.blocking(() -> InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw SocketErrors.gai(-2, "Name or service not known");
        }
        for (InetAddress each : all) {
            if (family == AF_UNSPEC || family == AF_INET && each instanceof Inet4Address || family == AF_INET6 && each instanceof Inet6Address) {
                if (!found.contains(each)) found.add(each);
            }
        }
        if (found.isEmpty()) throw SocketErrors.gai(-2, "Name or service not known");
        return found;
    }

    /** The address a numeric host names (inet_aton forms, IPv6 text with an optional %scope), or null for a name. */
    static InetAddress numeric(String host) {
        try {
            if (IPV4_CHARS.matcher(host).matches()) {
                byte[] b = SocketConversions.aton(host);
                return b == null ? null : InetAddress.getByAddress(b);
            }
            if (host.indexOf(':') < 0) return null;
            int pct = host.indexOf('%');
            byte[] b = SocketConversions.pton6(pct < 0 ? host : host.substring(0, pct));
            if (b == null) return null;
            // Inet6Address keeps an IPv4-mapped address IPv6 (InetAddress.getByAddress would not)
            return Inet6Address.getByAddress(null, b, (java.net.NetworkInterface) null);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    // ---- Java address -> Python -------------------------------------------------------------------

    /** The Python form of a socket address: (host, port), (host, port, flowinfo, scope_id) or a path. */
    static PyObject toPython(SocketAddress a, int family) {
        if (a == null) {
            if (family == AF_UNIX) return PyStr.EMPTY;
            return family == AF_INET6 ? PyTuple.of(PyStr.of("::"), PyInt.of(0), PyInt.of(0), PyInt.of(0))
                    : PyTuple.of(PyStr.of("0.0.0.0"), PyInt.of(0));
        }
        if (a instanceof UnixDomainSocketAddress u) return PyStr.of(u.getPath().toString());
        InetSocketAddress i = (InetSocketAddress) a;
        InetAddress ip = i.getAddress();
        if (family == AF_INET6) {
            int scope = ip instanceof Inet6Address v6 ? v6.getScopeId() : 0;
            return PyTuple.of(PyStr.of(hostText(ip, true)), PyInt.of(i.getPort()), PyInt.of(0), PyInt.of(scope));
        }
        return PyTuple.of(PyStr.of(hostText(ip, false)), PyInt.of(i.getPort()));
    }

    /** An address as inet_ntop writes it: dotted quad, or the compressed IPv6 form (an IPv4 address in an AF_INET6 socket is mapped). */
    static String hostText(InetAddress ip, boolean six) {
        if (ip instanceof Inet4Address) return six ? "::ffff:" + ip.getHostAddress() : ip.getHostAddress();
        return compress(ip.getAddress());
    }

    /** RFC 5952 text of a 16-byte address (the longest run of two or more zero groups becomes ::). */
    static String compress(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
        boolean mapped = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
        if (mapped) return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestStart == 0 && bestLen == 6) {
            return "::" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    // ---- getaddrinfo ------------------------------------------------------------------------------

    /** The port a getaddrinfo port argument names (None: 0); gaierror for an unknown service. */
    static int servicePort(PyObject port, int flags) {
        if (port == PyNone.NONE) return 0;
        if (port instanceof PyInt i) return (int) i.asLong("");
        String s;
        if (port instanceof PyStr ps) s = ps.value;
        else if (port instanceof PyBytes pb) s = new String(pb.toByteArray(), StandardCharsets.ISO_8859_1);
        else throw new dev.taipan.runtime.PyException(new dev.taipan.runtime.PyBaseException(PyExc.OSError, PyStr.of("Int or String expected")));
        if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw SocketErrors.gai(-8, "Servname not supported for ai_socktype");
            }
        }
        if ((flags & AI_NUMERICSERV) == 0) {
            for (Object[] sv : SERVICES) if (sv[0].equals(s)) return (int) sv[1];
        }
        throw SocketErrors.gai(-8, "Servname not supported for ai_socktype");
    }

    /** The service name for a port (getnameinfo), or its digits. */
    static String serviceName(int port) {
        for (Object[] sv : SERVICES) if ((int) sv[1] == port) return (String) sv[0];
        return Integer.toString(port);
    }

    /** getaddrinfo(host, port, family, type, proto, flags) as a list of (family, type, proto, canonname, sockaddr). */
    static PyList getaddrinfo(PyObject hostArg, PyObject portArg, int family, int type, int proto, int flags) {
        String host;
        if (hostArg == PyNone.NONE) host = null;
        else if (hostArg instanceof PyStr || hostArg instanceof PyBytes) host = hostString(hostArg, null);
        else throw Errors.typeError("getaddrinfo() argument 1 must be string or None");
        if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6) throw SocketErrors.gai(-6, "ai_family not supported");
        int port = servicePort(portArg, flags);
        List<InetAddress> addrs = new ArrayList<>();
        try {
            if (host == null) {
                boolean passive = (flags & AI_PASSIVE) != 0;
                InetAddress v4 = InetAddress.getByName(passive ? "0.0.0.0" : "127.0.0.1");
                InetAddress v6 = InetAddress.getByName(passive ? "::" : "::1");
                // glibc's order for a missing host: the wildcard addresses IPv4 first, loopback IPv6 first
                if (family != AF_INET6 && passive) addrs.add(v4);
                if (family != AF_INET) addrs.add(v6);
                if (family != AF_INET6 && !passive) addrs.add(v4);
            } else {
                addrs.addAll(lookup(host, family, flags));
            }
        } catch (UnknownHostException e) {
            throw SocketErrors.gai(-2, "Name or service not known");
        }
        int[][] kinds = type == 0 && proto == 0
                ? new int[][] {{SOCK_STREAM, IPPROTO_TCP}, {SOCK_DGRAM, IPPROTO_UDP}, {SOCK_RAW, 0}}
                : new int[][] {{type == 0 ? (proto == IPPROTO_UDP ? SOCK_DGRAM : SOCK_STREAM) : type,
                        proto != 0 ? proto : type == SOCK_DGRAM ? IPPROTO_UDP : type == SOCK_STREAM || type == 0 ? IPPROTO_TCP : 0}};
        PyList out = new PyList();
        boolean first = true;
        for (InetAddress a : addrs) {
            int fam = a instanceof Inet4Address ? AF_INET : AF_INET6;
            PyObject sockaddr = toPython(new InetSocketAddress(a, port), fam);
            for (int[] k : kinds) {
                String canon = first && (flags & AI_CANONNAME) != 0 ? host == null ? "" : host : "";
                first = false;
                out.append(PyTuple.of(PyInt.of(fam), PyInt.of(k[0]), PyInt.of(k[1]), PyStr.of(canon), sockaddr));
            }
        }
        return out;
    }
}
