package dev.taipan.repl;

import dev.taipan.cli.Main;
import dev.taipan.runtime.Signals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REPL driven through jline's dumb terminal with scripted keys, as a person would type. */
class ReplTest {
    @TempDir
    Path dir;

    /** A REPL at its first prompt. */
    private ReplSession start(String... args) throws Exception {
        ReplSession s = new ReplSession(dir, args);
        s.waitFor(">>> import asyncio\n");
        s.waitFor(">>> ");
        return s;
    }

    @Test
    void bannerThenPrompt() throws Exception {
        ReplSession s = new ReplSession(dir);
        String banner = s.waitFor(">>> import asyncio\n");
        assertTrue(banner.startsWith(Main.VERSION + " asyncio REPL on "), banner);
        assertTrue(banner.contains("Use \"await\" directly instead of \"asyncio.run()\"."), banner);
        s.waitFor(">>> ");
        assertEquals(0, s.exit());
    }

    @Test
    void multiLineDefinitionsAndBlocks() throws Exception {
        // (a dumb terminal shows no "... " prompts: the tmux test sees them)
        ReplSession s = start();
        s.type("def twice(a):\n    return a * 2\n\n");
        assertEquals(">>> ", s.waitFor(">>> "));
        assertEquals("42\n>>> ", s.enter("twice(21)"));
        // a compound statement needs its blank line even on one line; its expressions echo, as in CPython
        s.type("for i in range(3): i * 10\n\n");
        assertEquals("0\n10\n20\n>>> ", s.waitFor(">>> "));
        s.type("class Point:\n    def __init__(self, x):\n        self.x = x\n\n");
        s.waitFor(">>> ");
        assertEquals("7\n>>> ", s.enter("Point(7).x"));
        // an open bracket or string continues without a blank line
        assertEquals("[1, 2]\n>>> ", s.enter("[1,\n 2]"));
        assertEquals("'two\\nlines'\n>>> ", s.enter("'''two\nlines'''"));
        s.type("if 1 > 2:\n    print('no')\nelse:\n    print('yes')\n\n");
        assertEquals("yes\n>>> ", s.waitFor(">>> "));
        assertEquals(0, s.exit());
    }

    @Test
    void topLevelAwaitAsyncForAndAsyncWith() throws Exception {
        ReplSession s = start();
        assertEquals("'slept'\n>>> ", s.enter("await asyncio.sleep(0.01, 'slept')"));
        s.type("async def count(n):\n    for i in range(n):\n        await asyncio.sleep(0)\n        yield i\n\n");
        s.waitFor(">>> ");
        assertEquals("[0, 1, 2]\n>>> ", s.enter("[i async for i in count(3)]"));
        s.type("async for i in count(2):\n    print('got', i)\n\n");
        assertEquals("got 0\ngot 1\n>>> ", s.waitFor(">>> "));
        s.type("async with asyncio.timeout(1):\n    r = await asyncio.sleep(0, 'inside')\n\n");
        s.waitFor(">>> ");
        assertEquals("'inside'\n>>> ", s.enter("r"));
        assertEquals("True\n>>> ", s.enter("asyncio.current_task() is not None"));
        assertEquals(0, s.exit());
    }

    @Test
    void backgroundTasksProgressBetweenEntries() throws Exception {
        ReplSession s = start();
        s.type("n = 0\nasync def ticker():\n    global n\n    while True:\n        n += 1\n        await asyncio.sleep(0.01)\n\n");
        s.waitFor(">>> ");
        s.waitFor(">>> ");
        s.enter("t = asyncio.create_task(ticker())");
        Thread.sleep(300);
        // nothing was typed for 0.3 s: the ticker ran meanwhile
        assertEquals("True\n>>> ", s.enter("n >= 5"));
        s.enter("m = n");
        assertEquals("True\n>>> ", s.enter("await asyncio.sleep(0.1) or n > m"));
        assertEquals(0, s.exit());
    }

    @Test
    void errorsShowATracebackAndTheSessionGoesOn() throws Exception {
        ReplSession s = start();
        s.enter("x = 5");
        String error = s.enter("x / 0");
        assertTrue(error.contains("Traceback (most recent call last):\n  File \"<python-input-1>\", line 1, in <module>\n"
                + "    x / 0\n"), error);
        assertTrue(error.endsWith("ZeroDivisionError: division by zero\n>>> "), error);
        assertEquals("5\n>>> ", s.enter("x"));
        // a real syntax error is reported at once, not taken for unfinished input
        String syntax = s.enter("x +");
        assertTrue(syntax.contains("SyntaxError: invalid syntax\n>>> "), s.transcript());
        assertFalse(syntax.contains("..."), syntax);
        s.type("async def f():\n    await g()\n\n");
        s.waitFor(">>> ");
        String nested = s.enter("await f()");
        assertTrue(nested.contains("NameError: name 'g' is not defined"), nested);
        assertEquals("True\n>>> ", s.enter("isinstance(sys.last_exc, NameError) if (sys := __import__('sys')) else 0"));
        assertEquals(0, s.exit());
    }

    @Test
    void underscoreHoldsTheLastValueShown() throws Exception {
        ReplSession s = start();
        assertEquals("42\n>>> ", s.enter("6 * 7"));
        assertEquals("43\n>>> ", s.enter("_ + 1"));
        assertEquals(">>> ", s.enter("None"));
        assertEquals("43\n>>> ", s.enter("_"));
        assertEquals(0, s.exit());
    }

    @Test
    void exitCancelsLeftoverTasks() throws Exception {
        ReplSession s = start();
        s.type("async def sleeper():\n    try:\n        await asyncio.sleep(100)\n    finally:\n        print('cleaned up')\n\n");
        s.waitFor(">>> ");
        s.enter("t = asyncio.create_task(sleeper())");
        s.type("exit\n");
        assertEquals(0, s.exit());
        assertTrue(s.rest().contains("cleaned up"), s.rest());
    }

    @Test
    void quitAndEndOfInputLeaveToo() throws Exception {
        ReplSession d = start();
        assertEquals(0, d.exit()); // Ctrl-D: the end of input
    }

    @Test
    void systemExitEndsTheSessionWithItsCode() throws Exception {
        ReplSession s = start();
        s.type("import sys; sys.exit(4)\n");
        assertEquals(4, s.exit());
        assertFalse(s.rest().contains("Traceback"), s.rest());
    }

    @Test
    void ctrlCWhileTypingDiscardsTheLine() throws Exception {
        ReplSession s = start();
        s.type("half typed\u0003");
        assertEquals("\nKeyboardInterrupt\n>>> ", s.waitFor(">>> "));
        s.type("def f():\n    pass\u0003");
        s.waitFor("KeyboardInterrupt\n>>> ");
        assertEquals("'typed'\n>>> ", s.enter("'typed'"));
        assertEquals(0, s.exit());
    }

    @Test
    void ctrlCWhileRunningCancelsTheEntryButNotBackgroundTasks() throws Exception {
        ReplSession s = start();
        s.type("n = 0\nasync def ticker():\n    global n\n    while True:\n        n += 1\n        await asyncio.sleep(0.01)\n\n");
        s.waitFor(">>> ");
        s.waitFor(">>> ");
        s.enter("t = asyncio.create_task(ticker())");
        s.type("await asyncio.sleep(10)\n");
        Thread.sleep(200);
        Signals.trip(Signals.target(), Signals.SIGINT); // what the terminal's Ctrl-C does
        assertEquals("KeyboardInterrupt\n>>> ", s.waitFor(">>> "));
        s.enter("m = n");
        assertEquals("True\n>>> ", s.enter("await asyncio.sleep(0.1) or n > m"));
        // code that never awaits is interrupted where it runs
        s.type("while True: pass\n\n");
        Thread.sleep(200);
        Signals.trip(Signals.target(), Signals.SIGINT);
        String busy = s.waitFor(">>> ");
        assertTrue(busy.contains("KeyboardInterrupt"), busy);
        assertEquals("False\n>>> ", s.enter("t.done()"));
        assertEquals(0, s.exit());
    }

    @Test
    void inputReadsALineThroughTheTerminal() throws Exception {
        ReplSession s = start();
        s.type("name = input('name? ')\n");
        s.waitFor("name? ");
        s.type("Bob\n");
        s.waitFor(">>> ");
        assertEquals("'Bob'\n>>> ", s.enter("name"));
        s.type("input()\n");
        Thread.sleep(300);
        s.type("\u0003");
        String interrupted = s.waitFor(">>> ");
        assertTrue(interrupted.contains("KeyboardInterrupt"), interrupted);
        assertEquals("2\n>>> ", s.enter("1 + 1"));
        assertEquals(0, s.exit());
    }

    @Test
    void tabCompletesNamesAttributesAndModules() throws Exception {
        ReplSession s = start();
        s.type("class Box:\n    answer_value = 42\n\n");
        s.waitFor(">>> ");
        assertEquals("42\n>>> ", s.enter("Box.answ\t"));
        assertEquals(">>> ", s.enter("import jso\t"));
        assertEquals("'[1]'\n>>> ", s.enter("json.dumps([1])"));
        assertEquals("3\n>>> ", s.enter("le\t'abc')"));
        assertEquals(0, s.exit());
    }

    @Test
    void aPipeIsReadStatementByStatementWithoutPromptsOnStdout() throws Exception {
        String in = "print(1 + 1)\nx = 3\nx * 2\nif x:\n    print('block')\n\nawait asyncio.sleep(0, 'ok')\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"-i"}, new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        assertEquals(0, code);
        assertEquals("2\n6\nblock\n'ok'\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(">>> "), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dashIKeepsTheScriptsGlobals() throws Exception {
        Files.writeString(dir.resolve("prog.py"), "x = 21\nprint('ran')\nraise ValueError('shown')\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"-i", "prog.py"}, new ByteArrayInputStream("x * 2\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        assertEquals(0, code);
        assertEquals("ran\n42\n", out.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("ValueError: shown"), e);
        assertFalse(e.contains("asyncio REPL"), e); // no banner after a program
    }
}
