package dev.taipan.repl;

import dev.taipan.aio.EventLoop;
import dev.taipan.eval.InteractiveInput;
import dev.taipan.eval.Runner;
import dev.taipan.interp.InterpreterOptions;
import dev.taipan.parse.SyntaxErrorException;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Code;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTextIO;
import dev.taipan.runtime.Signals;
import dev.taipan.runtime.TracebackPrinter;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jline.terminal.Terminal;

/**
 * The asyncio REPL (CPython's `python -m asyncio`): the interpreter's main thread runs one event
 * loop for the whole session, while a reader thread reads entries from the console. Each entry
 * is compiled with top-level await allowed and runs as a task on that loop; tasks it starts keep
 * running between entries. Ctrl-C while an entry runs cancels it (KeyboardInterrupt); the reader
 * thread never touches Python objects: it hands requests to the loop thread and waits.
 */
public final class Repl implements InterpreterOptions.Interactive {
    private static final PyObject[] NO_ARGS = new PyObject[0];

    private final Supplier<Console> consoleFactory;
    private final boolean banner;
    /** Opened when the reader thread is about to show its first prompt. */
    private final CountDownLatch prompting = new CountDownLatch(1);

    private Console console;
    private InterpState interp;
    private PyModule main;
    private PyObject loop;
    /** The loop's Java core, once it exists: requests from the reader thread wake it. */
    private volatile EventLoop core;
    private final ConcurrentLinkedQueue<Runnable> requests = new ConcurrentLinkedQueue<>();
    private final PyObject drain = new PyBuiltin.Function("_repl_requests", "taipan", (a, kw) -> {
        runRequests();
        return PyNone.NONE;
    });
    private final PyObject entryDone = new PyBuiltin.Function("_repl_entry_done", "taipan", (a, kw) -> {
        entryFinished(a[0]);
        return PyNone.NONE;
    });
    /** The entry being run (main thread only), or null. */
    private Entry running;
    private volatile boolean leaving;
    private volatile String ps1 = ">>> ", ps2 = "... ";
    private int inputs;
    private ScopeNames names;

    /** An entry handed to the loop: its text, its task once it runs, and the latch the reader thread waits on. */
    private static final class Entry {
        final String text;
        final CountDownLatch done = new CountDownLatch(1);
        PyObject task;
        boolean interrupted;

        Entry(String text) {
            this.text = text;
        }
    }

    /** A REPL reading from the console consoleFactory makes (or finishes making) when the session starts; banner: greet first. */
    private Repl(Supplier<Console> consoleFactory, boolean banner) {
        this.consoleFactory = consoleFactory;
        this.banner = banner;
    }

    /**
     * A REPL on a terminal: jline's editing, colours, completion and history (historyFile null:
     * none). stdout and stderr are the interpreter's, which then print above the line being
     * edited; stdin, if not null, the interpreter's, which then reads lines through jline.
     * early: make the console now, on another thread, while the interpreter starts.
     */
    public static Repl onTerminal(Supplier<Terminal> terminal, ReplOutput stdout, ReplOutput stderr, TerminalInput stdin,
                                  Map<String, String> env, Path historyFile, boolean banner, boolean early) {
        Repl[] self = new Repl[1];
        Supplier<Console> make = () -> {
            TerminalConsole c = new TerminalConsole(terminal.get(), (kind, base) -> self[0].completions(kind, base),
                    historyFile, env);
            stdout.attach(c.reader());
            stderr.attach(c.reader());
            c.onNewLine(() -> {
                stdout.newLine();
                stderr.newLine();
            });
            if (stdin != null) stdin.attach(c, stdout);
            return c;
        };
        if (early) {
            CompletableFuture<Console> f = CompletableFuture.supplyAsync(make, runnable -> {
                Thread t = new Thread(runnable, "taipan-console");
                t.setDaemon(true);
                t.start();
            });
            make = f::join;
        }
        self[0] = new Repl(make, banner);
        return self[0];
    }

    /** A REPL reading entries from a pipe (stdin not a terminal), with its prompts on err as CPython's -i. */
    public static Repl onPipe(InputStream in, PrintStream err, boolean banner) {
        return new Repl(() -> new PipeConsole(in, err, true), banner);
    }

    @Override
    public void run(InterpState interp, PyModule main) {
        this.interp = interp;
        this.main = main;
        this.names = new ScopeNames(interp, main.globals);
        PyDict sys = interp.sys.globals;
        if (sys.getStr("ps1") == null) sys.putStr("ps1", PyStr.of(">>> "));
        if (sys.getStr("ps2") == null) sys.putStr("ps2", PyStr.of("... "));
        // waiting for the console (and, below, for the first prompt) lets other Python threads run
        console = Gil.blocking(consoleFactory::get);
        // what tasks print while the user types shows at once (on a terminal, as CPython's stdout)
        if (console instanceof TerminalConsole && interp.stdout instanceof PyTextIO out) out.lineBuffering = true;
        console.onInterrupt(() -> Signals.trip(interp, Signals.SIGINT));
        Thread reader = new Thread(this::readEntries, "taipan-repl-reader");
        reader.setDaemon(true);
        reader.start();
        PyException exit = null;
        try {
            // the first prompt first: importing asyncio meanwhile would only slow it down
            try {
                Gil.blocking(() -> prompting.await(1, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            startLoop();
            exit = serve();
            leaving = true;
            running = null;
            shutdown();
        } finally {
            leaving = true;
            Entry e = running;
            if (e != null) e.done.countDown();
            if (console.isTerminal()) console.message("exiting asyncio REPL...\n");
            console.close();
        }
        if (exit != null) throw exit;
    }

    /** Names for tab completion, looked up on the loop thread (nothing if the loop is busy for long). */
    List<NameCompleter.Completion> completions(NameCompleter.Kind kind, String base) {
        CompletableFuture<List<NameCompleter.Completion>> f = new CompletableFuture<>();
        submit(() -> {
            try {
                f.complete(names.names(kind, base));
            } catch (RuntimeException e) {
                f.complete(List.of());
            }
        });
        try {
            return f.get(500, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return List.of();
        }
    }

    // ---- the main thread: one event loop for the whole session ---------------------------------

    private void startLoop() {
        PyObject asyncio = interp.importer.importModule("asyncio", main.globals, null, 0);
        if (main.globals.getStr("asyncio") == null) main.globals.putStr("asyncio", asyncio);
        loop = Call.invoke(asyncio, "new_event_loop");
        Call.invoke(asyncio, "set_event_loop", loop);
        if (!(loop instanceof EventLoop el)) throw new IllegalStateException("asyncio.new_event_loop() made no Taipan loop");
        el.callSoon(drain, NO_ARGS, null);
        core = el;
    }

    /** Runs the loop until the user leaves; returns the SystemExit that ended the session, if one did. */
    private PyException serve() {
        while (!leaving) {
            try {
                Call.invoke(loop, "run_forever");
            } catch (PyException e) {
                if (e.value.isInstance(PyExc.SystemExit)) return e;
                if (e.value.isInstance(PyExc.KeyboardInterrupt)) {
                    interruptEntry();
                } else {
                    showException(e.value);
                }
            }
        }
        return null;
    }

    /** Ctrl-C reached the loop thread: the running entry is cancelled (it reports KeyboardInterrupt). */
    private void interruptEntry() {
        Entry e = running;
        if (e == null) return;
        if (e.task == null) {
            console.message("\nKeyboardInterrupt\n");
            finish(e);
            return;
        }
        if (!Call.invoke(e.task, "done").isTrue()) {
            e.interrupted = true;
            Call.invoke(e.task, "cancel");
        }
    }

    private void runRequests() {
        for (Runnable r; (r = requests.poll()) != null; ) r.run();
    }

    /** Compiles an entry and starts it as a task; a syntax error is reported at once. */
    private void start(Entry e) {
        running = e;
        String filename = "<python-input-" + inputs++ + ">";
        String text = e.text.strip();
        if ((text.equals("exit") || text.equals("quit")) && main.globals.getStr(text) == null) {
            leave();
            return;
        }
        try {
            Code code;
            try {
                code = InteractiveInput.compile(e.text, filename);
            } catch (SyntaxErrorException se) {
                showException(Runner.toPython(withText(se, e.text)).value);
                finish(e);
                return;
            }
            e.task = Call.invoke(loop, "create_task", InteractiveInput.coroutine(code, main.globals, interp));
            Call.invoke(e.task, "add_done_callback", entryDone);
        } catch (PyException x) {
            if (x.value.isInstance(PyExc.SystemExit) || x.value.isInstance(PyExc.KeyboardInterrupt)) throw x;
            showException(x.value);
            finish(e);
        }
    }

    /** The error with its source line, which a compile-time error of an entry (no file to read it from) lacks. */
    private static SyntaxErrorException withText(SyntaxErrorException se, String source) {
        String[] lines = source.split("\n", -1);
        if (se.text != null || se.lineno < 1 || se.lineno > lines.length) return se;
        return new SyntaxErrorException(se.kind, se.msg, se.filename, se.lineno, se.offset, se.endLineno, se.endOffset,
                lines[se.lineno - 1], false);
    }

    /** A task's done callback: the entry's outcome is shown and the reader thread may read the next one. */
    private void entryFinished(PyObject task) {
        Entry e = running;
        if (e == null || e.task != task) return;
        try {
            if (Call.invoke(task, "cancelled").isTrue() && e.interrupted) {
                // on a terminal, after the ^C it echoed
                console.message(console.isTerminal() ? "\nKeyboardInterrupt\n" : "KeyboardInterrupt\n");
            } else {
                try {
                    Call.invoke(task, "result");
                } catch (PyException x) {
                    showException(x.value);
                }
            }
        } finally {
            finish(e);
        }
    }

    /** The entry is over: flush what it printed, read the prompts afresh, let the reader go on. */
    private void finish(Entry e) {
        if (running == e) running = null;
        flush("stdout");
        flush("stderr");
        ps1 = prompt("ps1", ">>> ");
        ps2 = prompt("ps2", "... ");
        e.done.countDown();
    }

    private void flush(String stream) {
        PyObject s = interp.sys.globals.getStr(stream);
        if (s == null || s == PyNone.NONE) return;
        try {
            Call.invoke(s, "flush");
        } catch (PyException ignored) {
            // a stream that cannot flush has nothing we could show
        }
    }

    private String prompt(String name, String fallback) {
        PyObject p = interp.sys.globals.getStr(name);
        if (p == null) return fallback;
        try {
            return p.str();
        } catch (PyException e) {
            return fallback;
        }
    }

    /** Shows an exception as the REPL does: its traceback on sys.stderr, and it becomes sys.last_exc. */
    private void showException(PyBaseException e) {
        PyDict sys = interp.sys.globals;
        sys.putStr("last_exc", e);
        sys.putStr("last_type", e.type());
        sys.putStr("last_value", e);
        sys.putStr("last_traceback", e.traceback == null ? PyNone.NONE : e.traceback);
        flush("stdout");
        String text = e.isInstance(PyExc.SyntaxError) && e.traceback == null ? TracebackPrinter.exceptionLine(e)
                : TracebackPrinter.format(e);
        PyObject err = sys.getStr("stderr");
        try {
            if (err == null || err == PyNone.NONE) throw new IllegalStateException();
            Call.invoke(err, "write", PyStr.of(text));
            Call.invoke(err, "flush");
        } catch (RuntimeException x) {
            console.message(text);
        }
    }

    private void leave() {
        leaving = true;
        Call.invoke(loop, "stop");
        Entry e = running;
        if (e != null) finish(e);
    }

    /** As asyncio.run() ends: leftover tasks are cancelled and awaited, async generators closed, the loop closed. */
    private void shutdown() {
        try {
            PyObject asyncio = interp.importer.importModule("asyncio.runners", main.globals, new String[] {"*leaf*"}, 0);
            Call.invoke(asyncio, "_cancel_all_tasks", loop);
            Call.invoke(loop, "run_until_complete", Call.invoke(loop, "shutdown_asyncgens"));
        } catch (PyException e) {
            if (!e.value.isInstance(PyExc.KeyboardInterrupt)) showException(e.value);
        } finally {
            try {
                PyObject warnings = interp.importer.importModule("warnings", main.globals, null, 0);
                warnings.getAttr("filterwarnings").call(new PyObject[] {PyStr.of("ignore"),
                        PyStr.of("^coroutine .* was never awaited$"), PyExc.RuntimeWarning},
                        new String[] {"message", "category"});
                Call.invoke(loop, "close");
                PyObject events = interp.importer.importModule("asyncio.events", main.globals, new String[] {"*leaf*"}, 0);
                Call.invoke(events, "set_event_loop", PyNone.NONE);
            } catch (PyException e) {
                if (!e.value.isInstance(PyExc.KeyboardInterrupt)) showException(e.value);
            }
        }
    }

    // ---- the reader thread: never touches Python objects -------------------------------------

    private void readEntries() {
        if (banner) console.message(bannerText());
        while (!leaving) {
            String text;
            try {
                prompting.countDown();
                text = console.read(ps1, ps2);
            } catch (Console.Interrupted e) {
                console.message("\nKeyboardInterrupt\n");
                continue;
            } catch (RuntimeException | java.io.IOError e) {
                // the terminal failed or went away: as the end of input
                text = null;
            }
            if (leaving) return;
            if (text == null) {
                submit(this::leave);
                return;
            }
            if (EntryCheck.isBlankOrComments(text)) continue;
            Entry entry = new Entry(text);
            submit(() -> start(entry));
            try {
                entry.done.await();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private String bannerText() {
        String p = console.colour() ? "\033[1;35m" + ps1 + "\033[0m" : ps1;
        return dev.taipan.cli.Main.VERSION + " asyncio REPL on " + System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT)
                + "\nUse \"await\" directly instead of \"asyncio.run()\".\n"
                + "Type \"exit\" or press Ctrl-D to leave.\n" + p + "import asyncio\n";
    }

    /** Hands work to the loop thread (queued until the loop runs). */
    private void submit(Runnable r) {
        requests.add(r);
        EventLoop l = core;
        if (l == null) return;
        try {
            l.callSoonThreadsafe(drain, NO_ARGS, null);
        } catch (RuntimeException e) {
            // a closed loop: the session is ending
        }
    }
}
