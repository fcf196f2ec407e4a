package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyFileIO;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * _subprocess.Child: a running child process (java.lang.Process) as subprocess.Popen uses it:
 * its pipes as raw file objects, waiting (with the interpreter lock released), signals, and
 * communicate()'s concurrent feeding and collecting. A death by signal is reported as CPython
 * does (a negative signal number) when the signal came from this object: the JVM reports it
 * as the exit status 128 + signal, which a program can also exit with.
 */
public final class PyChildProcess extends PyObject {
    public static final PyType TYPE = new PyType("Child", PyType.OBJECT, true, null).markFinal();

    /** How long the threads copying a child's output may run on after it exited (a grandchild may hold the pipe). */
    private static final long COPY_GRACE_MILLIS = 2000;

    final Process process;
    /** The parent's ends of the pipes as raw file objects, or None. */
    final PyObject stdin, stdout, stderr;
    /** Threads copying the child's output somewhere: done when the output is complete. */
    private final List<Thread> copiers;
    private final Set<Integer> signalled = ConcurrentHashMap.newKeySet();
    private volatile PyObject returncode;
    private Thread feeder;
    private Collector outCollector, errCollector;

    /** The children still running, by pid: os.kill() tells them what it sent ({@link #noteSignal}). */
    private static final java.util.Map<Long, java.lang.ref.WeakReference<PyChildProcess>> RUNNING = new ConcurrentHashMap<>();

    PyChildProcess(Process process, boolean stdinPipe, boolean stdoutPipe, boolean stderrPipe, List<Thread> copiers) {
        this.process = process;
        this.stdin = stdinPipe ? PyFileIO.ofPipe(null, new GilStreams.PipeOutput(process.getOutputStream(), process)) : PyNone.NONE;
        this.stdout = stdoutPipe ? PyFileIO.ofPipe(new GilStreams.PipeInput(process.getInputStream()), null) : PyNone.NONE;
        this.stderr = stderrPipe ? PyFileIO.ofPipe(new GilStreams.PipeInput(process.getErrorStream()), null) : PyNone.NONE;
        this.copiers = copiers;
        RUNNING.put(process.pid(), new java.lang.ref.WeakReference<>(this));
    }

    /**
     * Records that signal sig is being sent to process pid (for os.kill): if that is a running
     * child of this JVM, its death by sig is then reported as -sig, as CPython reports it.
     */
    public static void noteSignal(long pid, int sig) {
        java.lang.ref.WeakReference<PyChildProcess> r = RUNNING.get(pid);
        PyChildProcess c = r == null ? null : r.get();
        if (c != null && c.process.isAlive()) c.signalled.add(sig);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- exit status ----------------------------------------------------------------------------

    /** CPython's returncode for a JVM exit value: -N for a death by signal N that this object sent. */
    int returnCode(int exit) {
        return exit > 128 && signalled.contains(exit - 128) ? -(exit - 128) : exit;
    }

    /** The return code once the child has ended and its output copies are complete; null while it runs. */
    PyObject poll() {
        if (returncode != null) return returncode;
        if (process.isAlive()) return null;
        return finish();
    }

    /** Waits up to timeout seconds (negative: without limit); the return code, or null on timeout. */
    PyObject waitFor(double timeout) {
        if (returncode != null) return returncode;
        long deadline = timeout < 0 ? 0 : System.nanoTime() + (long) (timeout * 1e9);
        boolean done = Gil.interruptible(() -> {
            if (timeout < 0) {
                process.waitFor();
                return true;
            }
            long left = deadline - System.nanoTime();
            return left > 0 ? process.waitFor(left, TimeUnit.NANOSECONDS) : !process.isAlive();
        });
        return done ? finish() : null;
    }

    private PyObject finish() {
        if (!copiers.isEmpty()) {
            Gil.blocking(() -> {
                joinCopiers();
                return null;
            });
        }
        PyObject rc = PyInt.of(returnCode(process.exitValue()));
        returncode = rc;
        RUNNING.computeIfPresent(process.pid(), (pid, r) -> r.get() == this ? null : r);
        return rc;
    }

    /** Waits (on a plain Java thread, without the interpreter lock) for the exit and the output copies; the return code. */
    int awaitExit() {
        while (true) {
            try {
                process.waitFor();
                break;
            } catch (InterruptedException e) {
                // only the end of the child ends this wait
            }
        }
        joinCopiers();
        RUNNING.computeIfPresent(process.pid(), (pid, r) -> r.get() == this ? null : r);
        return returnCode(process.exitValue());
    }

    private void joinCopiers() {
        long until = System.currentTimeMillis() + COPY_GRACE_MILLIS;
        for (Thread t : copiers) {
            try {
                t.join(Math.max(1, until - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // ---- signals ----------------------------------------------------------------------------

    /** Sends signal sig unless the child has ended (then nothing happens, as in CPython). */
    void sendSignal(int sig) {
        if (poll() != null) return;
        signalled.add(sig);
        ChildSignals.send(process, sig);
    }

    // ---- communicate --------------------------------------------------------------------------

    /** A thread reading one of the child's output pipes to its end. */
    private static final class Collector {
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        final Thread thread;

        Collector(InputStream in, String name) {
            thread = new Thread(() -> {
                byte[] buf = new byte[65536];
                try (in) {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        synchronized (data) {
                            data.write(buf, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // the pipe was closed: what came so far is the output
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        PyObject bytes() {
            synchronized (data) {
                return PyBytes.wrap(data.toByteArray());
            }
        }
    }

    /**
     * Feeds input to the child's stdin and closes it, and reads stdout and stderr to their ends,
     * all at once on threads; waits up to timeout seconds (negative: without limit). Returns
     * (finished, stdout bytes or None, stderr bytes or None); called again after a timeout, it
     * goes on where the last call stopped.
     */
    PyObject communicate(PyObject input, double timeout) {
        if (feeder == null && stdin != PyNone.NONE) {
            byte[] data = input instanceof BytesLike b ? b.toByteArray() : new byte[0];
            OutputStream out = ((GilStreams.PipeOutput) ((PyFileIO) stdin).outputStream()).lend();
            feeder = new Thread(() -> {
                try (out) {
                    out.write(data);
                    out.flush();
                } catch (IOException e) {
                    // communicate() ignores a child that stopped reading (broken pipe)
                }
            }, "subprocess-stdin");
            feeder.setDaemon(true);
            feeder.start();
        }
        if (outCollector == null && stdout != PyNone.NONE) outCollector = new Collector(lend(stdout), "subprocess-stdout");
        if (errCollector == null && stderr != PyNone.NONE) errCollector = new Collector(lend(stderr), "subprocess-stderr");
        long deadline = timeout < 0 ? 0 : System.nanoTime() + (long) (timeout * 1e9);
        boolean done = Gil.interruptible(() -> {
            for (Thread t : new Thread[] {feeder, outCollector == null ? null : outCollector.thread,
                    errCollector == null ? null : errCollector.thread}) {
                if (t == null) continue;
                if (timeout < 0) {
                    t.join();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || !joinNanos(t, left)) return false;
                }
            }
            return true;
        });
        return PyTuple.of(PyBool.of(done), outCollector == null ? PyNone.NONE : outCollector.bytes(),
                errCollector == null ? PyNone.NONE : errCollector.bytes());
    }

    private static boolean joinNanos(Thread t, long nanos) throws InterruptedException {
        t.join(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        return !t.isAlive();
    }

    /** The Java stream under a pipe file object, handed over from the file object to a reading thread. */
    static InputStream lend(PyObject pipe) {
        return ((GilStreams.PipeInput) ((PyFileIO) pipe).inputStream()).lend();
    }

    // ---- Python methods ---------------------------------------------------------------------

    private static double timeoutArg(PyObject o) {
        if (o == null || o == PyNone.NONE) return -1;
        double t = o instanceof PyInt i ? i.toDouble() : o instanceof PyFloat f ? f.value : Double.NaN;
        if (t != t) throw Errors.typeError("timeout must be a number, not " + o.type().name);
        return Math.max(t, 0);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static {
        TYPE.module = "_subprocess";
        TYPE.getset("pid", self -> PyInt.of(((PyChildProcess) self).process.pid()));
        TYPE.getset("stdin", self -> ((PyChildProcess) self).stdin);
        TYPE.getset("stdout", self -> ((PyChildProcess) self).stdout);
        TYPE.getset("stderr", self -> ((PyChildProcess) self).stderr);
        TYPE.getset("returncode", self -> orNone(((PyChildProcess) self).returncode));
        TYPE.method0("poll", self -> orNone(((PyChildProcess) self).poll()));
        TYPE.method("wait", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("wait", args, kw, new String[] {"timeout"}, 0, 1, 1);
            return orNone(((PyChildProcess) self).waitFor(timeoutArg(a[0])));
        });
        TYPE.method("send_signal", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("send_signal", args, kw, new String[] {"sig"}, 1, 1, 1);
            ((PyChildProcess) self).sendSignal(dev.taipan.runtime.Protocols.index(a[0]).asInt());
            return PyNone.NONE;
        });
        TYPE.method("communicate", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("communicate", args, kw, new String[] {"input", "timeout"}, 0, 2, 2);
            PyObject input = a[0] == null ? PyNone.NONE : a[0];
            if (input != PyNone.NONE && !(input instanceof BytesLike)) {
                // CPython writes input straight to stdin when it is the only pipe, else through a memoryview
                PyChildProcess c = (PyChildProcess) self;
                boolean onlyStdin = c.stdout == PyNone.NONE && c.stderr == PyNone.NONE;
                throw Errors.typeError((onlyStdin ? "" : "memoryview: ") + "a bytes-like object is required, not '"
                        + input.type().name + "'");
            }
            return ((PyChildProcess) self).communicate(input, timeoutArg(a[1]));
        });
        TYPE.method0("__repr__", self -> PyStr.of("<_subprocess.Child pid=" + ((PyChildProcess) self).process.pid() + ">"));
    }
}
