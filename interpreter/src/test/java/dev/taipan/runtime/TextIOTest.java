package dev.taipan.runtime;

import static dev.taipan.runtime.BuiltinTestSupport.err;
import static dev.taipan.runtime.BuiltinTestSupport.i;
import static dev.taipan.runtime.BuiltinTestSupport.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** open() and the text and binary file objects, against what CPython 3.13 does with the same file. */
class TextIOTest {
    @TempDir
    Path dir;
    BuiltinTestSupport t;

    @BeforeEach
    void setUp() {
        t = new BuiltinTestSupport("first\r\nsecond\nthird", dir);
    }

    PyObject open(String name, String mode, Object... kw) {
        PyObject[] args = new PyObject[2 + kw.length / 2];
        String[] names = new String[kw.length / 2];
        args[0] = s(name);
        args[1] = s(mode);
        for (int k = 0; k < kw.length; k += 2) {
            names[k / 2] = (String) kw[k];
            args[2 + k / 2] = (PyObject) kw[k + 1];
        }
        return t.callKw("open", args, names);
    }

    static PyObject m(PyObject o, String name, PyObject... args) {
        return Call.invoke(o, name, args);
    }

    static String r(PyObject o, String name, PyObject... args) {
        return Call.invoke(o, name, args).repr();
    }

    @Test
    void readWriteSeekTell() {
        PyObject f = open("f.txt", "w+");
        assertEquals("16", r(f, "write", s("héllo\nwörld\r\nx\ry")));
        assertEquals("0", r(f, "seek", i(0)));
        assertEquals("'hél'", r(f, "read", i(3)));
        assertEquals("4", r(f, "tell"));
        assertEquals("'lo\\n'", r(f, "readline"));
        assertEquals("7", r(f, "tell"));
        assertEquals("['wörld\\n', 'x\\n', 'y']", r(f, "readlines"));
        assertEquals("('\\r', '\\n', '\\r\\n')", f.getAttr("newlines").repr());
        assertEquals("UnsupportedOperation: can't do nonzero cur-relative seeks", err(() -> m(f, "seek", i(1), i(1))));
        assertEquals("18", r(f, "seek", i(0), i(1)));
        assertEquals("UnsupportedOperation: can't do nonzero end-relative seeks", err(() -> m(f, "seek", i(2), i(2))));
        assertEquals("18", r(f, "seek", i(0), i(2)));
        assertEquals("ValueError: negative seek position -1", err(() -> m(f, "seek", i(-1))));
        assertEquals("ValueError: invalid whence (3, should be 0, 1 or 2)", err(() -> m(f, "seek", i(0), i(3))));
        m(f, "seek", i(0));
        PyObject it = f.iter();
        assertEquals("'héllo\\n'", it.next().repr());
        assertEquals("OSError: telling position disabled by next() call", err(() -> m(f, "tell")));
        assertEquals("TypeError: write() argument must be str, not int", err(() -> m(f, "writelines", PyList.of(s("a"), i(1)))));
        assertEquals("None", f.getAttr("newlines").repr());
        assertEquals("''", r(f, "read", i(-5)));
        assertEquals("''", r(f, "read", PyNone.NONE));
        assertEquals("TypeError: argument should be integer or None, not 'str'", err(() -> m(f, "read", s("x"))));
        assertEquals("TypeError: 'NoneType' object cannot be interpreted as an integer", err(() -> m(f, "readline", PyNone.NONE)));
        assertEquals("<_io.BufferedRandom name='f.txt'>", f.getAttr("buffer").repr());
        assertEquals("'strict'", f.getAttr("errors").repr());
        assertEquals("19", r(f, "truncate"));
        m(f, "close");
        assertEquals("True", f.getAttr("closed").repr());
        assertEquals("ValueError: I/O operation on closed file.", err(() -> m(f, "read")));
        assertEquals("ValueError: I/O operation on closed file.", err(() -> m(f, "write", s("x"))));
        assertEquals("ValueError: I/O operation on closed file.", err(() -> f.iter()));
        assertEquals("<_io.TextIOWrapper name='f.txt' mode='w+' encoding='UTF-8'>", f.repr());

        assertEquals("'héllo\\nwörld\\r\\nx\\rya'", r(open("f.txt", "r", "newline", s("")), "read"));
        assertEquals("['héllo\\n', 'wörld\\r\\n', 'x\\r', 'ya']", r(open("f.txt", "r", "newline", s("")), "readlines"));
        assertEquals("['héllo\\nwörld\\r', '\\nx\\r', 'ya']", r(open("f.txt", "r", "newline", s("\r")), "readlines"));
        assertEquals("['héllo\\nwörld\\r\\n', 'x\\rya']", r(open("f.txt", "r", "newline", s("\r\n")), "readlines"));
        assertEquals("['héllo\\n', 'wörld\\n', 'x\\n', 'ya']", r(open("f.txt", "r"), "readlines"));
        assertEquals("'héllo\\nwörld\\nx\\nya'", r(open("f.txt", "r"), "read"));
        assertEquals("[b'h\\xc3\\xa9llo\\n', b'w\\xc3\\xb6rld\\r\\n', b'x\\rya']", r(open("f.txt", "rb"), "readlines"));
        assertEquals("b'h\\xc3\\xa9'", r(open("f.txt", "rb"), "read", i(3)));
        assertEquals("UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 1: ordinal not in range(128)",
                err(() -> m(open("f.txt", "r", "encoding", s("ascii")), "read")));
    }

    @Test
    void writingAndAppending() throws Exception {
        PyObject f = open("w.txt", "w");
        m(f, "write", s("a\n"));
        m(f, "writelines", PyList.of(s("b\n"), s("c")));
        assertEquals("UnsupportedOperation: not readable", err(() -> m(f, "read")));
        m(f, "close");
        assertEquals("a\nb\nc", Files.readString(dir.resolve("w.txt")));
        PyObject a = open("w.txt", "a");
        assertEquals("5", r(a, "tell"));
        m(a, "write", s("\nd"));
        m(a, "close");
        assertEquals("a\nb\nc\nd", Files.readString(dir.resolve("w.txt")));
        PyObject crlf = open("crlf.txt", "w", "newline", s("\r\n"));
        m(crlf, "write", s("x\ny\n"));
        m(crlf, "close");
        assertEquals("x\r\ny\r\n", Files.readString(dir.resolve("crlf.txt")));
        PyObject lines = open("w.txt", "r");
        assertEquals("['a\\n', 'b\\n', 'c\\n', 'd']", Protocols.toList(lines).repr());
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                err(() -> m(open("w2.txt", "w", "encoding", s("ascii")), "write", s("é"))));
    }

    @Test
    void unclosedWritesAreFlushedByTheNextOpen() {
        m(open("u.txt", "w"), "write", s("data"));
        assertEquals("'data'", r(open("u.txt", "r"), "read"));
    }

    @Test
    void contextManager() {
        PyObject f = open("c.txt", "w");
        assertEquals(f, m(f, "__enter__"));
        m(f, "write", s("z"));
        m(f, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
        assertEquals("True", f.getAttr("closed").repr());
        assertEquals("ValueError: I/O operation on closed file.", err(() -> m(f, "__enter__")));
        assertEquals("'z'", r(open("c.txt", "r"), "read"));
    }

    @Test
    void binaryFiles() {
        PyObject b = open("b.bin", "wb");
        assertEquals("<_io.BufferedWriter name='b.bin'>", b.repr());
        assertEquals("3", r(b, "write", PyBytes.of((byte) 1, (byte) 2, (byte) 10)));
        assertEquals("TypeError: a bytes-like object is required, not 'str'", err(() -> m(b, "write", s("x"))));
        assertEquals("UnsupportedOperation: read", err(() -> m(b, "read")));
        assertEquals("'wb'", b.getAttr("mode").repr());
        m(b, "close");
        assertEquals("ValueError: write to closed file", err(() -> m(b, "write", PyBytes.EMPTY)));
        PyObject rb = open("b.bin", "rb");
        assertEquals("<_io.BufferedReader name='b.bin'>", rb.repr());
        assertEquals("b'\\x01\\x02\\n'", r(rb, "readline"));
        assertEquals("b''", r(rb, "read"));
        assertEquals("UnsupportedOperation: write", err(() -> m(rb, "write", PyBytes.EMPTY)));
        assertEquals("<_io.BufferedRandom name='b.bin'>", open("b.bin", "r+b").repr());
        assertEquals("'rb+'", open("b.bin", "w+b").getAttr("mode").repr());
        assertEquals("'ab+'", open("b.bin", "a+b").getAttr("mode").repr());
        PyObject raw = t.callKw("open", new PyObject[] {s("b.bin"), s("rb"), i(0)}, "buffering");
        assertEquals("<_io.FileIO name='b.bin' mode='rb' closefd=True>", raw.repr());
        PyObject rawW = t.callKw("open", new PyObject[] {s("b.bin"), s("wb"), i(0)}, "buffering");
        assertEquals("UnsupportedOperation: File not open for reading", err(() -> m(rawW, "read")));
        assertEquals("TypeError: write() argument must be str, not bytes", err(() -> m(open("t.txt", "w"), "write", PyBytes.EMPTY)));
    }

    @Test
    void encodings() {
        PyObject f = open("e.txt", "w", "encoding", s("utf-16"));
        m(f, "write", s("hé"));
        m(f, "write", s("\uD83D\uDE00"));
        m(f, "close");
        assertEquals("'hé\uD83D\uDE00'", r(open("e.txt", "r", "encoding", s("utf-16")), "read"));
        assertEquals("b'\\xff\\xfeh\\x00\\xe9\\x00=\\xd8\\x00\\xde'", r(open("e.txt", "rb"), "read"));
        PyObject l = open("l.txt", "w", "encoding", s("latin1"));
        assertEquals("<_io.TextIOWrapper name='l.txt' mode='w' encoding='latin1'>", l.repr());
        m(l, "write", s("é"));
        m(l, "close");
        assertEquals("b'\\xe9'", r(open("l.txt", "rb"), "read"));
        assertEquals("LookupError: unknown encoding: foo", err(() -> open("l.txt", "r", "encoding", s("foo"))));
    }

    @Test
    void longFileAcrossChunks() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 3000; k++) sb.append("line é ").append(k).append("\r\n");
        Files.write(dir.resolve("long.txt"), sb.toString().getBytes(StandardCharsets.UTF_8));
        PyObject f = open("long.txt", "r");
        int n = 0;
        for (PyObject line = f.next(); line != null; line = f.next()) {
            assertEquals("line é " + n + "\n", line.str());
            n++;
        }
        assertEquals(3000, n);
        PyObject g = open("long.txt", "r");
        assertEquals(sb.toString().replace("\r\n", "\n"), m(g, "read").str());
        PyObject h = open("long.txt", "r");
        m(h, "readline");
        assertEquals(String.valueOf("line é 0\r\n".getBytes(StandardCharsets.UTF_8).length), r(h, "tell"));
        assertEquals("'line é 1\\n'", r(h, "read", i(9)));
    }

    @Test
    void openErrors() throws Exception {
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("exists"), "");
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'nonexist.txt'", err(() -> open("nonexist.txt", "r")));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: 'sub'", err(() -> open("sub", "r")));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: 'sub'", err(() -> open("sub", "w")));
        assertEquals("FileExistsError: [Errno 17] File exists: 'exists'", err(() -> open("exists", "x")));
        assertEquals("NotADirectoryError: [Errno 20] Not a directory: 'exists/x'", err(() -> open("exists/x", "r")));
        assertEquals("ValueError: invalid mode: 'rq'", err(() -> open("x", "rq")));
        assertEquals("ValueError: invalid mode: 'rr'", err(() -> open("x", "rr")));
        assertEquals("ValueError: must have exactly one of create/read/write/append mode", err(() -> open("x", "rw")));
        assertEquals("ValueError: can't have text and binary mode at once", err(() -> open("x", "tb")));
        assertEquals("ValueError: Must have exactly one of create/read/write/append mode and at most one plus", err(() -> open("x", "+")));
        assertEquals("ValueError: binary mode doesn't take an encoding argument", err(() -> open("x", "rb", "encoding", s("u"))));
        assertEquals("ValueError: binary mode doesn't take an errors argument", err(() -> open("x", "rb", "errors", s("u"))));
        assertEquals("ValueError: binary mode doesn't take a newline argument", err(() -> open("x", "rb", "newline", s("u"))));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'x'", err(() -> open("x", "r", "buffering", i(0))));
        assertEquals("ValueError: can't have unbuffered text I/O", err(() -> open("exists", "r", "buffering", i(0))));
        assertEquals("ValueError: illegal newline value: x", err(() -> open("exists", "r", "newline", s("x"))));
        assertEquals("TypeError: open() argument 'newline' must be str or None, not int", err(() -> open("exists", "r", "newline", i(5))));
        assertEquals("TypeError: open() argument 'encoding' must be str or None, not int", err(() -> open("exists", "r", "encoding", i(5))));
        assertEquals("TypeError: expected str, bytes or os.PathLike object, not list", err(() -> t.call("open", PyList.of(s("x")))));
        assertEquals("TypeError: open() argument 'mode' must be str, not int", err(() -> t.call("open", s("exists"), i(5))));
        assertEquals("<_io.TextIOWrapper name='exists' mode='rt' encoding='UTF-8'>", open("exists", "rt").repr());
    }

    @Test
    void stdin() {
        PyObject in = t.interp.stdin;
        assertEquals("'first\\n'", r(in, "readline"));
        assertEquals("['second\\n', 'third']", Protocols.toList(in).repr());
        assertEquals("''", r(in, "readline"));
        assertEquals("True", r(t.interp.sys.getAttr("stdin"), "readable"));
    }
}
