package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.taipan.ast.Expr;
import dev.taipan.ast.Module;

/** The facade: entry points, source normalization, error fields, thread safety and speed. */
class ParseApiTest {
    @Test
    void moduleKeepsFilenameAndLines() {
        Module m = PythonParser.parseModule("x = 1\r\ny = 2\r\n", "prog.py");
        assertEquals("prog.py", m.filename());
        assertArrayEquals(new String[] {"x = 1", "y = 2"}, m.lines());
        assertEquals(2, m.body().size());
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertEquals(1, PythonParser.parseModule("\uFEFFx = 1", "t.py").body().size());
    }

    @Test
    void expressionInputIsOneExpressionList() {
        Expr e = PythonParser.parseExpression("  1 + 2\n", "<string>");
        assertInstanceOf(Expr.BinOp.class, e);
        assertInstanceOf(Expr.Tuple.class, PythonParser.parseExpression("1, 2", "<string>"));
        SyntaxErrorException error = assertThrows(SyntaxErrorException.class,
                () -> PythonParser.parseExpression("x = 1", "<string>"));
        assertEquals("SyntaxError invalid syntax | 1 3 1 4", ParseGoldenTest.describe(error));
        error = assertThrows(SyntaxErrorException.class, () -> PythonParser.parseExpression("1 +", "<string>"));
        assertEquals("SyntaxError invalid syntax | 1 0 1 0", ParseGoldenTest.describe(error));
        error = assertThrows(SyntaxErrorException.class, () -> PythonParser.parseExpression("", "<string>"));
        assertEquals("SyntaxError invalid syntax | 0 0 0 0", ParseGoldenTest.describe(error));
        error = assertThrows(SyntaxErrorException.class, () -> PythonParser.parseExpression("[a b]", "<string>"));
        assertEquals("SyntaxError invalid syntax. Perhaps you forgot a comma? | 1 2 1 5",
                ParseGoldenTest.describe(error));
    }

    @Test
    void errorsCarryCpythonFieldsAndNoJavaStackTrace() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> PythonParser.parseModule("x = 1\nprint 'a'\n", "prog.py"));
        assertEquals("SyntaxError", e.kind);
        assertEquals("Missing parentheses in call to 'print'. Did you mean print(...)?", e.msg);
        assertEquals("prog.py", e.filename);
        assertEquals(2, e.lineno);
        assertEquals(1, e.offset);
        assertEquals(2, e.endLineno);
        assertEquals(10, e.endOffset);
        assertEquals("print 'a'", e.text);
        assertEquals(0, e.getStackTrace().length);
    }

    @Test
    void compilerErrorsHaveNoTextForStringSources() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> PythonParser.parseModule("return 1", "<string>"));
        assertEquals("'return' outside function", e.msg);
        assertNull(e.text);
        SyntaxErrorException f = assertThrows(SyntaxErrorException.class,
                () -> PythonParser.parseModule("return 1", "prog.py"));
        assertEquals("return 1", f.text);
    }

    @Test
    void warningsAreAvailableAfterParsing() {
        PythonParser parser = new PythonParser("import re\np = re.compile('\\d+')\n", "prog.py");
        parser.parseModule();
        assertEquals(1, parser.warnings().size());
        ParseWarning w = parser.warnings().get(0);
        assertEquals("prog.py:2: SyntaxWarning: invalid escape sequence '\\d'", w.format());
    }

    @Test
    void matchStatementsAreRefusedClearly() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> PythonParser.parseModule("match x:\n    case 1:\n        pass\n", "t.py"));
        assertEquals("match statements are not supported by Taipan yet", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(2, PythonParser.parseModule("match(x)\nmatch = 1\n", "t.py").body().size());
    }

    @Test
    void parsesInParallel() throws Exception {
        String source = program(200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> PythonParser.parseModule(source, "t.py").body().size()));
            }
            for (Future<Integer> r : results) {
                assertEquals(PythonParser.parseModule(source, "t.py").body().size(), r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void fiveThousandLinesParseQuicklyOnceWarm() {
        String source = program(5000);
        assertTrue(source.lines().count() >= 5000);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 8; i++) {
            long t0 = bean.getCurrentThreadCpuTime();
            PythonParser.parseModule(source, "big.py");
            best = Math.min(best, bean.getCurrentThreadCpuTime() - t0);
        }
        // Typically 10-20 ms; the bound only catches a pathological regression (e.g. LL fallback).
        assertTrue(best < 250_000_000L, "best parse took " + best / 1_000_000 + " ms of CPU");
    }

    /** A synthetic program of about n lines using most of the syntax. */
    static String program(int n) {
        StringBuilder sb = new StringBuilder();
        long perCopy = TEMPLATE.lines().count();
        for (int i = 0; i * perCopy < n; i++) {
            sb.append(TEMPLATE.replace("NN", Integer.toString(i)));
        }
        return sb.toString();
    }

    private static final String TEMPLATE = """
                    @decorator(NN)
                    async def function_NN(a, b=1, *args, c: int = 2, **kwargs) -> dict:
                        \"\"\"Docstring NN.\"\"\"
                        total = [x * 2 for x in range(a) if x % 3 == 0]
                        mapping = {k: v for k, v in kwargs.items()}
                        async with lock as held, other():
                            await asyncio.sleep(0.1)
                        try:
                            value = mapping["key"][1:2, ::3] ** -1
                        except (KeyError, IndexError) as error:
                            raise ValueError(f"bad {error!r:>{width}} at {a=}") from error
                        finally:
                            del total[0]
                        while b < 10 and not c or b in args:
                            b += 1 if b else 2
                        return {**mapping, "total": sum(total), 'lam': lambda y, *, z=3: y + z}

                    class Thing_NN(Base, metaclass=Meta):
                        attribute: int = 0b1010 + 0o17 + 0xFF + 1_000 + 3.5e-2 + 2j
                        def method(self, /, other):
                            for i, (j, k) in enumerate(zip(self, other)):
                                yield i, *j, k
                            global g
                            assert self is not None, "message"

                    """;
}
