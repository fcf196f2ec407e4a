package dev.taipan.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * _io.FileIO: raw, unbuffered byte I/O over a file channel or over one of the interpreter's
 * standard streams; the bottom layer under PyBufferedIO and PyTextIO. Also defines
 * io.UnsupportedOperation.
 */
public final class PyFileIO extends PyIOBase {
    public static final PyType TYPE = io(new PyType("FileIO", PyIOBase.RAW_TYPE, true, null).markFinal());
    /** io.UnsupportedOperation, derived from OSError and ValueError. */
    public static final PyType UNSUPPORTED_OPERATION = unsupportedType();

    private static final AtomicInteger NEXT_FD = new AtomicInteger(1 << 20);
    /** The open files and pipes by descriptor number (os.open, open(fd), subprocess redirection). */
    private static final java.util.Map<Integer, java.lang.ref.WeakReference<PyFileIO>> BY_FD =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final FileChannel channel;
    private final InputStream in;
    private final OutputStream out;
    private final PyObject name;
    final boolean reading, writing, appending, created;
    private final boolean closefd;
    private final int fd;
    private boolean closed;
    /** Whether isatty() answers true (set by the launcher for an interactive console). */
    public boolean tty;

    private static PyType io(PyType t) {
        t.module = "_io";
        return t;
    }

    private static PyType unsupportedType() {
        PyType t = new PyType("UnsupportedOperation", PyExc.OSError, true, null);
        t.setBuiltinBases(PyExc.OSError, PyExc.ValueError);
        t.module = "io";
        t.instancesHaveDict = true;
        return t;
    }

    private PyFileIO(FileChannel channel, InputStream in, OutputStream out, PyObject name, boolean reading, boolean writing,
                     boolean appending, boolean created, boolean closefd, int fd) {
        this.channel = channel;
        this.in = in;
        this.out = out;
        this.name = name;
        this.reading = reading;
        this.writing = writing;
        this.appending = appending;
        this.created = created;
        this.closefd = closefd;
        this.fd = fd;
    }

    /** A raw stream reading one of the interpreter's input streams (sys.stdin's bottom layer). */
    public static PyFileIO ofInput(InputStream in, PyObject name, int fd) {
        return new PyFileIO(null, in, null, name, true, false, false, false, false, fd);
    }

    /** A raw stream writing one of the interpreter's output streams. */
    public static PyFileIO ofOutput(OutputStream out, PyObject name, int fd) {
        return new PyFileIO(null, null, out, name, false, true, false, false, false, fd);
    }

    /**
     * Opens a file. mode holds exactly one of r, w, x, a, optionally +; name is what the
     * program passed (shown in errors and reprs).
     */
    public static PyFileIO open(Path path, PyObject name, String mode, boolean closefd) {
        char kind = 0;
        boolean plus = mode.indexOf('+') >= 0;
        for (char c : mode.toCharArray()) {
            if (c == 'r' || c == 'w' || c == 'x' || c == 'a') kind = c;
        }
        boolean reading = kind == 'r' || plus;
        boolean writing = kind != 'r' || plus;
        Set<StandardOpenOption> opts = EnumSet.noneOf(StandardOpenOption.class);
        if (reading) opts.add(StandardOpenOption.READ);
        if (writing) opts.add(StandardOpenOption.WRITE);
        switch (kind) {
            case 'w' -> {
                opts.add(StandardOpenOption.CREATE);
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            case 'a' -> opts.add(StandardOpenOption.CREATE);
            case 'x' -> opts.add(StandardOpenOption.CREATE_NEW);
            default -> {
            }
        }
        String shown = name instanceof PyStr s ? s.value : name.str();
        if (kind != 'x' && Files.isDirectory(path)) {
            throw Errors.osError(PyExc.IsADirectoryError, 21, "Is a directory", shown);
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(path, opts);
            if (kind == 'a') ch.position(ch.size());
        } catch (IOException e) {
            throw openError(e, shown);
        }
        return register(new PyFileIO(ch, null, null, name, reading, writing, kind == 'a', kind == 'x', closefd,
                newFd()));
    }

    /** One end of a pipe to a child process (closing it closes the stream, so the child sees EOF). */
    public static PyFileIO ofPipe(InputStream in, OutputStream out) {
        int fd = newFd();
        return register(new PyFileIO(null, in, out, PyInt.of(fd), in != null, out != null, false, false, true, fd));
    }

    /** Another file object over the open file or pipe fd (open(fd, mode, closefd=...)); null when fd is not open. */
    public static PyFileIO reopen(int fd, String mode, boolean closefd) {
        PyFileIO f = byFd(fd);
        if (f == null) return null;
        boolean plus = mode.indexOf('+') >= 0;
        boolean reading = mode.indexOf('r') >= 0 || plus, writing = mode.indexOf('r') < 0 || plus;
        return new PyFileIO(f.channel, f.in, f.out, PyInt.of(fd), reading, writing, mode.indexOf('a') >= 0, false, closefd, fd);
    }

    /** The open file or pipe with descriptor number fd, or null. */
    public static PyFileIO byFd(int fd) {
        java.lang.ref.WeakReference<PyFileIO> r = BY_FD.get(fd);
        PyFileIO f = r == null ? null : r.get();
        return f == null || f.closed || (f.channel != null && !f.channel.isOpen()) ? null : f;
    }

    private static PyFileIO register(PyFileIO f) {
        BY_FD.put(f.fd, new java.lang.ref.WeakReference<>(f));
        FdTable table = table();
        if (table != null) table.fill(f.fd, f);
        return f;
    }

    /**
     * A descriptor number for a new file: from the interpreter's table that sockets use too, so
     * numbers never collide (the lowest free one, as the OS gives); off a Python thread, a private one.
     */
    private static int newFd() {
        FdTable table = table();
        return table != null ? table.reserve() : NEXT_FD.getAndIncrement();
    }

    private static FdTable table() {
        try {
            return FdTable.current();
        } catch (IllegalStateException notPython) {
            return null;
        }
    }

    /** The file channel under this object, or null for a stream or pipe. */
    public FileChannel channel() {
        return channel;
    }

    /** The input stream under this object (a standard stream or a pipe), or null. */
    public InputStream inputStream() {
        return in;
    }

    /** The output stream under this object (a standard stream or a pipe), or null. */
    public OutputStream outputStream() {
        return out;
    }

    /** The OSError subclass CPython raises for a failed open(). */
    static PyException openError(IOException e, String shown) {
        if (e instanceof NoSuchFileException) return Errors.osError(PyExc.FileNotFoundError, 2, "No such file or directory", shown);
        if (e instanceof FileAlreadyExistsException) return Errors.osError(PyExc.FileExistsError, 17, "File exists", shown);
        if (e instanceof AccessDeniedException) return Errors.osError(PyExc.PermissionError, 13, "Permission denied", shown);
        if (e instanceof FileSystemException fe && fe.getReason() != null) {
            String r = fe.getReason();
            if (r.contains("Not a directory")) return Errors.osError(PyExc.NotADirectoryError, 20, "Not a directory", shown);
            if (r.contains("Is a directory")) return Errors.osError(PyExc.IsADirectoryError, 21, "Is a directory", shown);
            if (r.contains("Permission denied")) return Errors.osError(PyExc.PermissionError, 13, "Permission denied", shown);
            if (r.contains("File name too long")) return Errors.osError(PyExc.OSError, 36, "File name too long", shown);
        }
        return ioError(e);
    }

    /** An OSError for an I/O failure after opening. */
    static PyException ioError(IOException e) {
        String m = e.getMessage();
        if (m != null && m.contains("Is a directory")) return Errors.osError(PyExc.IsADirectoryError, 21, "Is a directory", null);
        if (m != null && m.contains("Broken pipe")) return Errors.osError(PyExc.BrokenPipeError, 32, "Broken pipe", null);
        return Errors.osError(PyExc.OSError, 5, m == null ? "Input/output error" : m, null);
    }

    static PyException unsupported(String msg) {
        return Errors.of(UNSUPPORTED_OPERATION, msg);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- the Java API ------------------------------------------------------------------------

    void checkClosed() {
        if (closed) throw Errors.valueError("I/O operation on closed file");
    }

    /** Reads up to len bytes (at least one unless at end of file); -1 at end of file. */
    public int read(byte[] b, int off, int len) {
        if (len == 0) return 0;
        try {
            if (channel != null) return channel.read(ByteBuffer.wrap(b, off, len));
            if (in != null) return in.read(b, off, len);
        } catch (IOException e) {
            throw ioError(e);
        }
        throw unsupported("File not open for reading");
    }

    /** Writes all len bytes. */
    public void write(byte[] b, int off, int len) {
        try {
            if (channel != null) {
                if (appending) channel.position(channel.size());
                ByteBuffer bb = ByteBuffer.wrap(b, off, len);
                while (bb.hasRemaining()) channel.write(bb);
                return;
            }
            if (out != null) {
                out.write(b, off, len);
                return;
            }
        } catch (IOException e) {
            throw ioError(e);
        }
        throw unsupported("File not open for writing");
    }

    /** Everything up to end of file. */
    public byte[] readAll() {
        java.io.ByteArrayOutputStream bo = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = read(buf, 0, buf.length)) >= 0; ) bo.write(buf, 0, n);
        return bo.toByteArray();
    }

    public long seek(long pos, int whence) {
        if (channel == null) throw unsupported("File or stream is not seekable.");
        try {
            long base = whence == 0 ? 0 : whence == 1 ? channel.position() : channel.size();
            long target = base + pos;
            if (target < 0) throw Errors.osError(PyExc.OSError, 22, "Invalid argument", null);
            channel.position(target);
            return target;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    public long tell() {
        if (channel == null) throw Errors.osError(PyExc.OSError, 29, "Illegal seek", null);
        try {
            return channel.position();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    public long truncate(long size) {
        if (channel == null) throw unsupported("File or stream is not seekable.");
        if (!writing) throw unsupported("File not open for writing");
        try {
            long pos = channel.position();
            if (size < channel.size()) {
                channel.truncate(size);
            } else if (size > channel.size()) {
                channel.write(ByteBuffer.wrap(new byte[(int) (size - channel.size())]), channel.size());
            }
            channel.position(pos);
            return size;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            if (closefd) {
                BY_FD.remove(fd);
                FdTable table = table();
                if (table != null) table.remove(fd, this);
            }
            if (channel != null && closefd) channel.close();
            if (out != null) out.flush();
            if (closefd && out != null) out.close();
            if (closefd && in != null) in.close();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    public void flush() {
        checkClosed();
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw ioError(e);
            }
        }
    }

    @Override
    public boolean readable() {
        checkClosed();
        return reading;
    }

    @Override
    public boolean writable() {
        checkClosed();
        return writing;
    }

    @Override
    public boolean seekable() {
        checkClosed();
        return channel != null;
    }

    @Override
    public int fileno() {
        checkClosed();
        return fd;
    }

    @Override
    public boolean isatty() {
        checkClosed();
        return tty;
    }

    @Override
    public PyObject name() {
        return name;
    }

    /** The mode string FileIO reports: rb, rb+, wb, xb, ab, ... */
    public String mode() {
        if (created) return reading ? "xb+" : "xb";
        if (appending) return reading ? "ab+" : "ab";
        if (reading) return writing ? "rb+" : "rb";
        return "wb";
    }

    /** One line (through b'\\n') read a byte at a time; empty at end of file. */
    byte[] readLine() {
        java.io.ByteArrayOutputStream bo = new java.io.ByteArrayOutputStream();
        byte[] one = new byte[1];
        while (read(one, 0, 1) > 0) {
            bo.write(one[0]);
            if (one[0] == '\n') break;
        }
        return bo.toByteArray();
    }

    @Override
    public PyObject iter() {
        checkClosed();
        return this;
    }

    @Override
    public PyObject next() {
        checkClosed();
        byte[] line = readLine();
        return line.length == 0 ? null : PyBytes.wrap(line);
    }

    @Override
    public String repr() {
        if (closed) return "<_io.FileIO [closed]>";
        return "<_io.FileIO name=" + name.repr() + " mode='" + mode() + "' closefd=" + (closefd ? "True" : "False") + ">";
    }

    // ---- Python-visible methods ------------------------------------------------------------------

    /** A size argument: an int, or None (or absent) for "everything" (-1). */
    static long sizeArg(PyObject o) {
        if (o == null || o == PyNone.NONE) return -1;
        PyObject i = Protocols.indexOrNull(o);
        if (i == null) throw Errors.typeError("argument should be integer or None, not '" + o.type().name + "'");
        return ((PyInt) i).asLong("Python int too large to convert to C ssize_t");
    }

    /** The bytes of a bytes-like argument to write(). */
    static BytesLike bytesArg(PyObject o) {
        if (o instanceof BytesLike b) return b;
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    static int whenceArg(PyObject[] a, int i) {
        if (a.length <= i || a[i] == null) return 0;
        int w = Protocols.index(a[i]).asInt();
        if (w < 0 || w > 2) throw Errors.valueError("invalid whence (" + w + ", should be 0, 1 or 2)");
        return w;
    }

    static {
        PyType t = TYPE;
        PyIOBase.installCommon(t);
        t.method("read", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("read", args, kw, new String[] {"size"}, 0, 1, 1);
            PyFileIO f = (PyFileIO) self;
            f.checkClosed();
            if (!f.reading) throw unsupported("File not open for reading");
            long n = sizeArg(a[0]);
            if (n < 0) return PyBytes.wrap(f.readAll());
            byte[] b = new byte[(int) Math.min(n, 1 << 20)];
            int r = f.read(b, 0, b.length);
            return PyBytes.wrap(r <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, r));
        });
        t.method0("readall", self -> {
            PyFileIO f = (PyFileIO) self;
            f.checkClosed();
            if (!f.reading) throw unsupported("File not open for reading");
            return PyBytes.wrap(f.readAll());
        });
        t.method1("write", (self, b) -> {
            PyFileIO f = (PyFileIO) self;
            f.checkClosed();
            if (!f.writing) throw unsupported("File not open for writing");
            BytesLike bl = bytesArg(b);
            f.write(bl.array(), 0, bl.size());
            return PyInt.of(bl.size());
        });
        t.method("seek", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("seek", args, kw, new String[] {"pos", "whence"}, 1, 2, 2);
            PyFileIO f = (PyFileIO) self;
            f.checkClosed();
            return PyInt.of(f.seek(Protocols.index(a[0]).asLong("Python int too large to convert to C long"), whenceArg(a, 1)));
        });
        t.method0("tell", self -> {
            PyFileIO f = (PyFileIO) self;
            f.checkClosed();
            return PyInt.of(f.tell());
        });
        t.method("truncate", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("truncate", args, kw, new String[] {"size"}, 0, 1, 1);
            PyFileIO f = (PyFileIO) self;
            f.checkClosed();
            long size = a[0] == null || a[0] == PyNone.NONE ? f.tell() : Protocols.index(a[0]).asLong("size too large");
            return PyInt.of(f.truncate(size));
        });
        t.getset("mode", self -> PyStr.of(((PyFileIO) self).mode()));
        t.getset("closefd", self -> PyBool.of(((PyFileIO) self).closefd));
    }
}
