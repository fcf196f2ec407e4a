package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Builtins;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.Signals;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.TracebackPrinter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The _thread module: real Java threads that run Python code under the interpreter lock,
 * joinable thread handles, locks ({@link ThreadLocks}) and thread-local objects.
 */
public final class ThreadModule implements NativeModule {
    /** Stack of a thread started from Python: deep enough for the default recursion limit. */
    private static final long STACK_SIZE = 256L << 20;

    static final PyType HANDLE = new PyType("_ThreadHandle", PyType.OBJECT, true, null).markFinal();

    static {
        HANDLE.module = "_thread";
        HANDLE.getset("ident", o -> PyInt.of(((Handle) o).ident));
        HANDLE.method("join", (self, a, k) -> ((Handle) self).join(a, k));
        HANDLE.method("is_done", (self, a, k) -> PyBool.of(((Handle) self).done.getCount() == 0));
        HANDLE.method("_set_done", (self, a, k) -> {
            ((Handle) self).done.countDown();
            return PyNone.NONE;
        });
        HANDLE.method("__repr__", (self, a, k) -> PyStr.of("<_thread._ThreadHandle object: ident=" + ((Handle) self).ident + ">"));
    }

    @Override
    public String name() {
        return "_thread";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_thread");
        AtomicInteger count = new AtomicInteger();
        long[] stackSize = {0};
        m.put("error", PyExc.RuntimeError);
        m.put("TIMEOUT_MAX", PyFloat.of(ThreadLocks.TIMEOUT_MAX));
        m.put("LockType", ThreadLocks.LOCK);
        m.put("lock", ThreadLocks.LOCK);
        m.put("RLock", ThreadLocks.RLOCK);
        m.put("_ThreadHandle", HANDLE);
        m.put("_local", LocalObject.TYPE);
        m.function("allocate_lock", (a, k) -> new ThreadLocks.LockObject());
        m.function("allocate", (a, k) -> new ThreadLocks.LockObject());
        m.function("get_ident", (a, k) -> PyInt.of(ThreadState.current().ident));
        m.function("get_native_id", (a, k) -> PyInt.of(ThreadState.current().ident));
        m.function("_get_main_thread_ident", (a, k) -> {
            ThreadState main = interp.signals.main;
            return PyInt.of(main == null ? 0 : main.ident);
        });
        m.function("_count", (a, k) -> PyInt.of(count.get()));
        m.function("daemon_threads_allowed", (a, k) -> PyBool.TRUE);
        m.function("stack_size", (a, k) -> {
            ArgParser.count("stack_size", a, k, 0, 1);
            long old = stackSize[0];
            if (a.length == 1) {
                long size = NumberArgs.index(a[0]).value;
                if (size < 0) throw Errors.valueError("size must be 0 or a positive value");
                if (size != 0 && size < 32768) throw Errors.valueError("size not valid: " + size + " bytes");
                stackSize[0] = size;
            }
            return PyInt.of(old);
        });
        m.function("interrupt_main", (a, k) -> {
            PyObject[] p = ArgParser.parse("interrupt_main", a, k, new String[] {"signum"}, 0, 1, 0);
            int signum = p[0] == null ? Signals.SIGINT : (int) NumberArgs.index(p[0]).value;
            if (signum <= 0 || signum >= Signals.NSIG) throw Errors.valueError("signal number out of range");
            Signals.trip(interp, signum);
            return PyNone.NONE;
        });
        m.function("start_new_thread", (a, k) -> {
            ArgParser.noKeywords("start_new_thread", k);
            ArgParser.count("start_new_thread", a, k, 2, 3);
            if (!Builtins.callable(a[0])) throw Errors.typeError("first arg must be callable");
            if (!(a[1] instanceof PyTuple args)) throw Errors.typeError("2nd arg must be a tuple");
            if (a.length == 3 && !(a[2] instanceof PyDict)) throw Errors.typeError("optional 3rd arg must be a dictionary");
            PyDict kwargs = a.length == 3 ? (PyDict) a[2] : null;
            Handle h = start(interp, count, stackSize[0], () -> Call.withKeywords(a[0], args.toArray(), args.size(), kwargs), a[0]);
            return PyInt.of(h.ident);
        });
        m.function("start_joinable_thread", (a, k) -> {
            PyObject[] p = ArgParser.parse("start_joinable_thread", a, k, new String[] {"function", "handle", "daemon"}, 1, 1, 0);
            if (!Builtins.callable(p[0])) throw Errors.typeError("thread function must be callable");
            PyObject fn = p[0];
            return start(interp, count, stackSize[0], () -> fn.call(new PyObject[0], null), fn);
        });
        return m;
    }

    /** Starts a thread running body under the interpreter lock; its uncaught exception is reported, not raised. */
    private static Handle start(InterpState interp, AtomicInteger count, long stackSize, Runnable body, PyObject fn) {
        ThreadState ts = new ThreadState(interp);
        Handle h = new Handle();
        ts.context = null;
        count.incrementAndGet();
        Thread t = new ThreadState.PyThread(ts, () -> {
            Gil.acquire(ts);
            try {
                body.run();
            } catch (PyException e) {
                if (!e.value.isInstance(PyExc.SystemExit)) unraisable(interp, e.value, fn);
            } catch (StackOverflowError e) {
                unraisable(interp, Errors.recursionError().value, fn);
            } finally {
                count.decrementAndGet();
                h.done.countDown();
                Gil.release(ts);
            }
        }, "Thread-" + count.get(), stackSize > 0 ? stackSize : STACK_SIZE);
        t.setDaemon(true);
        h.ident = ts.ident;
        t.start();
        return h;
    }

    /** CPython's report of an exception that ends a thread started with start_new_thread. */
    private static void unraisable(InterpState interp, PyBaseException e, PyObject fn) {
        PyObject err = interp.sys != null ? interp.sys.globals.getStr("stderr") : interp.stderr;
        if (err == null || err == PyNone.NONE) return;
        String where;
        try {
            where = fn.repr();
        } catch (PyException x) {
            where = "<object repr() failed>";
        }
        try {
            Call.invoke(err, "write", PyStr.of("Exception ignored in thread started by: " + where + "\n" + TracebackPrinter.format(e)));
        } catch (PyException ignored) {
            // nowhere left to report it
        }
    }

    /** A started thread as threading sees it: its ident, and a latch counted down when it ends. */
    static final class Handle extends PyObject {
        final CountDownLatch done = new CountDownLatch(1);
        long ident;

        @Override
        public PyType type() {
            return HANDLE;
        }

        PyObject join(PyObject[] a, String[] k) {
            PyObject[] p = ArgParser.parse("join", a, k, new String[] {"timeout"}, 0, 1, 0);
            if (ThreadState.current().ident == ident && done.getCount() > 0) throw Errors.runtimeError("Cannot join current thread");
            if (p[0] == null || p[0] == PyNone.NONE) {
                Gil.interruptible(() -> {
                    done.await();
                    return null;
                });
            } else {
                double secs = p[0] instanceof PyFloat f ? f.value : NumberArgs.index(p[0]).toDouble();
                long deadline = System.nanoTime() + (long) (Math.max(0, secs) * 1e9);
                Gil.interruptible(() -> done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return PyNone.NONE;
        }
    }
}
