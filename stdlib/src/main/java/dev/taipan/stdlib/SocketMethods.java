package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyType;

/** The methods and attributes of _socket.socket, with CPython's argument checks. */
final class SocketMethods {
    private SocketMethods() {}

    private static boolean installed;

    private static PySocket s(PyObject o) {
        return (PySocket) o;
    }

    private static int intArg(PyObject o) {
        return (int) Protocols.index(o).asLong("Python int too large to convert to C int");
    }

    /** CPython's argument-count messages for the socket methods that take positional arguments only. */
    private static void count(String name, PyObject[] args, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) throw Errors.typeError("socket." + name + "() takes no keyword arguments");
        int n = args.length;
        if (n >= min && n <= max) return;
        if (min == max) throw Errors.typeError(name + "() takes exactly " + min + " argument" + (min == 1 ? "" : "s") + " (" + n + " given)");
        if (n < min) throw Errors.typeError(name + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + n + " given)");
        throw Errors.typeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + n + " given)");
    }

    private static int optInt(PyObject o, int dflt) {
        return o == null ? dflt : intArg(o);
    }

    static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType t = PySocket.TYPE;
        t.module = "_socket";
        t.instancesHaveDict = true;
        t.staticNew((cls, args, kw) -> new PySocket(cls));
        t.method("__init__", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("socket", args, kw, new String[] {"family", "type", "proto", "fileno"}, 0, 4, 0);
            s(self).init(optInt(a[0] == PyNone.NONE ? null : a[0], -1), optInt(a[1] == PyNone.NONE ? null : a[1], -1),
                    optInt(a[2] == PyNone.NONE ? null : a[2], -1), a[3]);
            return PyNone.NONE;
        });
        t.method0("__repr__", self -> PyStr.of(s(self).nativeRepr()));
        t.getset("family", self -> PyInt.of(s(self).family));
        t.getset("type", self -> PyInt.of(s(self).type));
        t.getset("proto", self -> PyInt.of(s(self).proto));
        t.getset("timeout", self -> s(self).timeoutObject());
        t.method0("fileno", self -> PyInt.of(s(self).fd));
        t.method0("close", self -> {
            s(self).close();
            return PyNone.NONE;
        });
        t.method0("detach", self -> PyInt.of(s(self).detach()));
        t.method0("_accept", self -> s(self).accept());
        t.method1("bind", (self, addr) -> {
            s(self).bind(addr);
            return PyNone.NONE;
        });
        t.method("listen", (self, args, kw) -> {
            count("listen", args, kw, 0, 1);
            int backlog = args.length == 0 ? Math.min(SocketModule.SOMAXCONN, 128) : Math.max(0, intArg(args[0]));
            s(self).open().listen(backlog);
            return PyNone.NONE;
        });
        t.method1("connect", (self, addr) -> {
            s(self).connect(addr, true);
            return PyNone.NONE;
        });
        t.method1("connect_ex", (self, addr) -> PyInt.of(s(self).connect(addr, false)));
        t.method("recv", (self, args, kw) -> {
            count("recv", args, kw, 1, 2);
            return s(self).recv(intArg(args[0]), args.length > 1 ? intArg(args[1]) : 0);
        });
        t.method("recvfrom", (self, args, kw) -> {
            count("recvfrom", args, kw, 1, 2);
            return s(self).recvfrom(intArg(args[0]), args.length > 1 ? intArg(args[1]) : 0);
        });
        t.method("recv_into", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("recv_into", args, kw, new String[] {"buffer", "nbytes", "flags"}, 1, 3, 0);
            return PyInt.of(s(self).recvInto(a[0], optInt(a[1], 0), optInt(a[2], 0), "recv_into"));
        });
        t.method("recvfrom_into", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("recvfrom_into", args, kw, new String[] {"buffer", "nbytes", "flags"}, 1, 3, 0);
            PySocket so = s(self);
            if (so.open().dgram == null) {
                return dev.taipan.runtime.PyTuple.of(PyInt.of(so.recvInto(a[0], optInt(a[1], 0), optInt(a[2], 0), "recvfrom_into")), PyNone.NONE);
            }
            throw Errors.notImplemented("recvfrom_into() on datagram sockets is not supported by Taipan");
        });
        t.method("send", (self, args, kw) -> {
            count("send", args, kw, 1, 2);
            return PyInt.of(s(self).send(args[0], args.length > 1 ? intArg(args[1]) : 0));
        });
        t.method("sendall", (self, args, kw) -> {
            count("sendall", args, kw, 1, 2);
            s(self).sendall(args[0], args.length > 1 ? intArg(args[1]) : 0);
            return PyNone.NONE;
        });
        t.method("sendto", (self, args, kw) -> {
            ArgParser.noKeywords("sendto", kw);
            if (args.length < 2 || args.length > 3) {
                throw Errors.typeError("sendto() takes 2 or 3 arguments (" + args.length + " given)");
            }
            int flags = args.length == 3 ? intArg(args[1]) : 0;
            return PyInt.of(s(self).sendto(args[0], flags, args[args.length - 1]));
        });
        t.method1("shutdown", (self, how) -> {
            s(self).shutdown(intArg(how));
            return PyNone.NONE;
        });
        t.method0("getsockname", self -> s(self).sockname());
        t.method0("getpeername", self -> s(self).peername());
        t.method("setsockopt", (self, args, kw) -> {
            if (args.length != 3 && args.length != 4) count("setsockopt", args, kw, 3, 3);
            count("setsockopt", args, kw, 3, 4);
            if (args.length == 3 && args[2] == PyNone.NONE) throw Errors.typeError("a bytes-like object is required, not 'NoneType'");
            SocketOptions.set(s(self), intArg(args[0]), intArg(args[1]), args[2]);
            return PyNone.NONE;
        });
        t.method("getsockopt", (self, args, kw) -> {
            count("getsockopt", args, kw, 2, 3);
            return SocketOptions.get(s(self), intArg(args[0]), intArg(args[1]), args.length > 2 ? intArg(args[2]) : 0);
        });
        t.method1("settimeout", (self, v) -> {
            // CPython stores the timeout before it finds the fd closed
            s(self).timeout = PySocket.parseTimeout(v);
            s(self).open();
            return PyNone.NONE;
        });
        t.method0("gettimeout", self -> s(self).timeoutObject());
        t.method1("setblocking", (self, flag) -> {
            s(self).timeout = flag.isTrue() ? -1 : 0;
            s(self).open();
            return PyNone.NONE;
        });
        t.method0("getblocking", self -> PyBool.of(s(self).timeout != 0));
    }
}
