package dev.taipan.runtime;

/**
 * What a PyTextIO reads and writes bytes through: a native PyBufferedIO, or any Python binary
 * stream (io.BytesIO, an io.BufferedIOBase subclass such as an HTTP response, ...).
 */
interface ByteStream {
    /** At most len bytes with at most one read from the stream; -1 at end of stream. */
    int read1(byte[] dst, int off, int len);

    /** Everything left when n < 0, else n bytes (fewer only at end of stream). */
    byte[] read(long n);

    void write(byte[] b, int off, int len);

    /** Passes bytes held back by write() to the stream (without flushing the stream itself). */
    default void sendPending() {}

    void flush();

    long tell();

    long seek(long pos, int whence);

    long truncate(long size);

    boolean isClosed();

    void close();

    boolean readable();

    boolean writable();

    boolean seekable();

    /** Whether reads are allowed at all (checked before each text read). */
    boolean canRead();

    /** Whether writes are allowed at all (checked before each text write). */
    boolean canWrite();

    int fileno();

    boolean isatty();

    PyObject name();

    /** The buffer attribute of the text wrapper. */
    PyObject object();

    /** A Python binary stream object as a byte stream; writes are held back up to 8 KiB, as CPython's TextIOWrapper does. */
    static ByteStream ofObject(PyObject o) {
        return new OfObject(o);
    }

    /** A Python binary stream (io.BytesIO, an io.BufferedIOBase subclass, ...) as a byte stream. */
    final class OfObject extends StreamObject implements ByteStream {
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
        private final boolean hasRead1;

        private OfObject(PyObject o) {
            super(o);
            hasRead1 = o.lookupAttr("read1") != null;
        }

        private static byte[] bytes(PyObject r, String what) {
            if (r instanceof BytesLike b) return b.toByteArray();
            throw Errors.typeError("underlying " + what + "() should have returned a bytes-like object, not '" + r.type().name + "'");
        }

        public int read1(byte[] dst, int off, int len) {
            sendPending();
            String m = hasRead1 ? "read1" : "read";
            byte[] b = bytes(Call.invoke(o, m, PyInt.of(len)), m);
            if (b.length == 0) return -1;
            int n = Math.min(b.length, len);
            System.arraycopy(b, 0, dst, off, n);
            return n;
        }

        public byte[] read(long n) {
            sendPending();
            if (n < 0) return bytes(Call.invoke(o, "read"), "read");
            return bytes(Call.invoke(o, "read", PyInt.of(n)), "read");
        }

        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
            if (pending.size() > PyBufferedIO.BUFFER_SIZE) sendPending();
        }

        @Override
        public void sendPending() {
            if (pending.size() == 0) return;
            byte[] b = pending.toByteArray();
            pending.reset();
            Call.invoke(o, "write", PyBytes.wrap(b));
        }

        @Override
        public void flush() {
            sendPending();
            super.flush();
        }

        @Override
        public long tell() {
            sendPending();
            return super.tell();
        }

        @Override
        public long seek(long pos, int whence) {
            sendPending();
            return super.seek(pos, whence);
        }

        public long truncate(long size) {
            sendPending();
            return size < 0 ? position("truncate") : position("truncate", PyInt.of(size));
        }

        public boolean canRead() {
            return readable();
        }

        public boolean canWrite() {
            return writable();
        }
    }
}
