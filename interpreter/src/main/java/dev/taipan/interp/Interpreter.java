package dev.taipan.interp;

import dev.taipan.eval.ModuleLoader;
import dev.taipan.eval.Runner;
import dev.taipan.parse.SyntaxErrorException;
import dev.taipan.runtime.Bootstrap;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.Signals;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.TracebackPrinter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;

/** One Python interpreter instance: owns its modules, streams and settings; runs scripts and code strings. */
public final class Interpreter {
    /** Exit code for an internal error (a bug in Taipan, never the user's program). */
    public static final int INTERNAL_ERROR = 70;
    private static final long STACK_SIZE = 1L << 30;

    private final InterpreterOptions options;
    private InterpState state;
    private PrintStream out;
    private PrintStream err;

    public Interpreter(InterpreterOptions options) {
        this.options = options;
    }

    public InterpreterOptions options() {
        return options;
    }

    /** Runs a script file (path as given on the command line); returns the process exit code. */
    public int runScript(String path) {
        Path file = options.cwd.resolve(path);
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            options.stderr.println("taipan: can't open file " + PyStr.repr(file.toAbsolutePath().normalize().toString())
                    + ": [Errno 2] No such file or directory");
            return 2;
        } catch (IOException e) {
            options.stderr.println("taipan: can't open file " + PyStr.repr(file.toString()) + ": [Errno 5] " + e.getMessage());
            return 2;
        }
        Path dir = file.toAbsolutePath().getParent();
        return runMain(source, path, dir == null ? "" : dir.toString());
    }

    /** Runs a code string as `-c` does; returns the process exit code. */
    public int runCode(String code) {
        return runMain(code, "<string>", "");
    }

    /** Runs the program read from standard input (`taipan -` or piped stdin); returns the exit code. */
    public int runStdin() {
        String source;
        try {
            source = new String(options.stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            options.stderr.println("taipan: cannot read standard input: " + e.getMessage());
            return 2;
        }
        return runMain(source, "<stdin>", "");
    }

    /**
     * Runs a module as `-m NAME` does (ModuleMain finds it); returns the exit code. argv[0]
     * arrives as "-m" and, as in CPython, becomes the module file's path once it is found.
     */
    public int runModule(String name) {
        int[] result = {INTERNAL_ERROR};
        onPythonThread(() -> {
            SysSetup.insertPath(state, options.cwd.toString());
            ModuleMain.Found found;
            try {
                found = ModuleMain.find(state, name);
            } catch (ModuleMain.NotRunnable e) {
                flushStreams();
                err.println("taipan: " + e.getMessage());
                result[0] = 1;
                return null;
            } catch (PyException e) {
                result[0] = uncaught(e.value);
                return null;
            }
            result[0] = execMain(found.source(), found.filename(), null, PyStr.of(found.packageName()));
            return null;
        });
        return result[0];
    }

    /** Runs only the interactive session of the options (the REPL), in a fresh __main__; returns the exit code. */
    public int runInteractive() {
        return runMain(null, "<stdin>", "");
    }

    private int runMain(String source, String filename, String pathEntry) {
        int[] result = {INTERNAL_ERROR};
        onPythonThread(() -> {
            result[0] = execMain(source, filename, pathEntry, PyNone.NONE);
            return null;
        });
        return result[0];
    }

    /** Runs body on a Python thread with a large stack (recursion limit, deep expressions). */
    private void onPythonThread(Supplier<Void> body) {
        state = newState();
        ThreadState ts = new ThreadState(state);
        ts.isMain = true;
        Thread t = new ThreadState.PyThread(ts, () -> {
            Gil.acquire(ts);
            try {
                Signals.install(state, ts);
                setupModules();
                body.get();
            } catch (Throwable x) {
                internalError(x);
            } finally {
                // as process exit does: sockets the program left open are closed
                dev.taipan.runtime.FdTable.closeAll(state);
                state.finalizers.close();
                state.gil.finish();
                Gil.release(ts);
                out.flush();
                err.flush();
            }
        }, "MainThread", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private InterpState newState() {
        InterpState s = new InterpState();
        s.cwd = options.cwd;
        s.env = options.env;
        s.argv.addAll(options.argv);
        s.devMode = options.devMode;
        String envImportTime = options.env == null ? null : options.env.get("PYTHONPROFILEIMPORTTIME");
        s.importTime = options.importTime || envImportTime != null && !envImportTime.isEmpty();
        // as CPython: sys.warnoptions holds PYTHONWARNINGS' comma-separated entries, then the -W options
        String envWarnings = options.env == null ? null : options.env.get("PYTHONWARNINGS");
        if (envWarnings != null) {
            for (String w : envWarnings.split(",")) {
                if (!w.isEmpty()) s.warnOptions.add(w);
            }
        }
        s.warnOptions.addAll(options.warnOptions);
        s.stdinStream = options.stdin;
        out = options.unbuffered ? options.stdout
                : new PrintStream(new BufferedOutputStream(options.stdout, 1 << 15), false, StandardCharsets.UTF_8);
        err = options.stderr;
        s.stdoutStream = out;
        s.stderrStream = err;
        s.importer = new ModuleLoader(s);
        s.sourceRunner = Runner::runSource;
        s.sourceChecker = Runner::check;
        return s;
    }

    private void setupModules() {
        Bootstrap.installBuiltins(state);
        dev.taipan.eval.AnextAwaitable.install(state.builtins);
        PyModule builtins = new PyModule("builtins", state.builtins);
        state.builtinsModule = builtins;
        state.modules.putStr("builtins", builtins);
        state.sys = SysSetup.create(state);
        state.modules.putStr("sys", state.sys);
        if (options.unbuffered) {
            if (state.stdout instanceof dev.taipan.runtime.PyTextIO t) t.writeThrough = true;
            if (state.stderr instanceof dev.taipan.runtime.PyTextIO t) t.writeThrough = true;
        }
        if (state.devMode || !state.warnOptions.isEmpty()) {
            // as CPython: -W and -X dev install their filters at start-up, so the warnings module is loaded
            state.importer.importModule("warnings", state.sys.globals, null, 0);
        }
    }

    /** Runs source (null: none) as __main__ (sys.path[0] = pathEntry unless null), then the interactive session if any. */
    private int execMain(String source, String filename, String pathEntry, PyObject mainPackage) {
        if (pathEntry != null) SysSetup.insertPath(state, pathEntry);
        PyModule main = new PyModule("__main__");
        main.globals.putStr("__builtins__", state.builtinsModule);
        main.globals.putStr("__package__", mainPackage);
        if (!filename.startsWith("<")) main.globals.putStr("__file__", PyStr.of(filename));
        state.modules.putStr("__main__", main);
        try {
            runProgram(source, filename, main);
            joinThreads();
            finalizeObjects();
            flushStreams();
            return 0;
        } catch (SyntaxErrorException se) {
            flushStreams();
            err.print(TracebackPrinter.exceptionLine(Runner.toPython(se).value));
            return 1;
        } catch (PyException e) {
            return uncaught(e.value);
        }
    }

    /**
     * The program, then the interactive session of -i (or of no program: the REPL). Before a
     * session, an error of the program is shown as CPython's -i shows it (SystemExit too) and
     * the session starts anyway; an exception the session raises (SystemExit) ends the run.
     */
    private void runProgram(String source, String filename, PyModule main) {
        InterpreterOptions.Interactive session = options.interactive;
        if (session == null) {
            Runner.runModuleCode(Runner.compileModule(source, filename), main.globals, state);
            return;
        }
        if (source != null) {
            try {
                Runner.runModuleCode(Runner.compileModule(source, filename), main.globals, state);
            } catch (SyntaxErrorException se) {
                flushStreams();
                err.print(TracebackPrinter.exceptionLine(Runner.toPython(se).value));
            } catch (PyException e) {
                flushStreams();
                err.print(TracebackPrinter.format(e.value));
            }
        }
        session.run(state, main);
    }

    /** Prints an uncaught exception as CPython does and returns the exit code (SystemExit's own). */
    private int uncaught(PyBaseException e) {
        flushStreams();
        if (e.isInstance(PyExc.SystemExit)) {
            try {
                joinThreads();
            } catch (PyException ignored) {
                // a KeyboardInterrupt while waiting for threads ends the wait
            }
            PyObject code = e.type().lookup("code").descrGet(e, e.type());
            int status;
            if (code == PyNone.NONE) {
                status = 0;
            } else if (code instanceof PyInt i) {
                status = (int) (i.isBig() ? -1 : i.value);
            } else {
                err.println(code.str());
                status = 1;
            }
            try {
                runFinalizers();
                flushStreams();
            } catch (PyException ignored) {
                // a KeyboardInterrupt in a __del__ at exit ends them
            }
            return status;
        }
        report(e);
        err.flush();
        try {
            joinThreads();
            finalizeObjects();
            flushStreams();
        } catch (PyException ignored) {
            // a report that fails at exit is lost, as in CPython
        }
        return e.isInstance(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    /** Reports an uncaught exception through sys.excepthook, as CPython does (the built-in hook prints the traceback). */
    private void report(PyBaseException e) {
        PyObject hook = state.sys.globals.getStr("excepthook");
        if (hook == null || hook == PyNone.NONE) {
            err.print("sys.excepthook is missing\n" + TracebackPrinter.format(e));
            return;
        }
        if (hook == state.sys.globals.getStr("__excepthook__")) {
            err.print(TracebackPrinter.format(e));
            return;
        }
        try {
            PyObject tb = e.lookupAttr("__traceback__");
            hook.call(new PyObject[] {e.type(), e, tb == null ? PyNone.NONE : tb}, null);
            flushStreams();
        } catch (PyException failed) {
            err.print("Error in sys.excepthook:\n" + TracebackPrinter.format(failed.value) + "\nOriginal exception was:\n"
                    + TracebackPrinter.format(e));
        }
    }

    /**
     * As interpreter shutdown does: waits for the non-daemon threads the program started (threading._shutdown),
     * then calls the functions registered with atexit (which reports their exceptions itself).
     */
    private void joinThreads() {
        PyObject threading = state.modules.getStr("threading");
        if (threading != null) {
            try {
                dev.taipan.runtime.Call.invoke(threading, "_shutdown");
            } catch (PyException e) {
                err.print("Exception ignored on threading shutdown:\n" + TracebackPrinter.format(e.value));
            }
        }
        PyObject atexit = state.modules.getStr("atexit");
        if (atexit != null) dev.taipan.runtime.Call.invoke(atexit, "_run_exitfuncs");
    }

    /**
     * What CPython does as objects are freed at exit: their __del__ methods (of __main__'s globals first),
     * then the reports of never-awaited coroutines and never-retrieved task exceptions.
     */
    private void finalizeObjects() {
        runFinalizers();
        dev.taipan.eval.NeverAwaited.reportCollected(true, true);
        if (state.aio != null) dev.taipan.aio.AioState.of(state).reportUnretrieved(false, true);
    }

    /** The __del__ methods still due at exit: of __main__'s globals first, then of every other object still alive. */
    private void runFinalizers() {
        PyObject main = state.modules.getStr("__main__");
        state.finalizers.finalizeAtExit(main instanceof PyModule m ? m.globals : null);
    }

    /** Flushes sys.stdout/sys.stderr and every buffered file, as interpreter shutdown does. */
    private void flushStreams() {
        for (PyObject stream : new PyObject[] {state.stdout, state.stderr}) {
            if (stream == null) continue;
            try {
                dev.taipan.runtime.Call.invoke(stream, "flush");
            } catch (PyException ignored) {
                // a replaced or closed stream: nothing more to flush
            }
        }
        try {
            dev.taipan.runtime.PyBufferedIO.flushAll();
        } catch (PyException ignored) {
            // a file that cannot be written any more
        }
        out.flush();
    }

    private void internalError(Throwable x) {
        out.flush();
        err.println("taipan: internal error: " + x + " (TAIPAN_TRACE=1 shows the Java stack trace)");
        if (options.env.containsKey("TAIPAN_TRACE")) x.printStackTrace(err);
        err.flush();
    }
}
