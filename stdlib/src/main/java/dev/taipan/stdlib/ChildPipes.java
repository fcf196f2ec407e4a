package dev.taipan.stdlib;

import dev.taipan.aio.EventLoop;
import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyFileIO;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A child process's pipes and exit for asyncio: java.lang.Process pipes cannot be selected on, so
 * plain Java threads (that never run Python code) block on them and hand what happens to the
 * event loop with call_soon_threadsafe: data read, end of file, bytes written, the exit status.
 * Writing never blocks the loop: data is queued for a writer thread.
 */
final class ChildPipes {
    private ChildPipes() {}

    /** Schedules callback(args) on loop from a plain Java thread; false when the loop is closed. */
    static boolean post(EventLoop loop, PyObject callback, PyObject... args) {
        try {
            loop.callSoonThreadsafe(callback, args, null);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static EventLoop loopArg(PyObject o) {
        if (o instanceof EventLoop l) return l;
        throw Errors.typeError("an event loop is required, not " + o.type().name);
    }

    private static Thread daemon(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void install(PyModule m) {
        m.put("PipeReader", Reader.TYPE).put("PipeWriter", Writer.TYPE);
        // watch_exit(child, loop, callback): callback(returncode) on the loop once the child ended
        m.function("watch_exit", (a, kw) -> {
            PyObject[] x = ArgParser.parse("watch_exit", a, kw, new String[] {"child", "loop", "callback"}, 3, 3, 0);
            PyChildProcess child = (PyChildProcess) x[0];
            EventLoop loop = loopArg(x[1]);
            PyObject cb = x[2];
            daemon(() -> {
                int code = child.awaitExit();
                post(loop, cb, PyInt.of(code));
            }, "subprocess-exit-" + child.process.pid());
            return PyNone.NONE;
        });
        // read_pipe(child, fd, loop, on_data, on_eof): on_data(bytes) per chunk, then on_eof()
        m.function("read_pipe", (a, kw) -> {
            PyObject[] x = ArgParser.parse("read_pipe", a, kw, new String[] {"child", "fd", "loop", "on_data", "on_eof"}, 5, 5, 0);
            PyChildProcess child = (PyChildProcess) x[0];
            PyObject pipe = ((PyInt) x[1]).asInt() == 1 ? child.stdout : child.stderr;
            if (pipe == PyNone.NONE) throw Errors.valueError("no pipe for fd " + x[1].repr());
            return new Reader(PyChildProcess.lend(pipe), loopArg(x[2]), x[3], x[4], child.process.pid());
        });
        // write_pipe(child, loop, on_event): a writer for the child's stdin; on_event(kind, value) reports
        // "drained" (bytes still queued), "error" (message), "closed"
        m.function("write_pipe", (a, kw) -> {
            PyObject[] x = ArgParser.parse("write_pipe", a, kw, new String[] {"child", "loop", "on_event"}, 3, 3, 0);
            PyChildProcess child = (PyChildProcess) x[0];
            if (child.stdin == PyNone.NONE) throw Errors.valueError("no pipe for stdin");
            OutputStream out = ((GilStreams.PipeOutput) ((PyFileIO) child.stdin).outputStream()).lend();
            return new Writer(out, loopArg(x[1]), x[2], child.process);
        });
    }

    /** _subprocess.PipeReader: a thread reading one output pipe of a child, pausable by the loop. */
    static final class Reader extends PyObject {
        static final PyType TYPE = new PyType("PipeReader", PyType.OBJECT, true, null).markFinal();
        private static final int CHUNK = 256 * 1024;

        private final InputStream in;
        private boolean paused;
        private volatile boolean closed;

        Reader(InputStream in, EventLoop loop, PyObject onData, PyObject onEof, long pid) {
            this.in = in;
            daemon(() -> {
                byte[] buf = new byte[CHUNK];
                try (in) {
                    while (true) {
                        synchronized (this) {
                            while (paused && !closed) wait();
                        }
                        if (closed) return;
                        int n = in.read(buf);
                        if (closed) return;
                        if (n < 0) break;
                        if (n > 0 && !post(loop, onData, PyBytes.wrap(Arrays.copyOf(buf, n)))) return;
                    }
                } catch (IOException | InterruptedException e) {
                    if (closed) return;
                }
                post(loop, onEof);
            }, "subprocess-read-" + pid);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        synchronized void pause(boolean p) {
            paused = p;
            notifyAll();
        }

        void close() {
            closed = true;
            pause(false);
            try {
                in.close();
            } catch (IOException e) {
                // already closed
            }
        }

        static {
            TYPE.module = "_subprocess";
            TYPE.method0("pause", self -> {
                ((Reader) self).pause(true);
                return PyNone.NONE;
            });
            TYPE.method0("resume", self -> {
                ((Reader) self).pause(false);
                return PyNone.NONE;
            });
            TYPE.method0("close", self -> {
                ((Reader) self).close();
                return PyNone.NONE;
            });
        }
    }

    /** _subprocess.PipeWriter: a queue of bytes for a child's stdin, written by a thread of its own. */
    static final class Writer extends PyObject {
        static final PyType TYPE = new PyType("PipeWriter", PyType.OBJECT, true, null).markFinal();
        private static final byte[] EOF = new byte[0];

        private final LinkedBlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
        private final AtomicLong queued = new AtomicLong();
        private final OutputStream out;
        /** Report "drained" once the queue is down to this many bytes (-1: no report wanted). */
        private volatile long notifyAt = -1;
        private volatile boolean closing, failed, aborted;

        Writer(OutputStream out, EventLoop loop, PyObject onEvent, Process process) {
            this.out = out;
            daemon(() -> {
                try (out) {
                    while (true) {
                        byte[] b = queue.take();
                        if (b == EOF) break;
                        // the JDK swaps a dead child's stdin for a stream that drops everything
                        if (!process.isAlive()) throw new IOException("Broken pipe");
                        out.write(b);
                        out.flush();
                        long left = queued.addAndGet(-b.length);
                        long at = notifyAt;
                        if (at >= 0 && left <= at) {
                            notifyAt = -1;
                            if (!post(loop, onEvent, PyStr.of("drained"), PyInt.of(left))) return;
                        }
                    }
                } catch (IOException e) {
                    failed = true;
                    queue.clear();
                    queued.set(0);
                    if (!aborted) post(loop, onEvent, PyStr.of("error"), PyStr.of(brokenPipe(e)));
                    return;
                } catch (InterruptedException e) {
                    return;
                }
                if (!aborted) post(loop, onEvent, PyStr.of("closed"), PyNone.NONE);
            }, "subprocess-write-" + process.pid());
        }

        private static String brokenPipe(IOException e) {
            String m = e.getMessage();
            return m != null && (m.contains("Broken pipe") || m.contains("Stream closed")) ? "Broken pipe" : m == null ? "I/O error" : m;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        static {
            TYPE.module = "_subprocess";
            // write(data) -> bytes now queued
            TYPE.method1("write", (self, data) -> {
                Writer w = (Writer) self;
                if (!(data instanceof BytesLike b)) throw Errors.typeError("data argument must be a bytes-like object, not '"
                        + data.type().name + "'");
                byte[] bytes = b.toByteArray();
                if (w.closing || w.failed || bytes.length == 0) return PyInt.of(w.queued.get());
                long n = w.queued.addAndGet(bytes.length);
                w.queue.add(bytes);
                return PyInt.of(n);
            });
            TYPE.method1("notify_at", (self, n) -> {
                Writer w = (Writer) self;
                long at = ((PyInt) n).asLong("size");
                if (w.queued.get() <= at) return PyBool.TRUE;
                w.notifyAt = at;
                return PyBool.FALSE;
            });
            TYPE.method0("size", self -> PyInt.of(((Writer) self).queued.get()));
            // close(): the thread writes what is queued, closes the pipe and reports "closed"
            TYPE.method0("close", self -> {
                Writer w = (Writer) self;
                if (!w.closing) {
                    w.closing = true;
                    w.queue.add(EOF);
                }
                return PyNone.NONE;
            });
            // abort(): drops what is queued and closes the pipe at once
            TYPE.method0("abort", self -> {
                Writer w = (Writer) self;
                w.closing = true;
                w.aborted = true;
                w.queue.clear();
                w.queued.set(0);
                w.queue.add(EOF);
                try {
                    w.out.close();
                } catch (IOException e) {
                    // already closed
                }
                return PyNone.NONE;
            });
        }
    }
}
