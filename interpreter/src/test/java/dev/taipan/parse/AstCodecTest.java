package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.taipan.ast.Module;

/**
 * AstCodec against the parser: every golden case that parses (../tests/cases) and every module of
 * the bundled library comes back from its encoded form as the same tree, spans included.
 */
class AstCodecTest {
    private static final List<Path> ROOTS = List.of(Path.of("..", "tests", "cases"),
            Path.of("..", "stdlib", "src", "main", "resources", "dev", "taipan", "lib"));

    @TestFactory
    Stream<DynamicTest> everyParsedFileSurvivesEncoding() throws IOException {
        Stream<DynamicTest> all = Stream.empty();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) continue;
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
            }
            all = Stream.concat(all, files.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> check(f))));
        }
        return all;
    }

    private static void check(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Module m;
        try {
            m = PythonParser.parseModule(source, file.toString());
        } catch (SyntaxErrorException e) {
            return; // the syntax-error cases: nothing to encode
        }
        byte[] data = AstCodec.encode(m, source);
        Module back = AstCodec.decode(data, source, file.toString());
        assertNotNull(back, file.toString());
        assertEquals(AstDump.dump(m), AstDump.dump(back), file.toString());
        assertArrayEquals(m.lines(), back.lines(), file.toString());
        assertArrayEquals(data, AstCodec.encode(back, source));
    }

    @Test
    void aTreeOfAnotherSourceIsRefused() {
        String source = "x = 1\n";
        byte[] data = AstCodec.encode(PythonParser.parseModule(source, "a.py"), source);
        assertNull(AstCodec.decode(data, "x = 2\n", "a.py"));
        assertNull(AstCodec.decode(new byte[3], source, "a.py"));
        assertNotNull(AstCodec.decode(data, source, "a.py"));
    }

    @Test
    void constantsOfEveryKindAndDeepNesting() {
        String source = """
                a = (None, True, False, ..., 0, -1, 2**100, 0xFFFFFFFFFFFFFFFFFFFF, 1.5, 1e300, 2j, 'é\\u20ac', b'\\x00\\xff', f'{a!r:>{w}}')
                b = [[[[[[[[x for x in y if x] for y in z]]]]]]]
                async def f(p, /, q=1, *r, s, t=2, **u) -> int:
                    async with a as (b, c), d:
                        async for e in f:
                            yield await g
                    try:
                        pass
                    except* (E, F) as h:
                        raise X from Y
                    finally:
                        del i[j:k:l], m.n
                """;
        Module m = PythonParser.parseModule(source, "c.py");
        Module back = AstCodec.decode(AstCodec.encode(m, source), source, "c.py");
        assertEquals(AstDump.dump(m), AstDump.dump(back));
    }
}
