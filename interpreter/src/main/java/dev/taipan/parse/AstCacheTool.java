package dev.taipan.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.taipan.ast.Module;

/**
 * The build step that parses every module of the bundled library and writes its tree beside it
 * ({@code name.py} gets {@code name.ast}, read back by the import system through {@link AstCodec}).
 * Usage: {@code AstCacheTool DIR...}; each tree is decoded and re-encoded to check the codec.
 * It also writes DIR/INDEX, the list of the library's files (eval/LibraryFiles reads it).
 */
public final class AstCacheTool {
    private AstCacheTool() {
    }

    public static void main(String[] args) throws IOException {
        int count = 0;
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
            }
            for (Path py : files) {
                String source = Files.readString(py, StandardCharsets.UTF_8);
                Module m;
                try {
                    m = PythonParser.parseModule(source, py.toString());
                } catch (SyntaxErrorException e) {
                    throw new IllegalStateException(py + ": " + e.getMessage(), e);
                }
                byte[] data = AstCodec.encode(m, source);
                Module back = AstCodec.decode(data, source, py.toString());
                if (back == null || !Arrays.equals(AstCodec.encode(back, source), data)) {
                    throw new IllegalStateException(py + ": the tree does not survive encoding");
                }
                String name = py.getFileName().toString();
                Files.write(py.resolveSibling(name.substring(0, name.length() - 3) + ".ast"), data);
                count++;
            }
        }
        if (count == 0) throw new IllegalStateException("no modules found under " + String.join(", ", args));
        for (String dir : args) writeIndex(Path.of(dir));
    }

    /** INDEX: every file of the library folder, one relative path a line (the import system's list). */
    private static void writeIndex(Path root) throws IOException {
        List<String> names;
        try (Stream<Path> walk = Files.walk(root)) {
            names = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.equals("INDEX")).sorted().toList();
        }
        Files.writeString(root.resolve("INDEX"), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
    }
}
