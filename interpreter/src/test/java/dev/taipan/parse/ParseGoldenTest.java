package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser against CPython 3.13's own answers: AST shapes and positions (columns in
 * characters), SyntaxError kinds, messages and positions, and SyntaxWarnings, for several
 * hundred snippets (see the *Golden classes).
 */
class ParseGoldenTest {
    @TestFactory
    Stream<DynamicTest> astShapesAndSpans() {
        return asts(AstGolden.CASES);
    }

    @TestFactory
    Stream<DynamicTest> fstringShapesAndSpans() {
        return asts(FStringGolden.CASES);
    }

    @TestFactory
    Stream<DynamicTest> syntaxErrors() {
        return errors(ErrorGolden.CASES);
    }

    @TestFactory
    Stream<DynamicTest> fstringErrors() {
        return errors(FStringErrorGolden.CASES);
    }

    @TestFactory
    Stream<DynamicTest> mutatedSourceErrors() {
        return errors(FuzzErrorGolden.CASES);
    }

    @TestFactory
    Stream<DynamicTest> syntaxWarnings() {
        return Stream.of(WarningGolden.CASES).map(c -> DynamicTest.dynamicTest(title(c[0]), () -> {
            PythonParser parser = new PythonParser(c[0], "t.py");
            parser.parseModule();
            List<String> got = new ArrayList<>();
            for (ParseWarning w : parser.warnings()) {
                got.add(w.lineno() + " " + w.message());
            }
            assertEquals(c[1], String.join(" | ", got));
        }));
    }

    private static Stream<DynamicTest> asts(String[][] cases) {
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest(title(c[0]), () -> {
            try {
                assertEquals(c[1], AstDump.dump(PythonParser.parseModule(c[0], "t.py")));
            } catch (SyntaxErrorException e) {
                fail("unexpected " + describe(e));
            }
        }));
    }

    private static Stream<DynamicTest> errors(String[][] cases) {
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest(title(c[0]), () -> {
            try {
                PythonParser.parseModule(c[0], "t.py");
                fail("no error, expected " + c[1]);
            } catch (SyntaxErrorException e) {
                assertEquals(c[1], describe(e));
            }
        }));
    }

    static String describe(SyntaxErrorException e) {
        return e.kind + " " + e.msg + " | " + e.lineno + " " + e.offset + " " + e.endLineno + " " + e.endOffset;
    }

    static String title(String src) {
        String one = src.replace("\n", "\u23ce");
        return one.length() > 70 ? one.substring(0, 70) + "..." : one;
    }
}
