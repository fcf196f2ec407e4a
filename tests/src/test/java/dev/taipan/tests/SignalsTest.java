package dev.taipan.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Sends real signals (kill -TERM, kill -INT) to a Taipan child JVM: the seed's graceful
 * shutdown, Ctrl-C in plain code and Ctrl-C under asyncio.run, with exit codes as CPython's.
 */
class SignalsTest {
    private static final Path ROOT = GoldenCases.casesRoot().getParent().getParent();

    /** A running child: its process, and the stdout lines read so far. */
    private record Child(Process process, BufferedReader out) {
        /** Reads stdout until a line equal to marker, failing after 10 s. */
        void await(String marker) throws IOException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals(marker)) return;
                if (System.nanoTime() > deadline) break;
            }
            fail("the child never printed " + marker + "; stderr:\n" + new String(process.getErrorStream().readAllBytes()));
        }

        void signal(String name) throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
        }

        /** Waits for the exit; returns {rest of stdout, stderr}. */
        String[] finish(int expectedCode) throws IOException, InterruptedException {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail("the child did not exit after the signal");
            }
            List<String> rest = new ArrayList<>();
            for (String line; (line = out.readLine()) != null; ) rest.add(line);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(expectedCode, process.exitValue(), "exit code; stdout " + rest + "; stderr:\n" + err);
            return new String[] {String.join("\n", rest), err};
        }
    }

    private static Child start(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // a test run in the background has SIGINT ignored, and a child keeps that (as CPython
        // does): env --default-signal gives it back its default action
        List<String> cmd = new ArrayList<>(List.of("env", "--default-signal=INT", java, "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-cp", classPath, "dev.taipan.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        return new Child(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
    }

    @Test
    void gracefulShutdownOnSigterm() throws Exception {
        Child c = start("scripts/asyncio_graceful_shutdown.py", "--wait");
        c.await("ready");
        c.signal("TERM");
        String[] result = c.finish(0);
        assertEquals("""
                Received signal SIGTERM
                cleaned up: ['worker-0', 'worker-1']
                cancelled tasks: 3 True
                server cancelled: True
                workers ran: ['worker-0', 'worker-1'] loop closed: True
                SIGTERM handler restored: True""", result[0]);
        assertEquals("", result[1]);
    }

    @Test
    void ctrlCInPlainCode() throws Exception {
        Child c = start("-c", "import time\nprint('ready', flush=True)\ntime.sleep(10)\n");
        c.await("ready");
        c.signal("INT");
        String[] result = c.finish(130);
        assertTrue(result[1].startsWith("Traceback (most recent call last):\n"), result[1]);
        assertTrue(result[1].endsWith("    time.sleep(10)\n    ~~~~~~~~~~^^^^\nKeyboardInterrupt\n"), result[1]);
    }

    /** A child running asyncio.run(main()) whose main task prints ready, sleeps, and on cancellation prints cleanup. */
    private static Child asyncioChild(String cleanup) throws IOException {
        return start("-c", """
                import asyncio
                async def main():
                    print('ready', flush=True)
                    try:
                        await asyncio.sleep(10)
                    except asyncio.CancelledError:
                %s
                asyncio.run(main())
                """.formatted(cleanup.indent(8).stripTrailing()));
    }

    @Test
    void ctrlCUnderAsyncioRunCancelsTheMainTask() throws Exception {
        Child c = asyncioChild("print('cleaning up', flush=True)\nraise");
        c.await("ready");
        c.signal("INT");
        String[] result = c.finish(130);
        assertEquals("cleaning up", result[0]);
        assertTrue(result[1].endsWith("\nKeyboardInterrupt\n"), result[1]);
    }

    @Test
    void secondCtrlCInterruptsCleanup() throws Exception {
        Child c = asyncioChild("print('slow cleanup', flush=True)\nawait asyncio.sleep(10)");
        c.await("ready");
        c.signal("INT");
        c.await("slow cleanup");
        long started = System.nanoTime();
        c.signal("INT");
        String[] result = c.finish(130);
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5), "the second Ctrl-C took effect at once");
        assertTrue(result[1].endsWith("\nKeyboardInterrupt\n"), result[1]);
    }
}
