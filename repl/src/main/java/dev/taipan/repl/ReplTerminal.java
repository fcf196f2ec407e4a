package dev.taipan.repl;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Makes the REPL's terminal (the process's own, through jline) and names its history file. */
public final class ReplTerminal {
    /** The jline terminal provider tried first. */
    static final String FIRST_PROVIDER = "jni";

    private ReplTerminal() {}

    /** The terminal the REPL will use: made now, or on first use. */
    public static final class Ref implements Supplier<Terminal> {
        private final Supplier<Terminal> make;
        private Terminal made;

        private Ref(Supplier<Terminal> make) {
            this.make = make;
        }

        @Override
        public synchronized Terminal get() {
            if (made == null) made = make.get();
            return made;
        }

    }

    /**
     * The system terminal. early: start making it now on another thread (it takes a while,
     * the interpreter starts meanwhile); else make it when first asked for.
     */
    public static Ref system(boolean early) {
        if (early) {
            CompletableFuture<Terminal> f = CompletableFuture.supplyAsync(ReplTerminal::build, runnable -> {
                Thread t = new Thread(runnable, "taipan-terminal");
                t.setDaemon(true);
                t.start();
            });
            return new Ref(f::join);
        }
        return new Ref(ReplTerminal::build);
    }

    /**
     * jline's terminal, without the dumb-terminal warning. JNI alone first: measured here (bench/repl-startup), the first prompt costs 0.32 s of CPU
     * with the JNI provider, 0.48 s with FFM (its downcall stubs are made at run time) and 0.42 s
     * when jline may choose (it probes every provider); the others remain the fallback.
     */
    private static Terminal build() {
        Terminal t;
        try {
            t = builder().provider(FIRST_PROVIDER).dumb(false).build();
        } catch (IOException | RuntimeException | LinkageError first) {
            try {
                t = builder().dumb(true).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        followResizes(t);
        return t;
    }

    /**
     * jline's own OS signal handling stays off: Ctrl-C while code runs is the interpreter's
     * SIGINT (KeyboardInterrupt), Ctrl-Z its default; and jline's handlers cost ~40 ms of start-up
     * (it makes a Proxy class for them). Only window resizes are passed on, for redrawing.
     */
    private static TerminalBuilder builder() {
        return TerminalBuilder.builder()
                .name("taipan")
                .system(true)
                .nativeSignals(false);
    }

    private static void followResizes(Terminal t) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), s -> t.raise(Terminal.Signal.WINCH));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no such signal here: the size is read again at each prompt anyway
        }
    }

    /** The history file: $PYTHON_HISTORY (as CPython 3.13), else ~/.taipan_history; none in the AOT training run. */
    public static Path historyFile(Map<String, String> env) {
        if (Boolean.getBoolean(ReplTraining.PROPERTY)) return null;
        String file = env.get("PYTHON_HISTORY");
        if (file != null && !file.isEmpty()) return Path.of(file);
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".taipan_history");
    }
}
