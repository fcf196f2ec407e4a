package dev.taipan.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * _io.TextIOWrapper: text over a PyBufferedIO (or, made by io.TextIOWrapper(buffer), over any
 * Python binary stream), decoding and encoding with StrCodec and translating newlines as
 * CPython does (universal newlines on read when newline is None). sys.stdin, sys.stdout,
 * sys.stderr and every text-mode open() are instances.
 */
public final class PyTextIO extends PyIOBase {
    public static final PyType TYPE = textType();

    private static final byte[] NO_BYTES = new byte[0];
    private static final int CHUNK = 8192;

    /** The native buffer under this wrapper, or null when it wraps a Python object. */
    public final PyBufferedIO buffer;
    /** What the text is read from and written to (the native buffer or the Python object). */
    private final ByteStream stream;
    /** The mode open() gave (null for io.TextIOWrapper(...), which has no mode attribute). */
    public final String mode;
    private boolean detached;
    public String encoding;
    private String codec;
    public String errors;
    /** null (universal, translated), "" (universal, untranslated), "\n", "\r" or "\r\n". */
    public String newline;
    /** Flush after a write containing a newline (interactive streams). */
    public boolean lineBuffering;
    /** Flush after every write (-u). */
    public boolean writeThrough;

    private final StringBuilder pending = new StringBuilder();
    private int ppos;
    private byte[] undecoded = NO_BYTES;
    private boolean eof;
    private boolean telling = true;
    /** Newline kinds seen while reading: 1 = \r, 2 = \n, 4 = \r\n. */
    private int seen;

    private static PyType textType() {
        PyType t = new PyType("TextIOWrapper", PyIOBase.TEXT_TYPE, true, null).markFinal();
        t.module = "_io";
        return t;
    }

    public PyTextIO(PyBufferedIO buffer, String mode, String encoding, String errors, String newline) {
        this(buffer, buffer, mode, encoding, errors, newline);
    }

    /** io.TextIOWrapper(buffer, ...) over any binary stream object. */
    static PyTextIO wrap(PyObject buffer, String encoding, String errors, String newline) {
        if (buffer instanceof PyBufferedIO b) return new PyTextIO(b, b, null, encoding, errors, newline);
        return new PyTextIO(null, ByteStream.ofObject(buffer), null, encoding, errors, newline);
    }

    private PyTextIO(PyBufferedIO buffer, ByteStream stream, String mode, String encoding, String errors, String newline) {
        this.buffer = buffer;
        this.stream = stream;
        this.mode = mode;
        this.encoding = encoding;
        this.codec = StrCodec.canonical(encoding);
        if (codec == null) throw Errors.of(PyExc.LookupError, "unknown encoding: " + encoding);
        this.errors = errors;
        this.newline = newline;
    }

    /** sys.stdin over the interpreter's input stream. */
    public static PyTextIO stdin(InputStream in) {
        return new PyTextIO(new PyBufferedIO(PyFileIO.ofInput(in, PyStr.of("<stdin>"), 0), false), "r", "utf-8", "strict", null);
    }

    /** sys.stdout (fd 1) or sys.stderr (fd 2): writes pass straight to out, which is flushed on flush(). */
    public static PyTextIO output(OutputStream out, String name, int fd) {
        PyTextIO t = new PyTextIO(new PyBufferedIO(PyFileIO.ofOutput(out, PyStr.of(name), fd), true), "w", "utf-8", "strict", null);
        t.lineBuffering = fd == 2;
        return t;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    void checkDetached() {
        if (detached) throw Errors.valueError("underlying buffer has been detached");
    }

    void checkClosed() {
        checkDetached();
        if (stream.isClosed()) throw Errors.valueError("I/O operation on closed file.");
    }

    private void checkReadable() {
        checkClosed();
        if (!stream.canRead()) throw PyFileIO.unsupported("not readable");
    }

    /** detach(): flushes, then gives the buffer up; the wrapper is unusable afterwards. */
    PyObject detach() {
        flush();
        detached = true;
        return stream.object();
    }

    /** The buffer attribute (None once detached). */
    PyObject bufferObject() {
        return detached ? PyNone.NONE : stream.object();
    }

    // ---- decoding -----------------------------------------------------------------------------------

    /**
     * Decodes more input into pending; false at end of input. End of input is not sticky, as in
     * CPython: a terminal gives more after Ctrl-D, so every call asks the stream again.
     */
    private boolean readChunk() {
        byte[] buf = new byte[CHUNK];
        int n = stream.read1(buf, 0, CHUNK);
        if (n < 0) {
            eof = true;
            if (undecoded.length == 0) return false;
            decodeInto(undecoded, undecoded.length, true);
            undecoded = NO_BYTES;
            return true;
        }
        eof = false;
        byte[] data = buf;
        if (undecoded.length > 0) {
            data = Arrays.copyOf(undecoded, undecoded.length + n);
            System.arraycopy(buf, 0, data, undecoded.length, n);
            n = data.length;
        }
        decodeInto(data, n, false);
        return true;
    }

    /** Decodes the first n bytes of data into pending, keeping an incomplete tail unless last. */
    private void decodeInto(byte[] data, int n, boolean last) {
        int start = 0;
        if (readCodec == null) {
            if (codec.equals("utf-16") || codec.equals("utf-32")) {
                int w = codec.equals("utf-16") ? 2 : 4;
                if (n < w && !last) {
                    undecoded = Arrays.copyOf(data, n);
                    return;
                }
                boolean le = true;
                if (n >= w) {
                    int b0 = data[0] & 0xff, b1 = data[1] & 0xff;
                    if (w == 2 && b0 == 0xFF && b1 == 0xFE) {
                        start = 2;
                    } else if (w == 2 && b0 == 0xFE && b1 == 0xFF) {
                        start = 2;
                        le = false;
                    } else if (w == 4 && b0 == 0xFF && b1 == 0xFE && data[2] == 0 && data[3] == 0) {
                        start = 4;
                    } else if (w == 4 && b0 == 0 && b1 == 0 && (data[2] & 0xff) == 0xFE && (data[3] & 0xff) == 0xFF) {
                        start = 4;
                        le = false;
                    }
                }
                readCodec = codec + (le ? "-le" : "-be");
            } else {
                readCodec = codec;
            }
        }
        int cut = last ? n : completePrefix(readCodec, data, start, n);
        byte[] part = start == 0 ? data : Arrays.copyOfRange(data, start, n);
        pending.append(StrCodec.decode(part, cut - start, readCodec, errors));
        undecoded = cut < n ? Arrays.copyOfRange(data, cut, n) : NO_BYTES;
    }

    /** The codec reading uses once any byte-order mark is known (utf-16 becomes utf-16-le or -be). */
    private String readCodec;
    /** The codec later writes use (null before the first write, which may emit a byte-order mark). */
    private String writeCodec;

    /** How many bytes from the start form whole characters (the rest waits for more input). */
    private static int completePrefix(String enc, byte[] b, int start, int n) {
        if (enc.equals("utf-8")) {
            int i = n - 1, back = 0;
            while (i >= start && back < 3 && (b[i] & 0xC0) == 0x80) {
                i--;
                back++;
            }
            if (i < start) return n;
            int lead = b[i] & 0xff;
            int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return i + need > n ? i : n;
        }
        if (enc.startsWith("utf-16")) {
            int cut = start + ((n - start) & ~1);
            if (cut - start >= 2) {
                boolean be = enc.endsWith("be");
                int unit = be ? ((b[cut - 2] & 0xff) << 8) | (b[cut - 1] & 0xff) : ((b[cut - 1] & 0xff) << 8) | (b[cut - 2] & 0xff);
                if (unit >= 0xD800 && unit <= 0xDBFF) cut -= 2;
            }
            return cut;
        }
        if (enc.startsWith("utf-32")) return start + ((n - start) & ~3);
        return n;
    }

    // ---- reading ------------------------------------------------------------------------------------

    /** The text from ppos to end, newline-translated when newline is None; consumes it. */
    private String take(int end) {
        String s = pending.substring(ppos, end);
        ppos = end;
        if (ppos == pending.length()) {
            pending.setLength(0);
            ppos = 0;
        } else if (ppos > CHUNK * 4) {
            pending.delete(0, ppos);
            ppos = 0;
        }
        if (newline == null || newline.isEmpty()) s = noteNewlines(s);
        return s;
    }

    private String noteNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            if (s.indexOf('\n') >= 0) seen |= 2;
            return s;
        }
        StringBuilder sb = newline == null ? new StringBuilder(s.length()) : null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    seen |= 4;
                    i++;
                } else {
                    seen |= 1;
                }
                if (sb != null) sb.append('\n');
            } else {
                if (c == '\n') seen |= 2;
                if (sb != null) sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Index just past the first line end at or after from, -1 when none is known yet. */
    private int lineEnd(int from) {
        int len = pending.length();
        if (newline == null || newline.isEmpty()) {
            for (int i = from; i < len; i++) {
                char c = pending.charAt(i);
                if (c == '\n') return i + 1;
                if (c == '\r') {
                    if (i + 1 < len) return pending.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    return eof ? i + 1 : -1;
                }
            }
            return -1;
        }
        int ix = pending.indexOf(newline, from);
        return ix < 0 ? -1 : ix + newline.length();
    }

    /** One line (at most limit characters when limit >= 0); "" at end of file. */
    public String readline(long limit) {
        checkReadable();
        int scan = ppos;
        while (true) {
            int end = lineEnd(scan);
            if (end >= 0) {
                if (limit >= 0 && end - ppos > limit) end = cutAt(limit);
                return take(end);
            }
            if (limit >= 0 && pending.length() - ppos >= limit) return take(cutAt(limit));
            int before = pending.length();
            if (!readChunk()) return take(pending.length());
            scan = Math.max(ppos, before - 1);
        }
    }

    /** ppos + limit, moved back so as not to split a surrogate pair. */
    private int cutAt(long limit) {
        int end = (int) (ppos + limit);
        if (end > ppos && end < pending.length() && Character.isLowSurrogate(pending.charAt(end))) end--;
        return end;
    }

    /** n characters (fewer at end of file), or everything left when n < 0. */
    public String read(long n) {
        checkReadable();
        if (n < 0) {
            byte[] rest = stream.read(-1);
            byte[] data = rest;
            if (undecoded.length > 0) {
                data = Arrays.copyOf(undecoded, undecoded.length + rest.length);
                System.arraycopy(rest, 0, data, undecoded.length, rest.length);
            }
            undecoded = NO_BYTES;
            if (data.length > 0) decodeInto(data, data.length, true);
            eof = false;
            return take(pending.length());
        }
        while (true) {
            int end = advance(n);
            boolean enough = end - ppos >= 0 && produced >= n;
            boolean pendingCr = end == pending.length() && end > ppos && pending.charAt(end - 1) == '\r' && newline == null;
            if ((enough && !pendingCr) || !readChunk()) {
                return take(end);
            }
        }
    }

    private long produced;

    /** The index reached after producing n characters from ppos (counting \r\n as one when translating). */
    private int advance(long n) {
        int i = ppos, len = pending.length();
        long out = 0;
        while (out < n && i < len) {
            char c = pending.charAt(i);
            if (c == '\r' && newline == null && i + 1 < len && pending.charAt(i + 1) == '\n') {
                i += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len) {
                i += 2;
            } else {
                i++;
            }
            out++;
        }
        produced = out;
        return i;
    }

    /** The byte position of the next character to read. */
    private long position() {
        long pos = stream.tell();
        if (ppos < pending.length()) {
            String rest = pending.substring(ppos);
            pos -= codec.equals("utf-8") ? utf8Length(rest) : StrCodec.encode(rest, readCodec != null ? readCodec : codec, "surrogatepass").length;
        }
        return pos - undecoded.length;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }

    // ---- writing ------------------------------------------------------------------------------------

    /** Writes s; returns its length in characters. */
    public int write(String s) {
        checkClosed();
        if (!stream.canWrite()) throw PyFileIO.unsupported("not writable");
        int n = s.codePointCount(0, s.length());
        String out = s;
        if (newline != null && newline.length() > 0 && !newline.equals("\n") && s.indexOf('\n') >= 0) {
            out = s.replace("\n", newline);
        }
        // as CPython: read-ahead text is dropped, and the write lands where the buffer's position is
        pending.setLength(0);
        ppos = 0;
        undecoded = NO_BYTES;
        eof = false;
        seen = 0;
        String enc = writeCodec;
        if (enc == null) {
            boolean bom = codec.equals("utf-16") || codec.equals("utf-32");
            enc = bom && stream.seekable() && stream.tell() != 0 ? codec + "-le" : codec;
            writeCodec = bom ? codec + "-le" : codec;
        }
        byte[] b = StrCodec.encode(out, enc, errors);
        stream.write(b, 0, b.length);
        boolean needFlush = lineBuffering && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0);
        if (buffer != null) {
            if (writeThrough || needFlush) buffer.flush();
        } else {
            // as CPython: bytes wait in the wrapper; write_through passes them on, line buffering also flushes
            if (writeThrough || needFlush) stream.sendPending();
            if (needFlush) stream.flush();
        }
        return n;
    }

    // ---- positioning ---------------------------------------------------------------------------------

    public long tell() {
        checkClosed();
        if (!stream.seekable()) throw PyFileIO.unsupported("underlying stream is not seekable");
        if (!telling) throw Errors.of(PyExc.OSError, "telling position disabled by next() call");
        stream.flush();
        return position();
    }

    public long seek(long cookie, int whence) {
        checkClosed();
        if (!stream.seekable()) throw PyFileIO.unsupported("underlying stream is not seekable");
        if (whence == 1 && cookie != 0) throw PyFileIO.unsupported("can't do nonzero cur-relative seeks");
        if (whence == 2 && cookie != 0) throw PyFileIO.unsupported("can't do nonzero end-relative seeks");
        if (whence == 0 && cookie < 0) throw Errors.valueError("negative seek position " + cookie);
        stream.flush();
        telling = true;
        seen = 0;
        if (whence == 1) return position();
        pending.setLength(0);
        ppos = 0;
        undecoded = NO_BYTES;
        eof = false;
        long pos = stream.seek(whence == 2 ? 0 : cookie, whence);
        if (pos == 0) readCodec = null;
        return pos;
    }

    public long truncate(long pos) {
        checkClosed();
        stream.flush();
        return stream.truncate(pos);
    }

    // ---- the shared stream operations ----------------------------------------------------------------

    @Override
    public boolean isClosed() {
        checkDetached();
        return stream.isClosed();
    }

    @Override
    public void close() {
        checkDetached();
        if (buffer != null) {
            buffer.close();
            return;
        }
        if (stream.isClosed()) return;
        try {
            stream.flush();
        } finally {
            stream.close();
        }
    }

    @Override
    public void flush() {
        checkClosed();
        stream.flush();
    }

    @Override
    public boolean readable() {
        checkDetached();
        return stream.readable();
    }

    @Override
    public boolean writable() {
        checkDetached();
        return stream.writable();
    }

    @Override
    public boolean seekable() {
        checkDetached();
        return stream.seekable();
    }

    @Override
    public int fileno() {
        checkDetached();
        return stream.fileno();
    }

    @Override
    public boolean isatty() {
        checkDetached();
        return stream.isatty();
    }

    @Override
    public PyObject name() {
        checkDetached();
        return stream.name();
    }

    @Override
    public PyObject iter() {
        checkClosed();
        return this;
    }

    @Override
    public PyObject next() {
        telling = false;
        String line = readline(-1);
        if (line.isEmpty()) {
            telling = stream.seekable();
            return null;
        }
        return PyStr.of(line);
    }

    /** The newlines attribute: None, one kind, or a tuple of the kinds seen. */
    PyObject newlines() {
        if (seen == 0) return PyNone.NONE;
        String[] kinds = {"\r", "\n", "\r\n"};
        java.util.List<PyObject> l = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) if ((seen & (1 << i)) != 0) l.add(PyStr.of(kinds[i]));
        return l.size() == 1 ? l.get(0) : PyTuple.wrap(l.toArray(new PyObject[0]));
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
        if (!detached) {
            try {
                String name = stream.name().repr();
                sb.append(" name=").append(name);
            } catch (PyException e) {
                if (!e.matches(PyExc.Exception)) throw e;
            }
        }
        if (mode != null) sb.append(" mode=").append(PyStr.repr(mode));
        return sb.append(" encoding=").append(PyStr.repr(encoding)).append(">").toString();
    }

    static {
        TextIOMethods.install(TYPE);
    }
}
