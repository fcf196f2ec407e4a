package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;

/** The _socket address and byte-order conversions: inet_aton/ntoa/pton/ntop and htons/ntohs/htonl/ntohl, as glibc parses and prints. */
final class SocketConversions {
    private SocketConversions() {}

    static void install(PyModule m) {
        m.function("inet_aton", (a, kw) -> {
            ArgParser.count("inet_aton", a, kw, 1, 1);
            String s = str(a[0], "inet_aton");
            byte[] b = aton(s);
            if (b == null) throw os("illegal IP address string passed to inet_aton");
            return PyBytes.wrap(b);
        });
        m.function("inet_ntoa", (a, kw) -> {
            ArgParser.count("inet_ntoa", a, kw, 1, 1);
            byte[] b = bytes(a[0]);
            if (b.length != 4) throw os("packed IP wrong length for inet_ntoa");
            return PyStr.of((b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff));
        });
        m.function("inet_pton", (a, kw) -> {
            ArgParser.count("inet_pton", a, kw, 2, 2);
            int family = (int) Protocols.index(a[0]).asLong("");
            String s = str(a[1], "inet_pton");
            byte[] b;
            if (family == SocketAddresses.AF_INET) b = pton4(s);
            else if (family == SocketAddresses.AF_INET6) b = pton6(s);
            else throw SocketErrors.os(SocketErrors.EAFNOSUPPORT);
            if (b == null) throw os("illegal IP address string passed to inet_pton");
            return PyBytes.wrap(b);
        });
        m.function("inet_ntop", (a, kw) -> {
            ArgParser.count("inet_ntop", a, kw, 2, 2);
            int family = (int) Protocols.index(a[0]).asLong("");
            byte[] b = bytes(a[1]);
            if (family == SocketAddresses.AF_INET) {
                if (b.length != 4) throw Errors.valueError("invalid length of packed IP address string");
                return PyStr.of((b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff));
            }
            if (family == SocketAddresses.AF_INET6) {
                if (b.length != 16) throw Errors.valueError("invalid length of packed IP address string");
                return PyStr.of(SocketAddresses.compress(b));
            }
            throw Errors.valueError("unknown address family " + family);
        });
        short16(m, "htons");
        short16(m, "ntohs");
        long32(m, "htonl");
        long32(m, "ntohl");
    }

    private static void short16(PyModule m, String name) {
        m.function(name, (a, kw) -> {
            ArgParser.count(name, a, kw, 1, 1);
            PyInt i = Protocols.index(a[0]);
            if (i.signum() < 0) throw Errors.overflowError(name + ": can't convert negative Python int to C 16-bit unsigned integer");
            if (i.isBig() || i.value > 0xffff) throw Errors.overflowError(name + ": Python int too large to convert to C 16-bit unsigned integer");
            int v = (int) i.value;
            return PyInt.of(((v & 0xff) << 8) | (v >> 8));
        });
    }

    private static void long32(PyModule m, String name) {
        m.function(name, (a, kw) -> {
            ArgParser.count(name, a, kw, 1, 1);
            PyInt i = Protocols.index(a[0]);
            if (i.signum() < 0) throw Errors.overflowError("can't convert negative value to unsigned int");
            if (i.isBig() || i.value > 0xffffffffL) throw Errors.overflowError("int larger than 32 bits");
            return PyInt.of(Integer.toUnsignedLong(Integer.reverseBytes((int) i.value)));
        });
    }

    private static PyException os(String msg) {
        return new PyException(new PyBaseException(PyExc.OSError, PyStr.of(msg)));
    }

    private static String str(PyObject o, String fname) {
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError(fname + "() argument 1 must be str, not " + o.type().name);
    }

    private static byte[] bytes(PyObject o) {
        if (o instanceof BytesLike b) return b.toByteArray();
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    /** inet_aton: one to four parts (decimal, 0octal or 0xhex), the last filling the remaining bytes; text after whitespace ignored. */
    static byte[] aton(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                s = s.substring(0, i);
                break;
            }
        }
        if (s.isEmpty()) return null;
        String[] parts = s.split("\\.", -1);
        if (parts.length > 4) return null;
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) return null;
            try {
                if (p.startsWith("0x") || p.startsWith("0X")) v[i] = p.length() == 2 ? 0 : Long.parseLong(p.substring(2), 16);
                else if (p.length() > 1 && p.charAt(0) == '0') v[i] = Long.parseLong(p.substring(1), 8);
                else v[i] = Long.parseLong(p);
            } catch (NumberFormatException e) {
                return null;
            }
            if (v[i] < 0 || v[i] > 0xffffffffL) return null;
        }
        long addr = 0;
        int n = v.length;
        for (int i = 0; i < n - 1; i++) {
            if (v[i] > 0xff) return null;
            addr |= v[i] << (24 - 8 * i);
        }
        long last = v[n - 1];
        if (last >= 1L << (8 * (5 - n))) return null;
        addr |= last;
        return new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr};
    }

    /** Strict dotted quad (no leading zeros), as inet_pton(AF_INET). */
    static byte[] pton4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) return null;
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0') || !p.chars().allMatch(c -> c >= '0' && c <= '9')) return null;
            int v = Integer.parseInt(p);
            if (v > 255) return null;
            b[i] = (byte) v;
        }
        return b;
    }

    /** inet_pton(AF_INET6): hex groups with at most one ::, an optional dotted quad at the end. */
    static byte[] pton6(String s) {
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) return null;
        String head = dbl >= 0 ? s.substring(0, dbl) : s;
        String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
        java.util.List<Integer> hw = new java.util.ArrayList<>(), tw = new java.util.ArrayList<>();
        if (!groups(head, hw, dbl < 0) || !groups(tail, tw, true)) return null;
        int total = hw.size() + tw.size();
        if (dbl < 0 ? total != 8 : total > 7) return null;
        byte[] b = new byte[16];
        for (int i = 0; i < hw.size(); i++) {
            b[2 * i] = (byte) (hw.get(i) >> 8);
            b[2 * i + 1] = (byte) (int) hw.get(i);
        }
        int off = 8 - tw.size();
        for (int i = 0; i < tw.size(); i++) {
            b[2 * (off + i)] = (byte) (tw.get(i) >> 8);
            b[2 * (off + i) + 1] = (byte) (int) tw.get(i);
        }
        return b;
    }

    private static boolean groups(String s, java.util.List<Integer> out, boolean quadAllowed) {
        if (s.isEmpty()) return true;
        String[] parts = s.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && quadAllowed && p.indexOf('.') >= 0) {
                byte[] q = pton4(p);
                if (q == null) return false;
                out.add((q[0] & 0xff) << 8 | (q[1] & 0xff));
                out.add((q[2] & 0xff) << 8 | (q[3] & 0xff));
                return true;
            }
            if (p.isEmpty() || p.length() > 4) return false;
            for (int k = 0; k < p.length(); k++) if (Character.digit(p.charAt(k), 16) < 0) return false;
            out.add(Integer.parseInt(p, 16));
        }
        return true;
    }
}
