package dev.taipan.runtime;

/** The Python-visible methods and attributes of _io.TextIOWrapper (PyTextIO). */
final class TextIOMethods {
    private TextIOMethods() {}

    private static PyTextIO t(PyObject o) {
        return (PyTextIO) o;
    }

    private static String str(PyObject o, String what) {
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError(what + " argument must be str, not " + o.type().name);
    }

    /** A str-or-None argument of TextIOWrapper(); null for None or absent. */
    private static String optStr(PyObject o, String what) {
        if (o == null || o == PyNone.NONE) return null;
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError("TextIOWrapper() argument '" + what + "' must be str or None, not " + o.type().name);
    }

    static void install(PyType type) {
        PyIOBase.installCommon(type);
        type.staticNew((cls, args, kw) -> {
            PyObject[] a = ArgParser.parse("TextIOWrapper", args, kw,
                    new String[] {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1, 6, 0);
            String encoding = optStr(a[1], "encoding");
            String errors = optStr(a[2], "errors");
            if (a[3] != null && a[3] != PyNone.NONE && !(a[3] instanceof PyStr)) optStr(a[3], "newline");
            String newline = a[3] == null ? null : BuiltinOpen.newlineArg(a[3]);
            if (encoding == null || encoding.equals("locale")) encoding = "UTF-8";
            PyTextIO t = PyTextIO.wrap(a[0], encoding, errors == null ? "strict" : errors, newline);
            t.lineBuffering = a[4] != null && a[4].isTrue();
            t.writeThrough = a[5] != null && a[5].isTrue();
            return t;
        });
        type.method("read", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("read", args, kw, new String[] {"size"}, 0, 1, 1);
            return PyStr.of(t(self).read(PyFileIO.sizeArg(a[0])));
        });
        type.method("readline", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("readline", args, kw, new String[] {"size"}, 0, 1, 1);
            long limit = a[0] == null ? -1 : Protocols.index(a[0]).asLong("Python int too large to convert to C ssize_t");
            return PyStr.of(t(self).readline(limit));
        });
        type.method("readlines", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("readlines", args, kw, new String[] {"hint"}, 0, 1, 1);
            long hint = PyFileIO.sizeArg(a[0]);
            PyTextIO f = t(self);
            f.checkClosed();
            PyList out = new PyList();
            long total = 0;
            for (String line; !(line = f.readline(-1)).isEmpty(); ) {
                out.append(PyStr.of(line));
                total += line.length();
                if (hint > 0 && total >= hint) break;
            }
            return out;
        });
        type.method1("write", (self, s) -> PyInt.of(t(self).write(str(s, "write()"))));
        type.method1("writelines", (self, lines) -> {
            PyTextIO f = t(self);
            f.checkClosed();
            PyObject it = lines.iter();
            for (PyObject o = it.next(); o != null; o = it.next()) {
                f.write(str(o, "write()"));
            }
            return PyNone.NONE;
        });
        type.method("seek", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("seek", args, kw, new String[] {"cookie", "whence"}, 1, 2, 2);
            t(self).checkClosed();
            long cookie = Protocols.index(a[0]).asLong("Python int too large to convert to C long");
            return PyInt.of(t(self).seek(cookie, PyFileIO.whenceArg(a, 1)));
        });
        type.method0("tell", self -> PyInt.of(t(self).tell()));
        type.method("truncate", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("truncate", args, kw, new String[] {"pos"}, 0, 1, 1);
            return PyInt.of(t(self).truncate(PyFileIO.sizeArg(a[0])));
        });
        type.method("reconfigure", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("reconfigure", args, kw,
                    new String[] {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 0, 0);
            PyTextIO f = t(self);
            if (a[0] != null && a[0] != PyNone.NONE) {
                String enc = str(a[0], "reconfigure() encoding");
                if (StrCodec.canonical(enc) == null) throw Errors.of(PyExc.LookupError, "unknown encoding: " + enc);
                f.encoding = enc;
            }
            if (a[1] != null && a[1] != PyNone.NONE) f.errors = str(a[1], "reconfigure() errors");
            if (a[2] != null) f.newline = BuiltinOpen.newlineArg(a[2]);
            if (a[3] != null && a[3] != PyNone.NONE) f.lineBuffering = a[3].isTrue();
            if (a[4] != null && a[4] != PyNone.NONE) f.writeThrough = a[4].isTrue();
            return PyNone.NONE;
        });
        type.method0("detach", self -> t(self).detach());
        type.getset("buffer", self -> t(self).bufferObject());
        type.getset("mode", self -> {
            if (t(self).mode == null) throw Errors.noAttribute(self, "mode");
            return PyStr.of(t(self).mode);
        });
        type.getset("encoding", self -> PyStr.of(t(self).encoding));
        type.getset("errors", self -> PyStr.of(t(self).errors));
        type.getset("newlines", self -> t(self).newlines());
        type.getset("line_buffering", self -> PyBool.of(t(self).lineBuffering));
        type.getset("write_through", self -> PyBool.of(t(self).writeThrough));
    }
}
