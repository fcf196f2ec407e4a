package dev.taipan.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.InterpreterOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Python programs in scripts/ (collections, json, re, os, string, textwrap, types,
 * dataclasses, contextlib) in-process and compares their output with CPython 3.13's.
 */
class PyLibScriptsTest {
    private static final List<String> SCRIPTS = List.of("collections_abc", "collections_deque", "collections_types",
            "contextlib_managers", "dataclasses_errors", "dataclasses_usage", "json_basics", "json_encoder_file", "os_files",
            "re_errors", "re_matching", "string_template", "textwrap_wrap", "types_namespace");

    @TempDir
    Path dir;

    private static String resource(String name) throws IOException {
        try (InputStream in = PyLibScriptsTest.class.getResourceAsStream("scripts/" + name)) {
            if (in == null) throw new IOException("missing resource scripts/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> scripts() {
        return SCRIPTS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path folder = Files.createDirectories(dir.resolve(name));
            Files.writeString(folder.resolve(name + ".py"), resource(name + ".py"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            InterpreterOptions o = new InterpreterOptions();
            o.stdout = ps;
            o.stderr = ps;
            o.cwd = folder;
            o.argv.add(name + ".py");
            new Interpreter(o).runScript(name + ".py");
            ps.flush();
            assertEquals(resource(name + ".out"), out.toString(StandardCharsets.UTF_8), name);
        }));
    }
}
