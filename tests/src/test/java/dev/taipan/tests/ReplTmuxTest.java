package dev.taipan.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The REPL on a real terminal: a child JVM runs `taipan` inside tmux, which this test types
 * into (send-keys) and reads the screen of (capture-pane). Skipped, saying so, where tmux is
 * not installed (.ci/run installs it).
 */
class ReplTmuxTest {
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path home;
    /** A tmux server of this test's own, so that a user's sessions are never touched. */
    private String socket;

    @BeforeEach
    void needTmux() {
        boolean found;
        try {
            found = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            found = false;
        }
        Assumptions.assumeTrue(found, "tmux is not installed: the REPL's end-to-end terminal test is skipped "
                + "(install tmux to run it; .ci/run does)");
        socket = "taipan-test-" + ProcessHandle.current().pid();
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (socket != null) tmux("kill-server");
    }

    @Test
    void typingAtARealTerminal() throws Exception {
        start();
        // a block: each line is indented for us, `return` dedents, a blank line ends it
        keys("def f(x):", "Enter", "if x:", "Enter", "return 1", "Enter", "return 2", "Enter", "Enter");
        String block = waitForScreen("\n...\n>>>");
        assertTrue(block.contains("... " + "    if x:"), block);
        assertTrue(block.contains("... " + "        return 1"), block);
        assertTrue(block.contains("... " + "    return 2"), block);
        keys("f(0) + f(1) * 10", "Enter");
        waitForScreen("\n12\n");

        // Ctrl-C while code runs cancels it, and the prompt is back at once
        keys("await asyncio.sleep(10)", "Enter");
        Thread.sleep(500);
        long interrupted = System.nanoTime();
        keys("C-c");
        waitForScreen("KeyboardInterrupt\n>>>");
        assertTrue(System.nanoTime() - interrupted < TimeUnit.SECONDS.toNanos(5), "Ctrl-C took too long");
        keys("f(1)", "Enter");
        waitForScreen("f(1)\n1\n");

        // Tab completes an attribute (os.path.basename, the only name starting so)
        keys("import os", "Enter", "os.path.basen", "Tab");
        waitForScreen(">>> os.path.basename(");
        keys("'/a/tab')", "Enter");
        waitForScreen("\n'tab'\n");

        // history survives a restart, a block coming back whole
        keys("def g():", "Enter", "return 'recalled'", "Enter", "Enter");
        Thread.sleep(300);
        keys("C-d");
        waitForScreen("exiting asyncio REPL...\n[exit 0]");
        start();
        keys("Up");
        String recalled = waitForScreen("...     return 'recalled'");
        assertTrue(recalled.contains(">>> def g():\n...     return 'recalled'"), recalled);
        keys("Enter", "Enter");
        Thread.sleep(300);
        keys("g()", "Enter");
        waitForScreen("\n'recalled'\n");
        keys("exit", "Enter");
        waitForScreen("[exit 0]");
    }

    /** Starts taipan in a new tmux session (ending the last one), and waits for its first prompt. */
    private void start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = List.of("env", "HOME=" + home, "TERM=xterm-256color", java,
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-cp", classPath, "dev.taipan.cli.Main");
        // the exit code stays on the screen afterwards
        String shell = String.join(" ", cmd.stream().map(ReplTmuxTest::quote).toList())
                + "; echo \"[exit $?]\"; sleep 60";
        tmux("kill-server"); // the last run's, if any
        // a server still going away refuses for a moment
        Result made = null;
        for (int attempt = 0; attempt < 20 && (made == null || made.code != 0); attempt++) {
            if (made != null) Thread.sleep(100);
            made = tmux("new-session", "-d", "-s", "repl", "-x", "100", "-y", "40", "-c", home.toString(), shell);
        }
        check(made);
        waitForScreen(">>> import asyncio\n>>>");
    }

    private void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "repl"));
        for (String k : keys) {
            args.add(k);
        }
        check(tmux(args.toArray(new String[0])));
    }

    /** Waits until the screen shows text; returns the screen. */
    private String waitForScreen(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (screen.contains(text)) return screen;
            Thread.sleep(100);
        }
        fail("the screen never showed " + text + ":\n" + screen);
        return screen;
    }

    /** The pane's text with trailing spaces removed from each line. */
    private String screen() throws Exception {
        Result r = tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", "repl");
        check(r);
        StringBuilder sb = new StringBuilder();
        for (String line : r.out.split("\n", -1)) {
            sb.append(line.stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private record Result(int code, String out) {}

    private Result tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), out);
    }

    private static void check(Result r) {
        assertEquals(0, r.code, r.out);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
