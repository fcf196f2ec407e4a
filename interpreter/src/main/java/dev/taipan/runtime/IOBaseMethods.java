package dev.taipan.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The default methods of io.IOBase, io.RawIOBase, io.BufferedIOBase and io.TextIOBase, as
 * CPython's: written against any object, through its own methods (a subclass's readline is
 * built on its read(), peek() when it has one, RawIOBase.read on its readinto(), ...).
 */
final class IOBaseMethods {
    private IOBaseMethods() {}

    /** The instance attribute close() sets, as CPython's. */
    private static final String CLOSED_FLAG = "__IOBase_closed";

    static void install() {
        installIOBase(PyIOBase.TYPE);
        installRaw(PyIOBase.RAW_TYPE);
        installBuffered(PyIOBase.BUFFERED_TYPE);
        installText(PyIOBase.TEXT_TYPE);
    }

    private static PyException unsupported(String what) {
        return PyFileIO.unsupported(what);
    }

    static boolean closed(PyObject self) {
        return self.getAttr("closed").isTrue();
    }

    private static void checkClosed(PyObject self) {
        if (closed(self)) throw Errors.valueError("I/O operation on closed file.");
    }

    private static void installIOBase(PyType t) {
        t.getset("closed", self -> {
            PyDict d = self.dict();
            PyObject v = d == null ? null : d.getStr(CLOSED_FLAG);
            return PyBool.of(v != null && v.isTrue());
        });
        t.method0("close", self -> {
            PyDict d = self.dict();
            PyObject v = d == null ? null : d.getStr(CLOSED_FLAG);
            if (v != null && v.isTrue()) return PyNone.NONE;
            try {
                Call.invoke(self, "flush");
            } finally {
                self.setAttr(CLOSED_FLAG, PyBool.TRUE);
            }
            return PyNone.NONE;
        });
        t.method0("flush", self -> {
            checkClosed(self);
            return PyNone.NONE;
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            t.method0(name, self -> PyBool.FALSE);
        }
        t.method0("isatty", self -> {
            checkClosed(self);
            return PyBool.FALSE;
        });
        t.method0("fileno", self -> {
            throw unsupported("fileno");
        });
        t.method("seek", (self, args, kw) -> {
            throw unsupported("seek");
        });
        t.method0("tell", self -> Call.invoke(self, "seek", PyInt.of(0), PyInt.of(1)));
        t.method("truncate", (self, args, kw) -> {
            throw unsupported("truncate");
        });
        t.method0("__enter__", self -> {
            checkClosed(self);
            return self;
        });
        t.method("__exit__", (self, args, kw) -> Call.invoke(self, "close"));
        t.method0("__iter__", self -> {
            checkClosed(self);
            return self;
        });
        t.method0("__next__", self -> {
            PyObject line = Call.invoke(self, "readline");
            if (line.len() == 0) throw Errors.stopIteration(null);
            return line;
        });
        t.method("readline", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("readline", args, kw, new String[] {"size"}, 0, 1, 1);
            return PyBytes.wrap(readline(self, PyFileIO.sizeArg(a[0])));
        });
        t.method("readlines", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("readlines", args, kw, new String[] {"hint"}, 0, 1, 1);
            long hint = PyFileIO.sizeArg(a[0]);
            PyList out = new PyList();
            PyObject it = self.iter();
            long total = 0;
            for (PyObject line = it.next(); line != null; line = it.next()) {
                out.append(line);
                if (hint > 0) {
                    long n = line.len();
                    if (n > hint - total) break;
                    total += n;
                }
            }
            return out;
        });
        t.method1("writelines", (self, lines) -> {
            checkClosed(self);
            PyObject it = lines.iter();
            for (PyObject line = it.next(); line != null; line = it.next()) Call.invoke(self, "write", line);
            return PyNone.NONE;
        });
        t.method("_checkClosed", (self, args, kw) -> {
            if (closed(self)) throw Errors.valueError(args.length > 0 && args[0] != PyNone.NONE ? args[0].str() : "I/O operation on closed file.");
            return PyNone.NONE;
        });
        for (String what : new String[] {"readable", "writable", "seekable"}) {
            String method = "_check" + Character.toUpperCase(what.charAt(0)) + what.substring(1);
            t.method(method, (self, args, kw) -> {
                if (!Call.invoke(self, what).isTrue()) {
                    throw unsupported(args.length > 0 && args[0] != PyNone.NONE ? args[0].str() : "File or stream is not " + what + ".");
                }
                return PyNone.NONE;
            });
        }
    }

    /** IOBase.readline: through peek() when the stream has it (whole runs), else read(1) at a time. */
    private static byte[] readline(PyObject self, long limit) {
        PyObject peek = self.lookupAttr("peek");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            int want = 1;
            if (peek != null) {
                PyObject ahead = peek.call(PyInt.of(1));
                if (!(ahead instanceof PyBytes ab)) {
                    throw Errors.of(PyExc.OSError, "peek() should have returned a bytes object, not '" + ahead.type().name + "'");
                }
                if (ab.size() == 0) break;
                int n = 0;
                while (n < ab.size() && (limit < 0 || n < limit - out.size())) {
                    if (ab.at(n++) == '\n') break;
                }
                want = n;
            }
            PyObject b = Call.invoke(self, "read", PyInt.of(want));
            if (!(b instanceof PyBytes bytes)) {
                throw Errors.of(PyExc.OSError, "read() should have returned a bytes object, not '" + b.type().name + "'");
            }
            if (bytes.size() == 0) break;
            out.write(bytes.value, 0, bytes.size());
            if (bytes.value[bytes.size() - 1] == '\n') break;
        }
        return out.toByteArray();
    }

    private static void installRaw(PyType t) {
        t.method("read", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("read", args, kw, new String[] {"size"}, 0, 1, 1);
            long n = PyFileIO.sizeArg(a[0]);
            if (n < 0) return Call.invoke(self, "readall");
            PyByteArray buf = new PyByteArray(new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)]);
            PyObject r = Call.invoke(self, "readinto", buf);
            if (r == PyNone.NONE) return r;
            long got = Protocols.index(r).asLong("Python int too large to convert to C ssize_t");
            if (got < 0 || got > buf.size) {
                throw Errors.valueError("readinto returned " + got + " outside buffer size " + buf.size);
            }
            return PyBytes.wrap(java.util.Arrays.copyOf(buf.buf, (int) got));
        });
        t.method0("readall", self -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean any = false;
            while (true) {
                PyObject data = Call.invoke(self, "read", PyInt.of(PyBufferedIO.BUFFER_SIZE));
                if (data == PyNone.NONE) {
                    if (!any) return PyNone.NONE;
                    break;
                }
                if (!(data instanceof PyBytes b)) throw Errors.typeError("read() should return bytes");
                if (b.size() == 0) break;
                any = true;
                out.write(b.value, 0, b.size());
            }
            return PyBytes.wrap(out.toByteArray());
        });
        t.method1("readinto", (self, b) -> {
            if (self instanceof PyFileIO f) return PyInt.of(fileReadinto(f, b));
            throw new PyException(new PyBaseException(PyExc.NotImplementedError));
        });
        t.method1("write", (self, b) -> {
            throw new PyException(new PyBaseException(PyExc.NotImplementedError));
        });
    }

    /** FileIO.readinto(b): one read of up to len(b) bytes straight into b. */
    private static int fileReadinto(PyFileIO f, PyObject target) {
        f.checkClosed();
        if (!f.reading) throw unsupported("File not open for reading");
        PyMemoryView view = PyMemoryView.writable(target, "readinto() argument");
        byte[] tmp = new byte[view.size()];
        int n = Math.max(f.read(tmp, 0, tmp.length), 0);
        view.store(0, tmp, 0, n);
        return n;
    }

    private static void installBuffered(PyType t) {
        for (String name : new String[] {"read", "read1"}) {
            t.method(name, (self, args, kw) -> {
                throw unsupported(name);
            });
        }
        t.method1("write", (self, b) -> {
            throw unsupported("write");
        });
        t.method0("detach", self -> {
            throw unsupported("detach");
        });
        t.method1("readinto", (self, b) -> readinto(self, b, "read", "readinto"));
        t.method1("readinto1", (self, b) -> readinto(self, b, "read1", "readinto1"));
    }

    /** BufferedIOBase.readinto(b): b[:n] = self.read(len(b)). */
    private static PyObject readinto(PyObject self, PyObject target, String read, String name) {
        PyMemoryView view = PyMemoryView.writable(target, name + "() argument");
        PyObject data = Call.invoke(self, read, PyInt.of(view.size()));
        if (!(data instanceof BytesLike b)) throw Errors.typeError(read + "() should return bytes");
        int n = b.size();
        if (n > view.size()) {
            throw Errors.valueError(read + "() returned too much data: " + view.size() + " bytes requested, " + n + " returned");
        }
        view.store(0, b.toByteArray(), 0, n);
        return PyInt.of(n);
    }

    private static void installText(PyType t) {
        for (String name : new String[] {"read", "readline"}) {
            t.method(name, (self, args, kw) -> {
                throw unsupported(name);
            });
        }
        t.method1("write", (self, s) -> {
            throw unsupported("write");
        });
        t.method0("detach", self -> {
            throw unsupported("detach");
        });
        for (String name : new String[] {"encoding", "newlines", "errors"}) {
            t.getset(name, self -> PyNone.NONE);
        }
    }
}
