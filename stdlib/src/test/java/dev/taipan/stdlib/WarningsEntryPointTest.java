package dev.taipan.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.InterpreterOptions;
import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.Warnings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's Java entry points for warnings (dev.taipan.runtime.Warnings), driven from Python through a
 * test-only module; the expected text is what CPython 3.13 prints for the same warnings.
 */
class WarningsEntryPointTest {
    @TempDir
    Path dir;

    /** _warnings_test: calls the Java entry points from Python code. */
    public static final class Hooks implements NativeModule {
        @Override
        public String name() {
            return "_warnings_test";
        }

        @Override
        public PyModule create(InterpState interp) {
            PyModule m = new PyModule("_warnings_test");
            m.function("warn", (a, kw) -> {
                ArgParser.count("warn", a, kw, 3, 3);
                Warnings.warn((PyType) a[0], ((PyStr) a[1]).value, Protocols.index(a[2]).asInt());
                return PyNone.NONE;
            });
            m.function("warn_explicit", (a, kw) -> {
                ArgParser.count("warn_explicit", a, kw, 4, 4);
                Frame f = ThreadState.current().frame;
                Warnings.warnExplicit((PyType) a[0], ((PyStr) a[1]).value, ((PyStr) a[2]).value, Protocols.index(a[3]).asInt(), f.globals,
                        null);
                return PyNone.NONE;
            });
            m.function("never_awaited", (a, kw) -> {
                ArgParser.count("never_awaited", a, kw, 1, 1);
                Frame f = ThreadState.current().frame;
                Warnings.coroutineNeverAwaited(a[0], a[0].getAttr("__qualname__").str(), f, f.line, false);
                return PyNone.NONE;
            });
            m.function("never_awaited_at_exit", (a, kw) -> {
                ArgParser.count("never_awaited_at_exit", a, kw, 1, 1);
                Warnings.coroutineNeverAwaited(null, a[0].str(), null, 0, true);
                return PyNone.NONE;
            });
            return m;
        }
    }

    /** Runs a script as main.py; returns its stdout, then "--- stderr", then its stderr. */
    private String run(String source, String... warnOptions) throws Exception {
        Files.writeString(dir.resolve("main.py"), source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterOptions o = new InterpreterOptions();
        o.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        o.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        o.cwd = dir;
        o.argv.add("main.py");
        o.warnOptions = List.of(warnOptions);
        new Interpreter(o).runScript("main.py");
        return out.toString(StandardCharsets.UTF_8) + "--- stderr\n" + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void neverAwaitedCoroutineImportsWarningsAndSuggestsTracemalloc() throws Exception {
        String script = """
                import sys, _warnings_test as t
                async def f(): pass
                print('warnings' in sys.modules)
                t.never_awaited(c := f())
                print('warnings' in sys.modules)
                c.close()
                """;
        assertEquals("""
                False
                True
                --- stderr
                main.py:4: RuntimeWarning: coroutine 'f' was never awaited
                  t.never_awaited(c := f())
                RuntimeWarning: Enable tracemalloc to get the object allocation traceback
                """, run(script));
    }

    @Test
    void neverAwaitedCoroutineIsRecordedByCatchWarnings() throws Exception {
        String script = """
                import warnings, _warnings_test as t
                async def work(): pass
                with warnings.catch_warnings(record=True) as log:
                    warnings.simplefilter("always")
                    c = work()
                    t.never_awaited(c)
                w = log[0]
                print(len(log), w.category.__name__, w.message, w.lineno, w.source is c)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    t.never_awaited(c)
                c.close()
                """;
        assertEquals("""
                1 RuntimeWarning coroutine 'work' was never awaited 6 True
                --- stderr
                """, run(script));
    }

    @Test
    void neverAwaitedUnderErrorFilterIsUnraisable() throws Exception {
        String script = """
                import warnings, _warnings_test as t
                async def f(): pass
                warnings.simplefilter("error")
                c = f()
                t.never_awaited(c)
                print("still running")
                c.close()
                """;
        String out = run(script).replaceAll("0x[0-9a-f]+", "0x?");
        assertEquals("""
                still running
                --- stderr
                Exception ignored in: <coroutine object f at 0x?>
                RuntimeWarning: coroutine 'f' was never awaited
                """, out);
    }

    @Test
    void neverAwaitedAtExitHasNoFrame() throws Exception {
        assertEquals("""
                --- stderr
                <sys>:0: RuntimeWarning: coroutine 'f' was never awaited
                """, run("import _warnings_test as t\nt.never_awaited_at_exit('f')\n"));
    }

    @Test
    void warnWithoutTheModulePrintsOncePerLocation() throws Exception {
        String script = """
                import sys, _warnings_test as t
                def g():
                    t.warn(RuntimeWarning, "from java", 2)
                for i in range(3):
                    g()
                t.warn(UserWarning, "here", 1)
                t.warn(DeprecationWarning, "deprecated in main", 1)
                t.warn(PendingDeprecationWarning, "ignored", 1)
                print('warnings' in sys.modules, sorted(str(k) for k in __warningregistry__))
                """;
        assertEquals("""
                False ["('deprecated in main', <class 'DeprecationWarning'>, 7)", "('from java', <class 'RuntimeWarning'>, 5)", "('here', <class 'UserWarning'>, 6)", 'version']
                --- stderr
                main.py:5: RuntimeWarning: from java
                  g()
                main.py:6: UserWarning: here
                  t.warn(UserWarning, "here", 1)
                main.py:7: DeprecationWarning: deprecated in main
                  t.warn(DeprecationWarning, "deprecated in main", 1)
                """, run(script));
    }

    @Test
    void warnFollowsTheFiltersOfTheModule() throws Exception {
        String script = """
                import warnings, _warnings_test as t
                warnings.simplefilter("error", RuntimeWarning)
                try:
                    t.warn(RuntimeWarning, "now an error", 1)
                except RuntimeWarning as e:
                    print("caught", repr(e))
                warnings.resetwarnings()
                def show(message, category, filename, lineno, file=None, line=None):
                    print("shown:", category.__name__, message, filename, lineno)
                warnings.showwarning = show
                t.warn_explicit(UserWarning, "explicit", "other.py", 42)
                """;
        assertEquals("""
                caught RuntimeWarning('now an error')
                shown: UserWarning explicit other.py 42
                --- stderr
                """, run(script));
    }

    @Test
    void warnOptionsApplyBeforeTheModuleIsImportedByTheProgram() throws Exception {
        String script = """
                import _warnings_test as t
                try:
                    t.warn(UserWarning, "boom", 1)
                except UserWarning as e:
                    print("error:", e)
                """;
        assertEquals("""
                error: boom
                --- stderr
                """, run(script, "error::UserWarning"));
    }
}
