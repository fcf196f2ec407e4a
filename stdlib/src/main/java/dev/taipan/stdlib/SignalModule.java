package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Builtins;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.OsSignals;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PySet;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.Signals;
import dev.taipan.runtime.ThreadState;
import java.util.Timer;
import java.util.TimerTask;

/**
 * The _signal module (under signal.py): Python handlers for OS signals, run in the main thread;
 * the OS side is {@link OsSignals}, delivery is {@link Signals}.
 */
public final class SignalModule implements NativeModule {
    static final PyInt SIG_DFL = PyInt.of(0);
    static final PyInt SIG_IGN = PyInt.of(1);
    private static final int SIGKILL = 9;
    private static final int SIGSTOP = 19;
    private static final int SIGALRM = 14;
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
            "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
            "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
            "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
            "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
            "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    @Override
    public String name() {
        return "_signal";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_signal");
        Signals sig = interp.signals;
        // as CPython at start-up: SIGPIPE and SIGXFSZ are ignored
        for (int n : new int[] {13, 25}) if (sig.handlers[n] == null) sig.handlers[n] = SIG_IGN;
        m.put("SIG_DFL", SIG_DFL).put("SIG_IGN", SIG_IGN).put("NSIG", PyInt.of(Signals.NSIG));
        for (int n = 1; n < OsSignals.NAMES.length; n++) {
            if (n != 16) m.put("SIG" + OsSignals.NAMES[n], PyInt.of(n));
        }
        m.put("SIGIOT", PyInt.of(6)).put("SIGPOLL", PyInt.of(29)).put("SIGSTKFLT", PyInt.of(16));
        m.put("SIGRTMIN", PyInt.of(34)).put("SIGRTMAX", PyInt.of(64));
        m.put("SIG_BLOCK", PyInt.of(0)).put("SIG_UNBLOCK", PyInt.of(1)).put("SIG_SETMASK", PyInt.of(2));
        m.put("ITIMER_REAL", PyInt.of(0)).put("ITIMER_VIRTUAL", PyInt.of(1)).put("ITIMER_PROF", PyInt.of(2));
        m.put("default_int_handler", Signals.DEFAULT_INT_HANDLER);
        m.function("signal", (a, k) -> {
            ArgParser.noKeywords("signal", k);
            ArgParser.count("signal", a, k, 2, 2);
            int n = signum(a[0]);
            PyObject handler = a[1];
            boolean callable = Builtins.callable(handler);
            if (!callable && !(handler instanceof PyInt i && (i.value == 0 || i.value == 1))) {
                throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (!ThreadState.current().isMain) {
                throw Errors.valueError("signal only works in main thread of the main interpreter");
            }
            if (n == SIGKILL || n == SIGSTOP) throw Errors.osError(PyExc.OSError, 22, "Invalid argument", null);
            PyObject old = current(sig, n);
            if (callable) OsSignals.catchSignal(n);
            else if (((PyInt) handler).value == 1) OsSignals.ignore(n);
            else OsSignals.restoreDefault(n);
            sig.handlers[n] = callable ? handler : PyInt.of(((PyInt) handler).value);
            return old;
        });
        m.function("getsignal", (a, k) -> {
            ArgParser.count("getsignal", a, k, 1, 1);
            return current(sig, signum(a[0]));
        });
        m.function("raise_signal", (a, k) -> {
            ArgParser.count("raise_signal", a, k, 1, 1);
            int n = osSignum(a[0]);
            if (n != 0) deliver(interp, n);
            return PyNone.NONE;
        });
        m.function("strsignal", (a, k) -> {
            ArgParser.count("strsignal", a, k, 1, 1);
            int n = signum(a[0]);
            if (n < DESCRIPTIONS.length && DESCRIPTIONS[n] != null) return PyStr.of(DESCRIPTIONS[n]);
            if (n >= 34) return PyStr.of("Real-time signal " + (n - 34));
            return PyNone.NONE;
        });
        m.function("valid_signals", (a, k) -> {
            PySet s = PySet.newSet();
            for (int n = 1; n < Signals.NSIG; n++) if (n != 32 && n != 33) s.add(PyInt.of(n));
            return s;
        });
        m.function("set_wakeup_fd", (a, k) -> {
            PyObject[] p = ArgParser.parse("set_wakeup_fd", a, k, new String[] {"fd", "warn_on_full_buffer"}, 1, 1, 0);
            if (!ThreadState.current().isMain) {
                throw Errors.valueError("set_wakeup_fd only works in main thread of the main interpreter");
            }
            int old = sig.wakeupFd;
            sig.wakeupFd = (int) NumberArgs.index(p[0]).value;
            return PyInt.of(old);
        });
        m.function("siginterrupt", (a, k) -> {
            ArgParser.count("siginterrupt", a, k, 2, 2);
            signum(a[0]);
            return PyNone.NONE;
        });
        RealTimer timer = new RealTimer(interp);
        m.function("alarm", (a, k) -> {
            ArgParser.count("alarm", a, k, 1, 1);
            long secs = NumberArgs.index(a[0]).value;
            double[] old = timer.set(secs, 0);
            return PyInt.of((long) Math.ceil(old[0]));
        });
        m.function("setitimer", (a, k) -> {
            ArgParser.count("setitimer", a, k, 2, 3);
            int which = (int) NumberArgs.index(a[0]).value;
            double secs = seconds(a[1]);
            double interval = a.length > 2 ? seconds(a[2]) : 0;
            if (which != 0) throw Errors.osError(PyExc.OSError, 22, "Invalid argument", null);
            double[] old = timer.set(secs, interval);
            return PyTuple.of(PyFloat.of(old[0]), PyFloat.of(old[1]));
        });
        m.function("getitimer", (a, k) -> {
            ArgParser.count("getitimer", a, k, 1, 1);
            if (NumberArgs.index(a[0]).value != 0) throw Errors.osError(PyExc.OSError, 22, "Invalid argument", null);
            double[] now = timer.get();
            return PyTuple.of(PyFloat.of(now[0]), PyFloat.of(now[1]));
        });
        m.function("pause", (a, k) -> {
            // waits until a signal's handler has run (Gil.interruptible runs it, then we return)
            boolean[] woken = {false};
            Gil.interruptible(() -> {
                if (woken[0]) return null;
                woken[0] = true;
                Thread.sleep(Long.MAX_VALUE);
                return null;
            });
            return PyNone.NONE;
        });
        m.function("pthread_kill", (a, k) -> {
            ArgParser.count("pthread_kill", a, k, 2, 2);
            int n = osSignum(a[1]);
            if (n != 0) deliver(interp, n);
            return PyNone.NONE;
        });
        return m;
    }

    private static double seconds(PyObject o) {
        double d = o instanceof PyFloat f ? f.value : NumberArgs.index(o).toDouble();
        if (d < 0) throw Errors.osError(PyExc.OSError, 22, "Invalid argument", null);
        return d;
    }

    /** ITIMER_REAL (alarm, setitimer): delivers SIGALRM after a delay, then every interval. */
    private static final class RealTimer {
        private final InterpState interp;
        private Timer timer;
        private long due;
        private double interval;

        RealTimer(InterpState interp) {
            this.interp = interp;
        }

        /** Arms the timer (0: disarms); returns what was left of the old one: {delay, interval}. */
        synchronized double[] set(double delay, double every) {
            double[] old = get();
            if (timer != null) timer.cancel();
            timer = null;
            interval = every;
            if (delay > 0) {
                timer = new Timer("SIGALRM", true);
                due = System.nanoTime() + (long) (delay * 1e9);
                TimerTask task = new TimerTask() {
                    @Override
                    public void run() {
                        synchronized (RealTimer.this) {
                            if (interval > 0) due = System.nanoTime() + (long) (interval * 1e9);
                            else timer = null;
                        }
                        deliver(interp, SIGALRM);
                    }
                };
                long ms = Math.max(1, Math.round(delay * 1000));
                if (every > 0) timer.scheduleAtFixedRate(task, ms, Math.max(1, Math.round(every * 1000)));
                else timer.schedule(task, ms);
            }
            return old;
        }

        synchronized double[] get() {
            if (timer == null) return new double[] {0, interval};
            return new double[] {Math.max(0, (due - System.nanoTime()) / 1e9), interval};
        }
    }

    /** The handler Python sees for signal n: a callable, SIG_DFL or SIG_IGN. */
    private static PyObject current(Signals sig, int n) {
        PyObject h = sig.handlers[n];
        return h == null ? SIG_DFL : h;
    }

    /** A signal number argument, checked as CPython does. */
    static int signum(PyObject o) {
        long n = NumberArgs.index(o).value;
        if (n < 1 || n >= Signals.NSIG) throw Errors.valueError("signal number out of range");
        return (int) n;
    }

    /** A signal number as the OS calls (kill, raise) take it: 0 to NSIG-1, else OSError EINVAL. */
    static int osSignum(PyObject o) {
        long n = NumberArgs.index(o).value;
        if (n < 0 || n >= Signals.NSIG) throw Errors.osError(PyExc.OSError, 22, "Invalid argument", null);
        return (int) n;
    }

    /**
     * Sends signal n to this process: to its Python handler at once when it has one (as the
     * kernel delivers a signal to the sending thread before kill() returns), else the OS acts.
     */
    public static void deliver(InterpState interp, int n) {
        PyObject h = interp.signals.handlers[n];
        if (h != null && !(h instanceof PyInt)) {
            Signals.trip(interp, n);
            // CPython checks for signals before kill()/raise_signal() return
            if (Thread.currentThread() instanceof ThreadState.PyThread t && t.state.interp == interp) {
                Signals.runPending(t.state);
            }
        } else if (h instanceof PyInt i && i.value == 1) {
            return;
        } else {
            try {
                OsSignals.raise(n);
            } catch (IllegalArgumentException e) {
                throw Errors.osError(PyExc.OSError, 22, "Invalid argument", null);
            }
        }
    }
}
