package dev.taipan.cli;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.InterpreterOptions;
import dev.taipan.repl.Repl;
import dev.taipan.repl.ReplOutput;
import dev.taipan.repl.ReplTerminal;
import dev.taipan.repl.ReplTraining;
import dev.taipan.repl.TerminalInput;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.function.Supplier;

import org.jline.terminal.Terminal;

/** The `taipan` command: reads the command line, runs the program it names, exits with its code. */
public final class Main {
    public static final String VERSION = "Taipan 0.1.0 (Python 3.14 compatible)";
    private static final String PROGRAM = "taipan";

    private Main() {}

    public static void main(String[] args) {
        CommandLine cl = CommandLine.parse(args);
        boolean stdinIsTerminal = isTerminal(0);
        // The REPL's terminal is made while the interpreter starts (it takes a while); with -i
        // and a program, only when the program is done, so that its Ctrl-C stays the program's.
        ReplTerminal.Ref terminal = null;
        InputStream in = System.in;
        if (stdinIsTerminal && wantsRepl(cl, true)) {
            terminal = ReplTerminal.system(!hasProgram(cl));
            in = new TerminalInput(in); // input() reads through jline once the REPL runs
        }
        // Like CPython: stdout is block-buffered unless it is a terminal or -u is given;
        // stderr is always line-buffered.
        PrintStream out = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                cl.unbuffered || isTerminal(1), StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 13),
                true, StandardCharsets.UTF_8);
        int code = run(args, in, out, err, Path.of("").toAbsolutePath(), terminal);
        if (Boolean.getBoolean(ReplTraining.PROPERTY)) ReplTraining.run(Path.of("").toAbsolutePath());
        System.exit(code);
    }

    /**
     * Everything `taipan ARGS` does but exiting: the in-process entry point for tests.
     * Relative paths are resolved against {@code cwd}; the streams are flushed, not closed.
     * Standard input counts as a pipe: the REPL (-i) reads its entries from it without prompts on stdout.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd) {
        return run(args, in, out, err, cwd, null);
    }

    /**
     * As {@link #run(String[], InputStream, PrintStream, PrintStream, Path)}; a REPL, if the
     * command line asks for one, runs on the terminal given (null: stdin is not a terminal).
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd,
                          Supplier<Terminal> terminal) {
        try {
            return dispatch(CommandLine.parse(args), in, out, err, cwd.toAbsolutePath(), terminal);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Whether the command line asks for the REPL: -i, `-m asyncio` alone, or nothing to run and a terminal to type on. */
    static boolean wantsRepl(CommandLine cl, boolean stdinIsTerminal) {
        return switch (cl.action) {
            case STDIN -> cl.inspect || stdinIsTerminal; // `-` too, as CPython
            case MODULE -> cl.inspect || "asyncio".equals(cl.target) && cl.argv.size() == 1;
            case SCRIPT, CODE -> cl.inspect;
            default -> false;
        };
    }

    /** Whether a program runs before the REPL (-i with a script, -c or -m). */
    private static boolean hasProgram(CommandLine cl) {
        return cl.action == CommandLine.Action.SCRIPT || cl.action == CommandLine.Action.CODE
                || cl.action == CommandLine.Action.MODULE && !"asyncio".equals(cl.target);
    }

    private static int dispatch(CommandLine cl, InputStream in, PrintStream out, PrintStream err, Path cwd,
                                Supplier<Terminal> terminal) {
        switch (cl.action) {
            case HELP -> {
                out.print(CommandLine.helpText());
                return 0;
            }
            case VERSION -> {
                out.println(VERSION);
                return 0;
            }
            case ERROR -> {
                err.println(cl.errorMessage);
                if (cl.showUsage) {
                    err.println(CommandLine.USAGE_LINE);
                    err.println("Try `" + PROGRAM + " -h' for more information.");
                }
                return 2;
            }
            default -> { }
        }
        if (cl.action == CommandLine.Action.SCRIPT) {
            Integer refused = checkScript(cl.target, cwd, err);
            if (refused != null) {
                return refused;
            }
        }
        boolean repl = wantsRepl(cl, terminal != null);
        InterpreterOptions opts = new InterpreterOptions();
        opts.argv = cl.argv;
        opts.stdin = in;
        opts.stdout = out;
        opts.stderr = err;
        opts.cwd = cwd;
        opts.env = new HashMap<>(System.getenv());
        if (repl) {
            boolean banner = !cl.quiet && !hasProgram(cl);
            if (terminal != null) {
                ReplOutput replOut = new ReplOutput(out);
                ReplOutput replErr = new ReplOutput(err);
                opts.stdout = new PrintStream(replOut, true, StandardCharsets.UTF_8);
                opts.stderr = new PrintStream(replErr, true, StandardCharsets.UTF_8);
                // with no program first, the console is made while the interpreter starts
                opts.interactive = Repl.onTerminal(terminal, replOut, replErr, in instanceof TerminalInput ti ? ti : null,
                        opts.env, ReplTerminal.historyFile(opts.env), banner, !hasProgram(cl));
            } else {
                opts.interactive = Repl.onPipe(in, err, banner);
            }
        }
        opts.unbuffered = cl.unbuffered;
        opts.quiet = cl.quiet;
        opts.inspect = cl.inspect;
        opts.devMode = cl.devMode;
        opts.importTime = cl.importTime;
        opts.warnOptions = cl.warnOptions;
        try {
            Interpreter interpreter = new Interpreter(opts);
            return switch (cl.action) {
                case SCRIPT -> interpreter.runScript(cl.target);
                case CODE -> interpreter.runCode(cl.target);
                case MODULE -> repl && !hasProgram(cl) ? interpreter.runInteractive() : interpreter.runModule(cl.target);
                default -> repl ? interpreter.runInteractive() : interpreter.runStdin();
            };
        } catch (RuntimeException | Error e) {
            return internalError(e, opts, err);
        }
    }

    /**
     * CPython's refusals of a script it cannot open, with its words and exit codes;
     * null when the script can be read.
     */
    private static Integer checkScript(String script, Path cwd, PrintStream err) {
        // CPython joins, not normalizes: 'python3 ../x.py' in /tmp/d names '/tmp/d/../x.py'.
        String shown = script.startsWith("/") ? script
                : script.isEmpty() ? cwd.toString() : cwd + "/" + script;
        Path path = cwd.resolve(script);
        if (Files.isDirectory(path)) {
            if (Files.exists(path.resolve("__main__.py"))) {
                err.println(PROGRAM + ": running a directory's __main__.py is not supported yet");
                return 2;
            }
            err.println(PROGRAM + ": can't find '__main__' module in '" + shown + "'");
            return 1;
        }
        if (!Files.exists(path)) {
            err.println(PROGRAM + ": can't open file '" + shown + "': [Errno 2] No such file or directory");
            return 2;
        }
        if (!Files.isReadable(path)) {
            err.println(PROGRAM + ": can't open file '" + shown + "': [Errno 13] Permission denied");
            return 2;
        }
        return null;
    }

    /** A Java exception escaped the interpreter: a bug. Say so in one line, not a Java stack trace. */
    private static int internalError(Throwable e, InterpreterOptions opts, PrintStream err) {
        opts.stdout.flush();
        err.println(PROGRAM + ": internal error: " + e + " (TAIPAN_TRACE=1 shows the Java stack trace)");
        if (opts.env.containsKey("TAIPAN_TRACE")) {
            e.printStackTrace(err);
        }
        return 70;
    }

    /** Whether file descriptor fd (0, 1, 2) is a terminal; Linux's /proc tells without a native call. */
    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
