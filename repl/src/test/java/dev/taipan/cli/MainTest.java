package dev.taipan.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: CPython's option rules, sys.argv, and CPython's words for refusals. */
class MainTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void argvForEachWayOfNamingTheProgram() {
        assertEquals(List.of("-c", "a", "-b"), CommandLine.parse(new String[] {"-c", "pass", "a", "-b"}).argv);
        assertEquals(List.of("x.py", "-c", "1"), CommandLine.parse(new String[] {"x.py", "-c", "1"}).argv);
        assertEquals(List.of("-", "y"), CommandLine.parse(new String[] {"-", "y"}).argv);
        assertEquals(List.of(""), CommandLine.parse(new String[] {}).argv);
        assertEquals(List.of("-m", "z"), CommandLine.parse(new String[] {"-m", "mod", "z"}).argv);
        assertEquals(List.of("-c"), CommandLine.parse(new String[] {"-u", "-cpass"}).argv);
        assertEquals(List.of("-x.py"), CommandLine.parse(new String[] {"--", "-x.py"}).argv);
    }

    @Test
    void groupedFlagsAndAttachedArguments() {
        CommandLine cl = CommandLine.parse(new String[] {"-uqi", "-Wignore", "-W", "error", "-Xdev", "-c", "x"});
        assertTrue(cl.unbuffered && cl.quiet && cl.inspect && cl.devMode);
        assertEquals(List.of("ignore", "error"), cl.warnOptions);
        assertEquals(CommandLine.Action.CODE, cl.action);
        assertEquals("x", cl.target);
        CommandLine code = CommandLine.parse(new String[] {"-ucprint(1)"});
        assertEquals("print(1)", code.target);
        assertTrue(code.unbuffered);
    }

    @Test
    void helpWinsOverVersionAndOptionsAfterTheProgramAreItsOwn() {
        assertEquals(CommandLine.Action.HELP, CommandLine.parse(new String[] {"-V", "-h"}).action);
        assertEquals(CommandLine.Action.SCRIPT, CommandLine.parse(new String[] {"x.py", "-h"}).action);
        Result help = run("--help");
        assertEquals(0, help.code);
        assertTrue(help.out.startsWith(CommandLine.USAGE_LINE + "\n"), help.out);
    }

    @Test
    void version() {
        assertEquals(new Result(0, "Taipan 0.1.0 (Python 3.14 compatible)\n", ""), run("-V"));
        assertEquals(new Result(0, "Taipan 0.1.0 (Python 3.14 compatible)\n", ""), run("--version"));
    }

    @Test
    void unknownOptionsAsCPythonWordsThem() {
        String usage = CommandLine.USAGE_LINE + "\nTry `taipan -h' for more information.\n";
        assertEquals(new Result(2, "", "Unknown option: -Z\n" + usage), run("-Z"));
        assertEquals(new Result(2, "", "unknown option --frobnicate\n" + usage), run("--frobnicate"));
        assertEquals(new Result(2, "", "Argument expected for the -c option\n" + usage), run("-c"));
        assertEquals(new Result(2, "", "Argument expected for the -W option\n" + usage), run("-W"));
    }

    @Test
    void refusedOptionsSaySo() {
        Result x = run("-X", "frozen_modules=off", "-c", "pass");
        assertEquals(2, x.code);
        assertTrue(x.err.contains("-X frozen_modules=off is not supported"), x.err);
        assertEquals(2, run("-O", "-c", "pass").code);
    }

    @Test
    void importTimeListsEachFirstImportWithItsNesting() {
        Result x = run("-X", "importtime", "-c", "import json; import json; print('ok')");
        assertEquals(0, x.code, x.err);
        assertEquals("ok\n", x.out);
        String[] lines = x.err.split("\n");
        assertEquals("import time: self [us] | cumulative | imported package", lines[0]);
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("import time: {1,9}\\d+ \\| {1,10}\\d+ \\| ( *)([\\w.]+)");
        int json = 0;
        for (int i = 1; i < lines.length; i++) {
            java.util.regex.Matcher m = row.matcher(lines[i]);
            assertTrue(m.matches(), lines[i]);
            if (m.group(2).equals("json")) {
                json++;
                assertEquals("", m.group(1), "json is imported at the top level");
            } else if (m.group(2).startsWith("json.")) {
                assertTrue(m.group(1).length() >= 2, "json's submodules are nested: " + lines[i]);
            }
        }
        assertEquals(1, json, "a module already imported is not listed again");
    }

    @Test
    void dashMRunsAModuleAsMain() throws Exception {
        Files.writeString(dir.resolve("mod.py"), "import sys\nprint(__name__, sys.argv, repr(__package__), sys.path[0] == " + "'" + dir + "')\n");
        assertEquals(new Result(0, "__main__ ['" + dir + "/mod.py', 'a', '-b'] '' True\n", ""), run("-m", "mod", "a", "-b"));
        Path pkg = Files.createDirectory(dir.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "print('init')\n");
        Files.writeString(pkg.resolve("__main__.py"), "from . import helper\nprint(__name__, __package__, helper.X)\n");
        Files.writeString(pkg.resolve("helper.py"), "X = 42\n");
        assertEquals(new Result(0, "init\n__main__ pkg 42\n", ""), run("-m", "pkg"));
        Files.writeString(pkg.resolve("tool.py"), "raise SystemExit(3)\n");
        assertEquals(3, run("-m", "pkg.tool").code);
    }

    @Test
    void dashMRefusalsInRunpysWords() throws Exception {
        assertEquals(new Result(1, "", "taipan: No module named nosuch\n"), run("-m", "nosuch"));
        assertEquals(new Result(1, "", "taipan: No module named json.__main__; 'json' is a package and cannot be "
                + "directly executed\n"), run("-m", "json"));
        assertEquals(new Result(1, "", "taipan: Relative module names not supported\n"), run("-m", ".x"));
        assertEquals(new Result(1, "", "taipan: No code object available for sys\n"), run("-m", "sys"));
        assertEquals(new Result(1, "", "taipan: Error while finding module specification for 'nosuch.sub' "
                + "(ModuleNotFoundError: No module named 'nosuch')\n"), run("-m", "nosuch.sub"));
        Files.writeString(dir.resolve("broken.py"), "1/0\n");
        Result broken = run("-m", "broken");
        assertEquals(1, broken.code);
        assertTrue(broken.err.endsWith("ZeroDivisionError: division by zero\n"), broken.err);
    }

    @Test
    void dashMAsyncioAloneOpensTheRepl() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"-m", "asyncio"}, new ByteArrayInputStream("await asyncio.sleep(0, 5)\n".getBytes()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        assertEquals(0, code);
        assertEquals("5\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("asyncio REPL"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void whenTheReplOpens() {
        assertTrue(Main.wantsRepl(CommandLine.parse(new String[] {}), true));
        assertFalse(Main.wantsRepl(CommandLine.parse(new String[] {}), false)); // a pipe: a program
        assertTrue(Main.wantsRepl(CommandLine.parse(new String[] {"-"}), true));
        assertFalse(Main.wantsRepl(CommandLine.parse(new String[] {"-"}), false));
        assertTrue(Main.wantsRepl(CommandLine.parse(new String[] {"-i"}), false));
        assertTrue(Main.wantsRepl(CommandLine.parse(new String[] {"-i", "x.py"}), false));
        assertTrue(Main.wantsRepl(CommandLine.parse(new String[] {"-m", "asyncio"}), false));
        assertFalse(Main.wantsRepl(CommandLine.parse(new String[] {"-m", "asyncio", "ps", "1"}), true));
        assertFalse(Main.wantsRepl(CommandLine.parse(new String[] {"-c", "pass"}), true));
    }

    @Test
    void scriptsThatCannotBeOpened() throws Exception {
        assertEquals(new Result(2, "", "taipan: can't open file '" + dir + "/nope.py': "
                + "[Errno 2] No such file or directory\n"), run("nope.py"));
        assertEquals(new Result(2, "", "taipan: can't open file '" + dir + "/../nope.py': "
                + "[Errno 2] No such file or directory\n"), run("../nope.py"));
        Files.createDirectory(dir.resolve("pkg"));
        assertEquals(new Result(1, "", "taipan: can't find '__main__' module in '" + dir + "/pkg'\n"),
                run("pkg"));
    }
}
