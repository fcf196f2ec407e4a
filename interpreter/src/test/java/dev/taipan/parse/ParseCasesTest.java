package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every golden case of the suite (../tests/cases): cases outside a "syntax" folder must
 * parse; a case in one must fail with the SyntaxError on the last line of its .err file, at
 * the line number its traceback shows. Errors of later phases (scopes: global/nonlocal) are
 * left to the resolver, and a case whose error comes from an imported module is checked
 * through that module.
 */
class ParseCasesTest {
    private static final Path CASES = Path.of("..", "tests", "cases");
    private static final Pattern FILE_LINE = Pattern.compile("^\\s*File \"([^\"]+)\", line (\\d+)");
    private static final Pattern RESOLVER_MESSAGE = Pattern.compile(
            "SyntaxError: (nonlocal declaration not allowed at module level|name '.*' is (assigned to|used) prior to "
                    + "(global|nonlocal) declaration|name '.*' is assigned to before (global|nonlocal) declaration"
                    + "|no binding for nonlocal '.*' found|name '.*' is parameter and (global|nonlocal)"
                    + "|name '.*' is nonlocal and global|annotated name '.*' can't be (global|nonlocal)"
                    + "|nonlocal binding not allowed for type parameter '.*')");

    @TestFactory
    Stream<DynamicTest> goldenCasesParse() throws IOException {
        if (!Files.isDirectory(CASES)) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CASES)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(CASES.relativize(file).toString(), () -> {
            if (isSyntaxCase(file)) {
                checkSyntaxCase(file);
            } else {
                parse(file);
            }
        }));
    }

    /** A case of the syntax area, or any case whose expected stderr ends in a SyntaxError (a file that cannot compile). */
    private static boolean isSyntaxCase(Path file) throws IOException {
        for (Path part : CASES.relativize(file)) {
            if (part.toString().equals("syntax")) {
                return true;
            }
        }
        Path err = Path.of(file.toString().replaceAll("\\.py$", ".err"));
        if (!Files.exists(err)) return false;
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        if (lines.isEmpty()) return false;
        String last = lines.get(lines.size() - 1);
        return lines.get(0).startsWith("  File ") && (last.startsWith("SyntaxError: ") || last.startsWith("IndentationError: ")
                || last.startsWith("TabError: "));
    }

    private static void parse(Path file) throws IOException {
        try {
            PythonParser.parseModule(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (SyntaxErrorException e) {
            fail(file + ": " + ParseGoldenTest.describe(e));
        }
    }

    private static void checkSyntaxCase(Path file) throws IOException {
        Path err = Path.of(file.toString().replaceAll("\\.py$", ".err"));
        if (!Files.exists(err)) {
            return;
        }
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        String expected = lines.get(lines.size() - 1);
        String errFile = null;
        int errLine = -1;
        for (String line : lines) {
            Matcher m = FILE_LINE.matcher(line);
            if (m.find()) {
                errFile = Path.of(m.group(1)).getFileName().toString();
                errLine = Integer.parseInt(m.group(2));
            }
        }
        Path source = file;
        if (errFile != null && !errFile.equals(file.getFileName().toString())) {
            source = file.resolveSibling(errFile);
            assertTrue(Files.exists(source), "module with the error not found: " + source);
        }
        try {
            PythonParser.parseModule(Files.readString(source, StandardCharsets.UTF_8),
                    source.getFileName().toString());
        } catch (SyntaxErrorException e) {
            assertEquals(expected, e.kind + ": " + e.msg, "message");
            if (errLine > 0) {
                assertEquals(errLine, e.lineno, "line");
            }
            return;
        }
        if (!RESOLVER_MESSAGE.matcher(expected).matches()) {
            fail("parsed without error; expected " + expected);
        }
    }
}
