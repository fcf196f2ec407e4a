package dev.taipan.runtime;

/**
 * What a PyBufferedIO reads and writes through: a native PyFileIO, or any Python raw stream
 * (an io.RawIOBase subclass, through its readinto/write/seek/... methods).
 */
interface RawStream {
    /** Up to len bytes into b at off (at least one unless at end of file); -1 at end of file. */
    int read(byte[] b, int off, int len);

    /** Everything up to end of file. */
    byte[] readAll();

    /** Writes all len bytes. */
    void write(byte[] b, int off, int len);

    long seek(long pos, int whence);

    long tell();

    long truncate(long size);

    boolean isClosed();

    void close();

    void flush();

    boolean readable();

    boolean writable();

    boolean seekable();

    int fileno();

    boolean isatty();

    PyObject name();

    PyObject mode();

    /** The raw attribute of the buffer: the PyFileIO or the Python object. */
    PyObject object();

    /** A native file as a raw stream. */
    static RawStream of(PyFileIO f) {
        return new RawStream() {
            public int read(byte[] b, int off, int len) {
                return f.read(b, off, len);
            }

            public byte[] readAll() {
                return f.readAll();
            }

            public void write(byte[] b, int off, int len) {
                f.write(b, off, len);
            }

            public long seek(long pos, int whence) {
                return f.seek(pos, whence);
            }

            public long tell() {
                return f.tell();
            }

            public long truncate(long size) {
                return f.truncate(size);
            }

            public boolean isClosed() {
                return f.isClosed();
            }

            public void close() {
                f.close();
            }

            public void flush() {
                f.flush();
            }

            public boolean readable() {
                return f.readable();
            }

            public boolean writable() {
                return f.writable();
            }

            public boolean seekable() {
                return f.seekable();
            }

            public int fileno() {
                return f.fileno();
            }

            public boolean isatty() {
                return f.isatty();
            }

            public PyObject name() {
                return f.name();
            }

            public PyObject mode() {
                return PyStr.of(f.mode());
            }

            public PyObject object() {
                return f;
            }
        };
    }

    /** A Python raw stream object (readinto-based) as a raw stream. */
    static RawStream ofObject(PyObject o) {
        return new OfObject(o);
    }

    /** A Python raw stream (an io.RawIOBase subclass) as a raw stream, through readinto and write. */
    final class OfObject extends StreamObject implements RawStream {
        private OfObject(PyObject o) {
            super(o);
        }

        public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            PyByteArray buf = new PyByteArray(new byte[len]);
            PyObject r = Call.invoke(o, "readinto", PyMemoryView.of(buf));
            if (r == PyNone.NONE) return -1;
            long n = Protocols.index(r).asLong("Python int too large to convert to C ssize_t");
            if (n < 0 || n > len) {
                throw Errors.of(PyExc.OSError, "raw readinto() returned invalid length " + n + " (should have been between 0 and " + len + ")");
            }
            System.arraycopy(buf.buf, 0, b, off, (int) n);
            return n == 0 ? -1 : (int) n;
        }

        public byte[] readAll() {
            PyObject r = o.lookupAttr("readall") != null ? Call.invoke(o, "readall") : Call.invoke(o, "read");
            if (r == PyNone.NONE) return new byte[0];
            if (!(r instanceof BytesLike bl)) throw Errors.typeError("readall() should return bytes");
            return bl.toByteArray();
        }

        public void write(byte[] b, int off, int len) {
            int done = 0;
            while (done < len) {
                PyObject r = Call.invoke(o, "write", PyBytes.wrap(java.util.Arrays.copyOfRange(b, off + done, off + len)));
                if (r == PyNone.NONE) throw Errors.osError(PyExc.BlockingIOError, 11, "write could not complete without blocking", null);
                long n = Protocols.index(r).asLong("Python int too large to convert to C ssize_t");
                if (n < 0 || n > len - done) {
                    throw Errors.of(PyExc.OSError, "raw write() returned invalid length " + n + " (should have been between 0 and " + (len - done) + ")");
                }
                done += (int) n;
            }
        }

        public long truncate(long size) {
            return position("truncate", PyInt.of(size));
        }

        public PyObject mode() {
            return o.getAttr("mode");
        }
    }
}
