package dev.taipan.runtime;

import java.util.HashMap;
import java.util.Map;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The bridge from the operating system's signals to {@link Signals}: Linux's signal numbers and
 * names, and the JVM handlers (sun.misc.Signal) that forward a caught signal to the interpreter.
 */
public final class OsSignals {
    private OsSignals() {}

    /** Linux x86-64 signal names by number (index 0 unused). */
    public static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1",
            "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU",
            "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    /** The JVM's own handler of each signal before Taipan replaced it, to restore SIG_DFL. */
    private static final Map<Integer, SignalHandler> ORIGINAL = new HashMap<>();

    private static final SignalHandler FORWARD = sig -> Signals.trip(Signals.target(), sig.getNumber());

    /** The name of signal n without "SIG" ("INT"), or null for numbers Linux has no name for. */
    public static String name(int n) {
        return n > 0 && n < NAMES.length ? NAMES[n] : null;
    }

    /** Whether signal n was ignored when the process started (a background job's SIGINT). */
    public static synchronized boolean ignoredAtStart(int n) {
        return ORIGINAL.get(n) == SignalHandler.SIG_IGN;
    }

    /** Forwards signal n to the target interpreter; false if the JVM keeps it for itself. */
    public static synchronized boolean catchSignal(int n) {
        return install(n, FORWARD);
    }

    /** Gives signal n back its default action (the JVM's own handler). */
    public static synchronized boolean restoreDefault(int n) {
        SignalHandler original = ORIGINAL.get(n);
        return install(n, original != null ? original : SignalHandler.SIG_DFL);
    }

    /** Makes the process ignore signal n. */
    public static synchronized boolean ignore(int n) {
        return install(n, SignalHandler.SIG_IGN);
    }

    /** Sends signal n to this process (the JVM's handler or the OS default acts on it). */
    public static void raise(int n) {
        String name = name(n);
        if (name == null) throw new IllegalArgumentException("no signal " + n);
        Signal.raise(new Signal(name));
    }

    private static boolean install(int n, SignalHandler handler) {
        String name = name(n);
        if (name == null) return false;
        try {
            SignalHandler old = Signal.handle(new Signal(name), handler);
            ORIGINAL.putIfAbsent(n, old);
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }
}
