package dev.taipan.runtime;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * _io.BufferedReader, _io.BufferedWriter and _io.BufferedRandom: a read buffer and a write
 * buffer over a PyFileIO (what open() returns in binary mode, and the layer under PyTextIO),
 * or over a Python raw stream (io.BufferedReader(raw) for an io.RawIOBase subclass).
 */
public final class PyBufferedIO extends PyIOBase implements ByteStream {
    public static final PyType READER_TYPE = io("BufferedReader");
    public static final PyType WRITER_TYPE = io("BufferedWriter");
    public static final PyType RANDOM_TYPE = io("BufferedRandom");

    static final int BUFFER_SIZE = 8192;

    /**
     * Buffers holding written bytes not yet passed to their file. They are kept here (strongly)
     * so that an unclosed file's data is not lost: open() and the interpreter's exit flush them
     * all, which stands in for CPython's reference counting closing files at once. Files are a
     * JVM-wide resource, so this table is too.
     */
    private static final Set<PyBufferedIO> DIRTY = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    /** The native file under this buffer, or null when it is over a Python raw stream. */
    public final PyFileIO raw;
    private final RawStream src;
    private final PyType kind;
    private final boolean reading, writing;
    private final boolean writeThrough;
    private final byte[] rbuf;
    private int rpos, rlen;
    private byte[] wbuf;
    private int wlen;

    private static PyType io(String name) {
        PyType t = new PyType(name, PyIOBase.BUFFERED_TYPE, true, null).markFinal();
        t.module = "_io";
        return t;
    }

    /** A buffer over raw; with writeThrough, writes go straight to raw (the standard output streams). */
    public PyBufferedIO(PyFileIO raw, boolean writeThrough) {
        this.raw = raw;
        this.src = RawStream.of(raw);
        this.writeThrough = writeThrough;
        this.reading = raw.reading;
        this.writing = raw.writing;
        this.kind = reading && writing ? RANDOM_TYPE : reading ? READER_TYPE : WRITER_TYPE;
        this.rbuf = new byte[BUFFER_SIZE];
    }

    /** io.BufferedReader(raw) and friends: kind over a native file or a Python raw stream. */
    private PyBufferedIO(PyType kind, PyObject rawObj, int size) {
        this.raw = rawObj instanceof PyFileIO f ? f : null;
        this.src = raw != null ? RawStream.of(raw) : RawStream.ofObject(rawObj);
        this.kind = kind;
        this.writeThrough = false;
        this.reading = kind != WRITER_TYPE;
        this.writing = kind != READER_TYPE;
        this.rbuf = new byte[size];
        if (reading && !src.readable()) throw PyFileIO.unsupported("File or stream is not readable.");
        if (writing && !src.writable()) throw PyFileIO.unsupported("File or stream is not writable.");
        if (kind == RANDOM_TYPE && !src.seekable()) throw PyFileIO.unsupported("File or stream is not seekable.");
    }

    private static void installNew(PyType t) {
        t.staticNew((cls, args, kw) -> {
            PyObject[] a = ArgParser.parse(t.name, args, kw, new String[] {"raw", "buffer_size"}, 1, 2, 0);
            long size = a[1] == null ? BUFFER_SIZE : Protocols.index(a[1]).asLong("Python int too large to convert to C ssize_t");
            if (size <= 0) throw Errors.valueError("buffer size must be strictly positive");
            return new PyBufferedIO(t, a[0], (int) Math.min(size, 1 << 24));
        });
    }

    /** Passes every buffered write of every open file to its file (at exit, and before each open()). */
    public static void flushAll() {
        List<PyBufferedIO> all;
        synchronized (DIRTY) {
            all = new ArrayList<>(DIRTY);
        }
        for (PyBufferedIO b : all) {
            try {
                b.flushWrites();
            } catch (PyException e) {
                DIRTY.remove(b);
            }
        }
    }

    @Override
    public PyType type() {
        return kind;
    }

    // ---- reading ----------------------------------------------------------------------------------

    private void checkRead(String what) {
        if (src.isClosed()) throw Errors.valueError(what.equals("read") ? "read of closed file" : "I/O operation on closed file");
        if (!reading) throw PyFileIO.unsupported(what);
    }

    private boolean fill() {
        flushWrites();
        int n = src.read(rbuf, 0, rbuf.length);
        rpos = 0;
        rlen = Math.max(n, 0);
        return n > 0;
    }

    /** At most len bytes with at most one read from the file; -1 at end of file. */
    public int read1(byte[] dst, int off, int len) {
        checkRead("read");
        if (len == 0) return 0;
        if (rpos >= rlen) {
            if (len >= rbuf.length) {
                flushWrites();
                return src.read(dst, off, len);
            }
            if (!fill()) return -1;
        }
        int n = Math.min(len, rlen - rpos);
        System.arraycopy(rbuf, rpos, dst, off, n);
        rpos += n;
        return n;
    }

    /** n bytes, fewer only at end of file; everything left when n < 0. */
    public byte[] read(long n) {
        checkRead("read");
        if (n < 0) {
            flushWrites();
            byte[] rest = src.readAll();
            int have = rlen - rpos;
            byte[] out = Arrays.copyOfRange(rbuf, rpos, rpos + have + rest.length);
            System.arraycopy(rest, 0, out, have, rest.length);
            rpos = rlen = 0;
            return out;
        }
        ByteArrayOutputStream bo = new ByteArrayOutputStream((int) Math.min(n, BUFFER_SIZE));
        byte[] tmp = new byte[(int) Math.min(n, BUFFER_SIZE)];
        while (bo.size() < n) {
            int r = read1(tmp, 0, (int) Math.min(tmp.length, n - bo.size()));
            if (r < 0) break;
            bo.write(tmp, 0, r);
        }
        return bo.toByteArray();
    }

    /** One line through b'\n' (at most limit bytes when limit >= 0); empty at end of file. */
    public byte[] readline(long limit) {
        checkRead("readline");
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        while (limit < 0 || bo.size() < limit) {
            if (rpos >= rlen && !fill()) break;
            int end = rpos;
            int max = limit < 0 ? rlen : (int) Math.min(rlen, rpos + (limit - bo.size()));
            while (end < max && rbuf[end] != '\n') end++;
            boolean found = end < max;
            if (found) end++;
            bo.write(rbuf, rpos, end - rpos);
            rpos = end;
            if (found) break;
        }
        return bo.toByteArray();
    }

    /** The buffered bytes, reading more when none are (without moving the position). */
    public byte[] peek() {
        checkRead("peek");
        if (rpos >= rlen) fill();
        return Arrays.copyOfRange(rbuf, rpos, rlen);
    }

    // ---- writing ------------------------------------------------------------------------------------

    public void write(byte[] b, int off, int len) {
        if (src.isClosed()) throw Errors.valueError("write to closed file");
        if (!writing) throw PyFileIO.unsupported("write");
        if (rpos < rlen) {
            src.seek(-(rlen - rpos), 1);
            rpos = rlen = 0;
        }
        if (writeThrough) {
            src.write(b, off, len);
            return;
        }
        if (wbuf == null) wbuf = new byte[BUFFER_SIZE];
        if (wlen + len > wbuf.length) {
            flushWrites();
            if (len >= wbuf.length) {
                src.write(b, off, len);
                return;
            }
        }
        if (wlen == 0 && raw != null) DIRTY.add(this);
        System.arraycopy(b, off, wbuf, wlen, len);
        wlen += len;
    }

    /** Passes the buffered writes to the file. */
    void flushWrites() {
        if (wlen == 0) return;
        int n = wlen;
        wlen = 0;
        DIRTY.remove(this);
        src.write(wbuf, 0, n);
    }

    // ---- positioning and the rest -------------------------------------------------------------------

    public long tell() {
        if (src.isClosed()) throw Errors.valueError("I/O operation on closed file");
        long p = src.tell() - (rlen - rpos) + wlen;
        return Math.max(p, 0);
    }

    public long seek(long pos, int whence) {
        if (src.isClosed()) throw Errors.valueError("I/O operation on closed file");
        if (!src.seekable()) throw PyFileIO.unsupported("File or stream is not seekable.");
        if (whence == 1) {
            pos += tell();
            whence = 0;
        }
        flushWrites();
        rpos = rlen = 0;
        return src.seek(pos, whence);
    }

    public long truncate(long size) {
        if (src.isClosed()) throw Errors.valueError("I/O operation on closed file");
        long pos = tell();
        flushWrites();
        src.seek(pos, 0);
        rpos = rlen = 0;
        return src.truncate(size < 0 ? pos : size);
    }

    @Override
    public boolean isClosed() {
        return src.isClosed();
    }

    @Override
    public void close() {
        if (src.isClosed()) return;
        try {
            flushWrites();
        } finally {
            DIRTY.remove(this);
            src.close();
        }
    }

    @Override
    public void flush() {
        if (src.isClosed()) throw Errors.valueError("flush of closed file");
        flushWrites();
        src.flush();
    }

    @Override
    public boolean readable() {
        return src.readable();
    }

    @Override
    public boolean writable() {
        return src.writable();
    }

    @Override
    public boolean seekable() {
        return src.seekable();
    }

    @Override
    public int fileno() {
        return src.fileno();
    }

    @Override
    public boolean isatty() {
        return src.isatty();
    }

    @Override
    public PyObject name() {
        return src.name();
    }

    @Override
    public PyObject iter() {
        if (src.isClosed()) throw Errors.valueError("I/O operation on closed file.");
        return this;
    }

    @Override
    public PyObject next() {
        byte[] line = readline(-1);
        return line.length == 0 ? null : PyBytes.wrap(line);
    }

    @Override
    public boolean canRead() {
        return reading;
    }

    @Override
    public boolean canWrite() {
        return writing;
    }

    @Override
    public PyObject object() {
        return this;
    }

    @Override
    public String repr() {
        PyObject name;
        try {
            name = src.name();
        } catch (PyException e) {
            if (!e.matches(PyExc.Exception)) throw e;
            return "<_io." + kind.name + ">";
        }
        return "<_io." + kind.name + " name=" + name.repr() + ">";
    }

    static {
        for (PyType t : new PyType[] {READER_TYPE, WRITER_TYPE, RANDOM_TYPE}) {
            install(t);
            installNew(t);
        }
    }

    private static PyBufferedIO b(PyObject o) {
        return (PyBufferedIO) o;
    }

    private static void install(PyType t) {
        PyIOBase.installCommon(t);
        t.method("read", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("read", args, kw, new String[] {"size"}, 0, 1, 1);
            return PyBytes.wrap(b(self).read(PyFileIO.sizeArg(a[0])));
        });
        t.method("read1", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("read1", args, kw, new String[] {"size"}, 0, 1, 1);
            long n = PyFileIO.sizeArg(a[0]);
            byte[] buf = new byte[n < 0 ? BUFFER_SIZE : (int) Math.min(n, 1 << 20)];
            int r = b(self).read1(buf, 0, buf.length);
            return PyBytes.wrap(r <= 0 ? new byte[0] : Arrays.copyOf(buf, r));
        });
        t.method("readline", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("readline", args, kw, new String[] {"size"}, 0, 1, 1);
            return PyBytes.wrap(b(self).readline(PyFileIO.sizeArg(a[0])));
        });
        t.method("readlines", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("readlines", args, kw, new String[] {"hint"}, 0, 1, 1);
            long hint = PyFileIO.sizeArg(a[0]);
            PyList out = new PyList();
            long total = 0;
            for (byte[] line; (line = b(self).readline(-1)).length > 0; ) {
                out.append(PyBytes.wrap(line));
                total += line.length;
                if (hint > 0 && total >= hint) break;
            }
            return out;
        });
        t.method("peek", (self, args, kw) -> {
            ArgParser.parse("peek", args, kw, new String[] {"size"}, 0, 1, 1);
            return PyBytes.wrap(b(self).peek());
        });
        t.method1("write", (self, data) -> {
            BytesLike bl = PyFileIO.bytesArg(data);
            b(self).write(bl.array(), 0, bl.size());
            return PyInt.of(bl.size());
        });
        t.method1("writelines", (self, lines) -> {
            PyObject it = lines.iter();
            for (PyObject o = it.next(); o != null; o = it.next()) {
                BytesLike bl = PyFileIO.bytesArg(o);
                b(self).write(bl.array(), 0, bl.size());
            }
            return PyNone.NONE;
        });
        t.method("seek", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("seek", args, kw, new String[] {"target", "whence"}, 1, 2, 2);
            return PyInt.of(b(self).seek(Protocols.index(a[0]).asLong("Python int too large to convert to C long"),
                    PyFileIO.whenceArg(a, 1)));
        });
        t.method0("tell", self -> PyInt.of(b(self).tell()));
        t.method("truncate", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("truncate", args, kw, new String[] {"pos"}, 0, 1, 1);
            return PyInt.of(b(self).truncate(PyFileIO.sizeArg(a[0])));
        });
        t.getset("raw", self -> b(self).src.object());
        t.getset("mode", self -> b(self).src.mode());
    }
}
