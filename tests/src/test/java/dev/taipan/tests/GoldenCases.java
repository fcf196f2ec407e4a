package dev.taipan.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The golden cases under tests/cases: finding them, reading their expected files and
 * judging a run's output against them. A case is `<area>/<name>.py` with `<name>.out`
 * (stdout, exact), and optionally `<name>.err` (stderr, masked; absent means empty),
 * `<name>.code` (exit code; absent means 0) and `<name>.in` (stdin; absent means empty).
 * Files named `helper_*` or `_*` are modules the cases import, not cases.
 * Everything here is immutable or local to one call, so cases may run in parallel.
 */
final class GoldenCases {
    static final List<String> EXPECTED_SUFFIXES = List.of(".out", ".err", ".code", ".in");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]+");
    /** A file descriptor in a socket's or transport's repr: CPython's event loop holds three more (epoll, self-pipe). */
    private static final Pattern FD = Pattern.compile("\\bfd=\\d+");
    private static final Pattern TIMING =
            Pattern.compile("\\b\\d+\\.\\d+(\\s*)(seconds?|secs?|ms|us|µs|ns|s)\\b");
    /**
     * A source-traceback entry of a standard-library file with its source and caret lines: CPython's
     * `.../lib/python3.N/...` path or Taipan's `<frozen ...>`. Debug-mode tracebacks (where a coroutine,
     * future or handle was made) pass through asyncio's own frames, which differ between the two.
     */
    private static final Pattern LIBRARY_FRAME = Pattern.compile(
            "^  File \"(?:<frozen [^>]+>|[^\"]*/lib/python3\\.\\d+/[^\"]+)\", line \\d+, in [^\\n]*\\n(?:    [^\\n]*\\n)*",
            Pattern.MULTILINE);
    /** A standard-library place as `file:line` (a debug repr's "created at", a warning's location). */
    private static final Pattern LIBRARY_PLACE =
            Pattern.compile("(?:<frozen [^>]+>|[^\\s\"']*/lib/python3\\.\\d+/[^\\s\"':]+):\\d+");

    private GoldenCases() {}

    /** One case: its folder, its area (the folder relative to cases/) and its name. */
    record Case(Path folder, String area, String name) {
        Path file(String suffix) {
            return folder.resolve(name + suffix);
        }

        String displayName() {
            return area.isEmpty() ? name : area + "/" + name;
        }

        URI source() {
            return file(".py").toUri();
        }

        Optional<String> read(String suffix) {
            Path p = file(suffix);
            if (!Files.exists(p)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] stdin() throws IOException {
            Path p = file(".in");
            return Files.exists(p) ? Files.readAllBytes(p) : new byte[0];
        }

        int expectedCode() {
            return read(".code").map(s -> Integer.parseInt(s.strip())).orElse(0);
        }
    }

    /** What one run of a case produced. */
    record Outcome(String stdout, String stderr, int code) {}

    /** The folder holding the cases: tests/cases, the module's basedir being tests/. */
    static Path casesRoot() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("cases");
    }

    /**
     * One dynamic test per case under {@code root} (all of it, or only the folders
     * {@code include} accepts), plus a failing test for each `.py` without `.out` and each
     * expected file without its `.py`.
     */
    static Stream<DynamicTest> tests(Path root, java.util.function.Predicate<String> include,
                                     java.util.function.Function<Case, Executable> check) {
        if (!Files.isDirectory(root)) {
            return Stream.of(DynamicTest.dynamicTest("cases", () -> fail("no cases folder at " + root)));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            if (fileName.startsWith("helper_") || fileName.startsWith("_")) {
                continue;
            }
            String area = root.relativize(file.getParent()).toString().replace('\\', '/');
            if (!include.test(area)) {
                continue;
            }
            int dot = fileName.lastIndexOf('.');
            if (dot <= 0) {
                continue;
            }
            String name = fileName.substring(0, dot);
            String suffix = fileName.substring(dot);
            Case c = new Case(file.getParent(), area, name);
            if (suffix.equals(".py")) {
                Executable body = Files.exists(c.file(".out")) ? check.apply(c)
                        : () -> fail(c.displayName() + ".py has no " + name + ".out: "
                                + "write its expected files with tests/regen " + c.displayName());
                tests.add(DynamicTest.dynamicTest(c.displayName(), c.source(), body));
            } else if (EXPECTED_SUFFIXES.contains(suffix) && !Files.exists(c.file(".py"))) {
                tests.add(DynamicTest.dynamicTest(c.displayName() + suffix, file.toUri(),
                        () -> fail(c.displayName() + suffix + " has no " + name + ".py: "
                                + "delete it, or restore the case")));
            }
        }
        return tests.stream();
    }

    /** Checks a run against the case's expected files; the failure message shows where they differ. */
    static void check(Case c, Outcome actual) {
        List<String> problems = new ArrayList<>();
        String prefix = c.folder().toAbsolutePath() + "/";
        String stdout = actual.stdout().replace(prefix, "");
        String stderr = actual.stderr().replace(prefix, "");
        String expectedOut = c.read(".out").orElse("");
        if (!expectedOut.equals(stdout)) {
            problems.add(Diff.describe("stdout", expectedOut, stdout));
        }
        String expectedErr = mask(c.read(".err").orElse(""));
        if (!expectedErr.equals(mask(stderr))) {
            problems.add(Diff.describe("stderr (masked)", expectedErr, mask(stderr)));
        }
        int expectedCode = c.expectedCode();
        if (expectedCode != actual.code()) {
            problems.add("exit code: expected " + expectedCode + ", got " + actual.code());
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(c.displayName()).append(" differs from CPython");
            for (String p : problems) {
                message.append("\n\n").append(p);
            }
            fail(message.toString());
        }
    }

    /**
     * Masks what differs from run to run: hex addresses and timings; and what differs between CPython
     * and Taipan by construction: file descriptor numbers, and the traceback entries and places of
     * standard-library files.
     */
    static String mask(String text) {
        String s = ADDRESS.matcher(text).replaceAll("0x?");
        s = FD.matcher(s).replaceAll("fd=?");
        s = TIMING.matcher(s).replaceAll("?$1$2");
        s = LIBRARY_FRAME.matcher(s).replaceAll("");
        return LIBRARY_PLACE.matcher(s).replaceAll("<library>");
    }
}
