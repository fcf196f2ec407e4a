package dev.taipan.runtime;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything one interpreter instance shares across its threads: builtins, sys.modules, streams, settings. */
public final class InterpState {
    public final PyDict builtins = new PyDict();
    /** sys.modules */
    public final PyDict modules = new PyDict();
    public PyModule sys;
    public PyModule builtinsModule;
    public int recursionLimit = 1000;
    /** sys.get_int_max_str_digits(): the longest int str() converts (0 = unlimited). */
    public int intMaxStrDigits = 4300;
    public final List<String> argv = new ArrayList<>();
    public Path cwd;
    public Map<String, String> env;
    public InputStream stdinStream;
    public PrintStream stdoutStream;
    public PrintStream stderrStream;
    /** sys.stdout / sys.stderr / sys.stdin as Python objects (may be replaced by the program). */
    public PyObject stdout;
    public PyObject stderr;
    public PyObject stdin;
    public boolean devMode;
    /** -X importtime or PYTHONPROFILEIMPORTTIME: the import system reports each module's time. */
    public boolean importTime;
    /** The interpreter lock (DESIGN.md §6). */
    public final Gil gil = new Gil();
    /** Python signal handlers and pending signals. */
    public final Signals signals = new Signals();
    /** The weak references (weakref.ref, proxies) and their callbacks, in a side table. */
    public final WeakRefs weakRefs = new WeakRefs();
    /** The __del__ methods waiting to run once the collector found their objects unreachable. */
    public final Finalizers finalizers = new Finalizers(weakRefs);
    /** The asyncio core's per-interpreter state (dev.taipan.aio.AioState), created on first use. */
    public Object aio;
    public List<String> warnOptions = new ArrayList<>();
    /** The warnings filters and registries (created on first use by Warnings.of). */
    public Warnings warnings;
    /** Imports a module by absolute dotted name (set by the interpreter: finds built-in and .py modules). */
    public Importer importer;
    /** Compiles and runs source text (exec/eval/compile builtins). */
    public SourceRunner sourceRunner;
    /** Checks source text for syntax and scope errors without running it (the compile builtin). */
    public SourceChecker sourceChecker;

    /** compile()'s eager check, provided by the evaluator: raises SyntaxError for bad source. */
    public interface SourceChecker {
        void check(String source, String filename, String mode);
    }

    /** The import system's entry point, provided by the evaluator. */
    public interface Importer {
        PyObject importModule(String name, PyDict globals, String[] fromlist, int level);
    }

    /** exec()/eval() of source strings, provided by the evaluator. */
    public interface SourceRunner {
        PyObject run(String source, String filename, String mode, PyDict globals, PyObject locals);
    }
}
