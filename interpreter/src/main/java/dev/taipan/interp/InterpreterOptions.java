package dev.taipan.interp;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The settings one interpreter instance runs with: its streams, argv, working folder and flags. */
public final class InterpreterOptions {
    /** sys.argv as CPython sets it (argv[0] is the script path as given, "-c", or ""). */
    public List<String> argv = new ArrayList<>();
    public InputStream stdin = System.in;
    public PrintStream stdout = System.out;
    public PrintStream stderr = System.err;
    /** The folder relative paths are resolved against (a test runs a case "in" its own folder). */
    public Path cwd = Path.of("").toAbsolutePath();
    public Map<String, String> env = new HashMap<>(System.getenv());
    public boolean unbuffered;
    public boolean devMode;
    /** -X importtime: each module's import time on stderr, as CPython prints it. */
    public boolean importTime;
    public boolean inspect;
    public boolean quiet;
    /** -W options, in command-line order. */
    public List<String> warnOptions = new ArrayList<>();
    /** The interactive session (the REPL) run after the program for -i, or instead of one; null: none. */
    public Interactive interactive;

    /**
     * An interactive session: runs on the interpreter's main thread with its __main__ module; it
     * returns when the user leaves, or raises SystemExit (a PyException) to end with that code.
     */
    public interface Interactive {
        void run(dev.taipan.runtime.InterpState interp, dev.taipan.runtime.PyModule main);
    }
}
