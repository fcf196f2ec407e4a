package dev.taipan.tests;

import dev.taipan.cli.Main;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every golden case in tests/cases in-process, through {@link Main#run}, as
 * `taipan <name>.py` inside the case's folder, and compares stdout, stderr and the exit
 * code with what CPython produced. The system property taipan.case.timeout (seconds,
 * default 10) bounds each case.
 */
class GoldenTest {
    static final long TIMEOUT_SECONDS = Long.getLong("taipan.case.timeout", 10);

    @TestFactory
    Stream<DynamicTest> golden() {
        return GoldenCases.tests(GoldenCases.casesRoot(), area -> true, c -> () -> GoldenCases.check(c, run(c)));
    }

    /** Runs one case on a thread of its own, failing if it outlives the timeout. */
    static GoldenCases.Outcome run(GoldenCases.Case c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        byte[] stdin = c.stdin();
        FutureTask<Integer> task = new FutureTask<>(() -> Main.run(new String[] {c.name() + ".py"},
                new ByteArrayInputStream(stdin), outStream, errStream, c.folder()));
        Thread thread = new Thread(task, "golden " + c.displayName());
        thread.setDaemon(true);
        thread.start();
        int code;
        try {
            code = task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            outStream.flush();
            fail(c.displayName() + " timed out after " + TIMEOUT_SECONDS + " s; the last lines of stdout:\n"
                    + Diff.tail(text(out), 10));
            throw e;
        } catch (ExecutionException e) {
            throw new AssertionError(c.displayName() + ": Main.run threw " + e.getCause(), e.getCause());
        }
        return new GoldenCases.Outcome(text(out), text(err), code);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
