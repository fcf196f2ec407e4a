package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBufferedIO;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFileIO;
import dev.taipan.runtime.PyIOBase;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTextIO;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * How one standard stream of a child process is connected: a ProcessBuilder redirect, and when
 * the other end is something the OS cannot hand to the child (the interpreter's own captured
 * streams, a Taipan file object, another child's pipe) a copying thread, started once the child runs.
 */
final class ChildStdio {
    /** subprocess.PIPE, STDOUT and DEVNULL as the Python side passes them. */
    static final int PIPE = -1, STDOUT = -2, DEVNULL = -3;

    private static final File DEV_NULL = new File("/dev/null");

    /** The redirect to give the ProcessBuilder. */
    final Redirect redirect;
    /** Whether the program sees this stream through a pipe the caller reads or writes. */
    final boolean pipe;
    /** stderr only: merged into stdout. */
    final boolean toStdout;
    /** The copying done by a thread: the child's output to sink, or source to the child's input. */
    private final Sink sink;
    private final InputStream source;
    /** A stream the copying thread closes when done (a pipe end handed over from the parent), or null. */
    private final OutputStream sinkOwned;
    private final boolean sourceOwned;

    /** Where copied output goes. */
    interface Sink {
        void write(byte[] b, int len) throws IOException;
    }

    private ChildStdio(Redirect redirect, boolean pipe, boolean toStdout, Sink sink, OutputStream sinkOwned, InputStream source,
                       boolean sourceOwned) {
        this.redirect = redirect;
        this.pipe = pipe;
        this.toStdout = toStdout;
        this.sink = sink;
        this.sinkOwned = sinkOwned;
        this.source = source;
        this.sourceOwned = sourceOwned;
    }

    private static ChildStdio plain(Redirect r) {
        return new ChildStdio(r, false, false, null, null, null, false);
    }

    private static ChildStdio copyOut(Sink sink, OutputStream owned) {
        return new ChildStdio(Redirect.PIPE, false, false, sink, owned, null, false);
    }

    private static ChildStdio copyIn(InputStream source, boolean owned) {
        return new ChildStdio(Redirect.PIPE, false, false, null, null, source, owned);
    }

    /**
     * Whether the interpreter's standard streams are the process's own, so a child can inherit
     * them: started by the launcher (which names itself in taipan.executable, and may hand the
     * REPL's terminal as stdin) or reading System.in; not when a test captures them in-process.
     */
    static boolean processOwnsStdio(InterpState interp) {
        return interp.stdinStream == System.in || System.getProperty("taipan.executable") != null;
    }

    /**
     * The connection for standard stream index (0, 1, 2) given spec: None, PIPE, STDOUT, DEVNULL,
     * a file descriptor or a file object. Called with the interpreter lock held.
     */
    static ChildStdio of(PyObject spec, int index, InterpState interp) {
        if (spec == null || spec == PyNone.NONE) return inherited(index, index, interp);
        if (spec instanceof PyInt n && !(spec instanceof PyBool)) {
            long v = n.asLong("fd");
            if (v == PIPE) return new ChildStdio(Redirect.PIPE, true, false, null, null, null, false);
            if (v == DEVNULL) return plain(index == 0 ? Redirect.from(DEV_NULL) : Redirect.DISCARD);
            if (v == STDOUT) {
                if (index != 2) throw Errors.valueError("STDOUT can only be used for stderr");
                return new ChildStdio(Redirect.PIPE, false, true, null, null, null, false);
            }
            if (v >= 0 && v <= 2) return inherited(index, (int) v, interp);
            PyFileIO f = v < Integer.MAX_VALUE ? PyFileIO.byFd((int) v) : null;
            if (f == null) throw Errors.osError(PyExc.OSError, 9, "Bad file descriptor", null);
            return ofFile(f, index, interp);
        }
        if (spec instanceof PyIOBase io) {
            if (io.isClosed()) throw Errors.valueError("I/O operation on closed file");
            if (index != 0 && io.writable()) io.flush();
            return ofFile(raw(io), index, interp);
        }
        throw Errors.typeError("bad value for a standard stream: " + spec.type().name);
    }

    /** The file under a text or buffered file; io.UnsupportedOperation for one over a Python object (no fileno). */
    private static PyFileIO raw(PyIOBase io) {
        PyIOBase under = io;
        if (under instanceof PyTextIO t) under = t.buffer;
        if (under instanceof PyBufferedIO b) under = b.raw;
        if (under instanceof PyFileIO f) return f;
        throw Errors.of(PyFileIO.UNSUPPORTED_OPERATION, "fileno");
    }

    /** Stream index connected to what the interpreter's fd (0, 1, 2) is. */
    private static ChildStdio inherited(int index, int fd, InterpState interp) {
        boolean own = processOwnsStdio(interp);
        if (own && fd == index) return plain(Redirect.INHERIT);
        // a captured stdin is the interpreter's, not the child's: the child reads nothing
        if (index == 0) return plain(Redirect.from(DEV_NULL));
        OutputStream out = fd == 1 ? interp.stdoutStream : fd == 2 ? interp.stderrStream : null;
        if (out == null) throw Errors.osError(PyExc.OSError, 9, "Bad file descriptor", null);
        return copyOut((b, n) -> {
            out.write(b, 0, n);
            out.flush();
        }, null);
    }

    private static ChildStdio ofFile(PyFileIO f, int index, InterpState interp) {
        FileChannel ch = f.channel();
        if (ch != null) {
            if (index == 0) return copyIn(java.nio.channels.Channels.newInputStream(ch), false);
            boolean append = f.mode().startsWith("a");
            return copyOut((b, n) -> {
                if (append) ch.position(ch.size());
                ByteBuffer bb = ByteBuffer.wrap(b, 0, n);
                while (bb.hasRemaining()) ch.write(bb);
            }, null);
        }
        int fd = f.fileno();
        if (fd <= 2) return inherited(index, fd, interp);
        if (index == 0 && f.inputStream() instanceof GilStreams.PipeInput in) return copyIn(in.lend(), true);
        if (index != 0 && f.outputStream() instanceof GilStreams.PipeOutput out) {
            OutputStream o = out.lend();
            return copyOut((b, n) -> {
                o.write(b, 0, n);
                o.flush();
            }, o);
        }
        throw Errors.osError(PyExc.OSError, 9, "Bad file descriptor", null);
    }

    /** Starts the copying thread, if any, for a child whose end of this stream is childIn or childOut. */
    Thread start(String name, OutputStream childIn, InputStream childOut) {
        Runnable body;
        if (sink != null) {
            body = () -> {
                byte[] buf = new byte[65536];
                boolean failed = false;
                try (childOut) {
                    for (int n; (n = childOut.read(buf)) > 0; ) {
                        if (failed) continue;
                        try {
                            sink.write(buf, n);
                        } catch (IOException e) {
                            // the file was closed under us: the rest is read and dropped, so the child never blocks
                            failed = true;
                        }
                    }
                } catch (IOException e) {
                    // the pipe broke
                }
                closeQuietly(sinkOwned);
            };
        } else if (source != null) {
            body = () -> {
                byte[] buf = new byte[65536];
                try (childIn) {
                    for (int n; (n = source.read(buf)) > 0; ) {
                        childIn.write(buf, 0, n);
                        childIn.flush();
                    }
                } catch (IOException e) {
                    // the child stopped reading (broken pipe)
                }
                if (sourceOwned) closeQuietly(source);
            };
        } else {
            return null;
        }
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    /** Whether a copying thread feeds the child's input (it is not waited for at exit). */
    boolean feedsInput() {
        return source != null;
    }
}
