package dev.taipan.eval;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The bundled library's files (module sources and their parsed trees under dev/taipan/lib/), read
 * straight from the jar or the folder that holds them. The build lists them in dev/taipan/lib/INDEX
 * (parse/AstCacheTool), which also answers "no such bundled module" at once: a class-loader
 * lookup searches the JDK's own runtime image first, for every name, found or not.
 */
final class LibraryFiles {
    static final String ROOT = "dev/taipan/lib/";
    static final String INDEX = "INDEX";

    private final Set<String> names;
    private final ZipFile zip;
    private final Path dir;

    private LibraryFiles(Set<String> names, ZipFile zip, Path dir) {
        this.names = names;
        this.zip = zip;
        this.dir = dir;
    }

    /** The library of this class's class loader, or null when it has no index (then the class loader is asked). */
    static LibraryFiles locate() {
        ClassLoader loader = LibraryFiles.class.getClassLoader();
        URL index = loader.getResource(ROOT + INDEX);
        if (index == null) return null;
        try {
            Set<String> names = new HashSet<>();
            try (InputStream in = index.openStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isEmpty()) names.add(line);
                }
            }
            return switch (index.getProtocol()) {
                case "jar" -> {
                    String spec = index.getPath();
                    int bang = spec.indexOf("!/");
                    yield bang < 0 ? null : new LibraryFiles(names, new ZipFile(Path.of(new URI(spec.substring(0, bang))).toFile()), null);
                }
                case "file" -> new LibraryFiles(names, null, Path.of(index.toURI()).getParent());
                default -> null;
            };
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The contents of the library file at rel (a path under dev/taipan/lib/), or null when there is none. */
    byte[] read(String rel) {
        if (!names.contains(rel)) return null;
        try {
            if (zip != null) {
                ZipEntry e = zip.getEntry(ROOT + rel);
                if (e == null) return null;
                try (InputStream in = zip.getInputStream(e)) {
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(dir.resolve(rel));
        } catch (IOException e) {
            return null;
        }
    }
}
