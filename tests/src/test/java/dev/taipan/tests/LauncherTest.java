package dev.taipan.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the cases in tests/cases/launcher through a real child JVM, `java ... dev.taipan.cli.Main
 * <name>.py` in the case's folder, so that process exit codes and stream flushing at exit
 * are tested too (GoldenTest runs the same cases in-process).
 */
class LauncherTest {
    @TestFactory
    Stream<DynamicTest> launcher() {
        return GoldenCases.tests(GoldenCases.casesRoot(), area -> area.equals("launcher"),
                c -> () -> GoldenCases.check(c, run(c)));
    }

    static GoldenCases.Outcome run(GoldenCases.Case c) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path dir = Files.createTempDirectory("taipan-launcher");
        File out = dir.resolve("stdout").toFile();
        File err = dir.resolve("stderr").toFile();
        File in = Files.exists(c.file(".in")) ? c.file(".in").toFile() : dir.resolve("stdin").toFile();
        if (!in.exists()) {
            Files.write(in.toPath(), new byte[0]);
        }
        Process process = new ProcessBuilder(List.of(java,
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-XX:+UseSerialGC",
                "-cp", classPath, "dev.taipan.cli.Main", c.name() + ".py"))
                .directory(c.folder().toFile())
                .redirectInput(in)
                .redirectOutput(out)
                .redirectError(err)
                .start();
        try {
            if (!process.waitFor(GoldenTest.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail(c.displayName() + " timed out after " + GoldenTest.TIMEOUT_SECONDS + " s in a child JVM");
            }
            return new GoldenCases.Outcome(Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8), process.exitValue());
        } finally {
            for (File f : new File[] {out, err, dir.resolve("stdin").toFile(), dir.toFile()}) {
                f.delete();
            }
        }
    }
}
