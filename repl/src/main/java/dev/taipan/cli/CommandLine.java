package dev.taipan.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line, `taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...`,
 * read with CPython's getopt rules: options may be grouped (`-uq`), an option's argument may
 * be attached (`-Wignore`, `-cprint(1)`) or follow, `-c` and `-m` end the option list, and
 * `--` ends it too.
 */
final class CommandLine {
    /** What the command line asks for. */
    enum Action { SCRIPT, CODE, MODULE, STDIN, HELP, VERSION, ERROR }

    Action action = Action.STDIN;
    /** The script path, the code string or the module name, as the action needs. */
    String target;
    /** sys.argv as CPython sets it. */
    final List<String> argv = new ArrayList<>();
    boolean unbuffered;
    boolean quiet;
    boolean inspect;
    boolean devMode;
    boolean importTime;
    final List<String> warnOptions = new ArrayList<>();
    /** For ERROR: the lines to print on stderr; {@link #showUsage} adds CPython's usage lines. */
    String errorMessage;
    boolean showUsage;

    static final String USAGE_LINE =
            "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /** Options that take an argument. */
    private static final String WITH_ARGUMENT = "cmWX";
    /** CPython options that change nothing in Taipan; accepted so that shebang lines work. */
    private static final String IGNORED = "BEsS";
    /** CPython options whose behaviour Taipan lacks; refused rather than ignored. */
    private static final String UNSUPPORTED = "bdIOPvx";

    private CommandLine() {}

    static CommandLine parse(String[] args) {
        CommandLine cl = new CommandLine();
        cl.parseInto(args);
        return cl;
    }

    private void parseInto(String[] args) {
        boolean help = false;
        boolean version = false;
        int i = 0;
        options:
        while (i < args.length) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            i++;
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("--")) {
                switch (arg) {
                    case "--help", "--help-all" -> help = true;
                    case "--version" -> version = true;
                    default -> {
                        fail("unknown option " + arg, true);
                        return;
                    }
                }
                continue;
            }
            for (int k = 1; k < arg.length(); k++) {
                char opt = arg.charAt(k);
                String value = null;
                if (WITH_ARGUMENT.indexOf(opt) >= 0) {
                    if (k + 1 < arg.length()) {
                        value = arg.substring(k + 1);
                    } else if (i < args.length) {
                        value = args[i++];
                    } else {
                        fail("Argument expected for the -" + opt + " option", true);
                        return;
                    }
                }
                switch (opt) {
                    case 'c' -> {
                        action = Action.CODE;
                        target = value;
                        argv.add("-c");
                        addRest(args, i);
                        break options;
                    }
                    case 'm' -> {
                        action = Action.MODULE;
                        target = value;
                        // CPython shows "-m" until the module is found, then its file's full path.
                        argv.add("-m");
                        addRest(args, i);
                        break options;
                    }
                    case 'W' -> warnOptions.add(value);
                    case 'X' -> {
                        if (value.equals("dev")) {
                            devMode = true;
                        } else if (value.equals("importtime")) {
                            importTime = true;
                        } else {
                            fail("taipan: -X " + value + " is not supported (the -X options are dev and importtime)", false);
                            return;
                        }
                    }
                    case 'h', '?' -> help = true;
                    case 'V' -> version = true;
                    case 'u' -> unbuffered = true;
                    case 'q' -> quiet = true;
                    case 'i' -> inspect = true;
                    default -> {
                        if (IGNORED.indexOf(opt) >= 0) {
                            break;
                        }
                        if (UNSUPPORTED.indexOf(opt) >= 0) {
                            fail("taipan: option -" + opt + " is not supported", false);
                        } else {
                            fail("Unknown option: -" + opt, true);
                        }
                        return;
                    }
                }
                if (value != null) {
                    break; // the rest of this argument was the option's value
                }
            }
        }
        if (help) {
            action = Action.HELP;
        } else if (version) {
            action = Action.VERSION;
        } else if (action == Action.CODE || action == Action.MODULE) {
            // argv is set
        } else if (i < args.length) {
            String first = args[i];
            action = first.equals("-") ? Action.STDIN : Action.SCRIPT;
            target = first;
            addRest(args, i);
        } else {
            action = Action.STDIN;
            argv.add("");
        }
    }

    private void addRest(String[] args, int from) {
        for (int j = from; j < args.length; j++) {
            argv.add(args[j]);
        }
    }

    private void fail(String message, boolean usage) {
        action = Action.ERROR;
        errorMessage = message;
        showUsage = usage;
    }

    static String helpText() {
        return USAGE_LINE + "\n" + """
                Options:
                -c cmd : program passed in as string (terminates option list)
                -h     : print this help message and exit (also -? or --help)
                -i     : inspect interactively after running script; forces a prompt even
                         if stdin does not appear to be a terminal
                -m mod : run library module as a script (terminates option list)
                -q     : don't print version and copyright messages on interactive startup
                -u     : force the stdout and stderr streams to be unbuffered;
                         this option has no effect on stdin
                -V     : print the Taipan version number and exit (also --version)
                -W arg : warning control; arg is action:message:category:module:lineno
                -X opt : set implementation-specific option: -X dev (development mode) or
                         -X importtime (show how long each import takes)
                -B, -E, -s, -S : accepted for compatibility with CPython; no effect

                Arguments:
                file   : program read from script file
                -      : program read from stdin (default; interactive mode if a tty)
                arg ...: arguments passed to program in sys.argv[1:]

                Interactive mode (also -m asyncio) is the asyncio REPL: top-level await, one event
                loop for the whole session, Ctrl-C cancels what runs, Ctrl-D or exit leaves.

                Environment variables:
                PYTHONPATH         : ':'-separated folders searched for modules before the library
                PYTHONASYNCIODEBUG : if non-empty, asyncio's debug mode
                PYTHONPROFILEIMPORTTIME : if non-empty, as -X importtime
                NO_COLOR           : if non-empty, no colours in the REPL (PYTHON_COLORS=0|1 decides first)
                PYTHON_HISTORY     : the REPL's history file (default: ~/.taipan_history)
                """;
    }
}
