package dev.taipan.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The open() built-in: mode checking as CPython's _io.open, then FileIO, a buffer, and a text wrapper. */
public final class BuiltinOpen {
    private BuiltinOpen() {}

    private static final String[] NAMES = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

    static PyObject open(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("open", args, kwnames, NAMES, 1, 8, 0);
        PyObject file = a[0];
        String mode = a[1] == null ? "r" : optStr(a[1], "mode", false);
        int buffering = a[2] == null ? -1 : Protocols.index(a[2]).asInt();
        String encoding = optStr(a[3], "encoding", true);
        String errors = optStr(a[4], "errors", true);
        PyObject newlineObj = a[5] == null ? PyNone.NONE : a[5];
        if (newlineObj != PyNone.NONE && !(newlineObj instanceof PyStr)) {
            throw Errors.typeError("open() argument 'newline' must be str or None, not " + newlineObj.type().name);
        }
        boolean closefd = a[6] == null || a[6].isTrue();
        if (a[7] != null && a[7] != PyNone.NONE) throw Errors.notImplemented("open(): opener is not supported by Taipan");

        boolean text = false, binary = false, plus = false;
        int kinds = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwxabt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) throw Errors.valueError("invalid mode: '" + mode + "'");
            switch (c) {
                case 'r', 'w', 'x', 'a' -> kinds++;
                case 't' -> text = true;
                case 'b' -> binary = true;
                case '+' -> plus = true;
                default -> {
                }
            }
        }
        if (text && binary) throw Errors.valueError("can't have text and binary mode at once");
        if (kinds > 1) throw Errors.valueError("must have exactly one of create/read/write/append mode");
        if (kinds == 0) throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (binary && encoding != null) throw Errors.valueError("binary mode doesn't take an encoding argument");
        if (binary && errors != null) throw Errors.valueError("binary mode doesn't take an errors argument");
        if (binary && newlineObj != PyNone.NONE) throw Errors.valueError("binary mode doesn't take a newline argument");

        PyBufferedIO.flushAll();
        PyFileIO raw = openRaw(file, mode, closefd);
        try {
            // as CPython: these are found only once the file is open
            if (!binary && buffering == 0) throw Errors.valueError("can't have unbuffered text I/O");
            if (buffering == 0) return raw;
            PyBufferedIO buf = new PyBufferedIO(raw, false);
            if (binary) return buf;
            String newline = newlineArg(newlineObj);
            PyTextIO t = new PyTextIO(buf, mode, encoding == null || encoding.equals("locale") ? "UTF-8" : encoding, errors == null ? "strict" : errors, newline);
            t.lineBuffering = buffering == 1;
            return t;
        } catch (PyException e) {
            raw.close();
            throw e;
        }
    }

    private static String optStr(PyObject o, String what, boolean noneOk) {
        if (o == null || (noneOk && o == PyNone.NONE)) return null;
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError("open() argument '" + what + "' must be str" + (noneOk ? " or None" : "") + ", not " + o.type().name);
    }

    /** A newline= argument: None, "", "\n", "\r" or "\r\n". */
    static String newlineArg(PyObject o) {
        if (o == PyNone.NONE) return null;
        if (!(o instanceof PyStr s)) throw Errors.typeError("newline must be str or None, not " + o.type().name);
        return switch (s.value) {
            case "", "\n", "\r", "\r\n" -> s.value;
            default -> throw Errors.valueError("illegal newline value: " + s.value);
        };
    }

    private static PyFileIO openRaw(PyObject file, String mode, boolean closefd) {
        if (file instanceof PyInt fd && !(file instanceof PyBool)) {
            InterpState interp = ThreadState.current().interp;
            int n = fd.asInt();
            String m = mode.replace("b", "").replace("t", "");
            InputStream in = n == 0 ? interp.stdinStream : null;
            OutputStream out = n == 1 ? interp.stdoutStream : n == 2 ? interp.stderrStream : null;
            if (in != null && m.equals("r")) return PyFileIO.ofInput(in, file, 0);
            if (out != null && !m.startsWith("r") && !m.contains("+")) return PyFileIO.ofOutput(out, file, n);
            PyFileIO shared = PyFileIO.reopen(n, mode, closefd);
            if (shared != null) return shared;
            throw Errors.osError(PyExc.OSError, 9, "Bad file descriptor", null);
        }
        Path p = resolve(file);
        return PyFileIO.open(p, file, mode, closefd);
    }

    /** The path a file argument names, relative to the interpreter's working directory. */
    static Path resolve(PyObject file) {
        String name = pathString(file);
        InterpState interp = ThreadState.current().interp;
        try {
            Path p = Path.of(name);
            return interp.cwd != null ? interp.cwd.resolve(p) : p.toAbsolutePath();
        } catch (InvalidPathException e) {
            throw Errors.valueError("embedded null byte");
        }
    }

    /** os.fspath() of a str, bytes or os.PathLike argument. */
    static String pathString(PyObject file) {
        if (file instanceof PyStr s) return s.value;
        if (file instanceof BytesLike b && file instanceof PyBytes) {
            return new String(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        }
        PyObject fs = file.type().lookup("__fspath__");
        if (fs != null) {
            PyObject r = Call.callMethod(fs, file);
            if (r instanceof PyStr || r instanceof PyBytes) return pathString(r);
            throw Errors.typeError("expected " + file.type().name + ".__fspath__() to return str or bytes, not " + r.type().name);
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + file.type().name);
    }
}
