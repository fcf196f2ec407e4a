package dev.taipan.eval;

import dev.taipan.runtime.Code;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The import system: sys.modules, then modules written in Java (found by ServiceLoader), then
 * the Python-source standard library bundled as resources, then .py files on sys.path.
 */
public final class ModuleLoader implements InterpState.Importer {
    private static final Map<String, NativeModule> NATIVE = new HashMap<>();
    private static final String LIB = "dev/taipan/lib/";

    static {
        var it = ServiceLoader.load(NativeModule.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) break;
                NativeModule m = it.next();
                NATIVE.put(m.name(), m);
            } catch (java.util.ServiceConfigurationError e) {
                // a provider that cannot be loaded is skipped: its module is then "not found"
            }
        }
    }

    private final InterpState interp;

    public ModuleLoader(InterpState interp) {
        this.interp = interp;
    }

    @Override
    public PyObject importModule(String name, PyDict globals, String[] fromlist, int level) {
        String full = level > 0 ? resolveRelative(name, globals, level) : name;
        String[] parts = full.split("\\.");
        PyObject top = null;
        PyObject leaf = null;
        String prefix = "";
        PyObject parent = null;
        for (String p : parts) {
            prefix = prefix.isEmpty() ? p : prefix + "." + p;
            leaf = loadOne(prefix, parent);
            if (top == null) top = leaf;
            parent = leaf;
        }
        if (fromlist != null && leaf != null) {
            for (String n : fromlist) {
                if (n.equals("*") || n.equals("*leaf*")) continue;
                if (leaf.lookupAttr(n) == null && isPackage(leaf)) {
                    try {
                        loadOne(full + "." + n, leaf);
                    } catch (PyException e) {
                        if (!e.matches(dev.taipan.runtime.PyExc.ModuleNotFoundError)) throw e;
                    }
                }
            }
            return leaf;
        }
        return top;
    }

    private static boolean isPackage(PyObject m) {
        return m.dict() != null && m.dict().getStr("__path__") != null;
    }

    private String resolveRelative(String name, PyDict globals, int level) {
        PyObject pkg = globals.getStr("__package__");
        String base;
        if (pkg instanceof PyStr s && !s.value.isEmpty()) {
            base = s.value;
        } else {
            PyObject n = globals.getStr("__name__");
            String mod = n instanceof PyStr s ? s.value : "";
            base = globals.getStr("__path__") != null ? mod : (mod.contains(".") ? mod.substring(0, mod.lastIndexOf('.')) : "");
        }
        if (base.isEmpty()) {
            throw dev.taipan.runtime.Errors.of(dev.taipan.runtime.PyExc.ImportError, "attempted relative import with no known parent package");
        }
        String[] bits = base.split("\\.");
        if (level - 1 >= bits.length) {
            throw dev.taipan.runtime.Errors.of(dev.taipan.runtime.PyExc.ImportError, "attempted relative import beyond top-level package");
        }
        String b = String.join(".", java.util.Arrays.copyOf(bits, bits.length - (level - 1)));
        return name.isEmpty() ? b : b + "." + name;
    }

    /** -X importtime's state: the nesting of the imports running, and the time their nested imports took. */
    private int importDepth;
    private long nestedNanos;
    private boolean importTimeHeader;

    private PyObject loadOne(String full, PyObject parent) {
        PyObject m = interp.modules.getStr(full);
        if (m != null) {
            if (m == PyNone.NONE) throw Imports.noModule(full);
            return m;
        }
        if (!interp.importTime) return load(full, parent);
        // as CPython's -X importtime: self and cumulative microseconds, indented by nesting
        if (!importTimeHeader) {
            importTimeHeader = true;
            interp.stderrStream.println("import time: self [us] | cumulative | imported package");
        }
        long outerNested = nestedNanos;
        nestedNanos = 0;
        int depth = importDepth++;
        long start = System.nanoTime();
        try {
            return load(full, parent);
        } finally {
            long total = System.nanoTime() - start;
            importDepth--;
            interp.stderrStream.printf("import time: %9d | %10d | %s%s%n", (total - nestedNanos) / 1000, total / 1000,
                    "  ".repeat(depth), full);
            interp.stderrStream.flush();
            nestedNanos = outerNested + total;
        }
    }

    private PyObject load(String full, PyObject parent) {
        if (parent != null && !isPackage(parent) && !(parent instanceof PyModule pm && NATIVE.containsKey(full))) {
            throw Imports.noModule(full, "No module named '" + full + "'; '" + ((PyModule) parent).name + "' is not a package");
        }
        NativeModule nm = NATIVE.get(full);
        if (nm != null) {
            PyModule mod = nm.create(interp);
            interp.modules.putStr(full, mod);
            bindInParent(full, parent, mod);
            return mod;
        }
        String rel = full.replace('.', '/');
        String src = resource(LIB + rel + ".py");
        if (src != null) return exec(full, "<frozen " + full + ">", src, tree(LIB + rel + ".ast"), parent, false, null);
        src = resource(LIB + rel + "/__init__.py");
        if (src != null) {
            return exec(full, "<frozen " + full + ">", src, tree(LIB + rel + "/__init__.ast"), parent, true, "<frozen " + full + ">");
        }
        for (Path dir : searchPath(parent)) {
            String last = full.substring(full.lastIndexOf('.') + 1);
            Path file = dir.resolve(last + ".py");
            if (Files.isRegularFile(file)) return exec(full, display(file), read(file), null, parent, false, null);
            Path init = dir.resolve(last).resolve("__init__.py");
            if (Files.isRegularFile(init)) return exec(full, display(init), read(init), null, parent, true, display(dir.resolve(last)));
        }
        throw Imports.noModule(full);
    }

    /** A module's source as `-m` runs it: the file name tracebacks show, the text, and whether it is a package's __init__. */
    public record Source(String filename, String text, boolean isPackage) {}

    /**
     * Where module full would be loaded from, without running it; its parent package is
     * imported first, as CPython's runpy does. Null when there is no such module, or when it
     * is written in Java ({@link #isNative}).
     */
    public Source findSource(String full) {
        int dot = full.lastIndexOf('.');
        PyObject parent = dot < 0 ? null : importModule(full.substring(0, dot), interp.sys.globals, new String[] {"*leaf*"}, 0);
        if (NATIVE.containsKey(full)) return null;
        String rel = full.replace('.', '/');
        String src = resource(LIB + rel + ".py");
        if (src != null) return new Source("<frozen " + full + ">", src, false);
        src = resource(LIB + rel + "/__init__.py");
        if (src != null) return new Source("<frozen " + full + ">", src, true);
        if (parent != null && !isPackage(parent)) return null;
        String last = full.substring(dot + 1);
        for (Path dir : searchPath(parent)) {
            Path file = dir.resolve(last + ".py");
            if (Files.isRegularFile(file)) return new Source(file.toString(), read(file), false);
            Path init = dir.resolve(last).resolve("__init__.py");
            if (Files.isRegularFile(init)) return new Source(init.toString(), read(init), true);
        }
        return null;
    }

    /** Whether module full is one written in Java. */
    public static boolean isNative(String full) {
        return NATIVE.containsKey(full);
    }

    private String display(Path p) {
        Path cwd = interp.cwd;
        if (p.startsWith(cwd)) return cwd.relativize(p).toString();
        return p.toString();
    }

    private Iterable<Path> searchPath(PyObject parent) {
        java.util.List<Path> out = new java.util.ArrayList<>();
        PyObject path = parent == null ? interp.sys.globals.getStr("path") : parent.dict().getStr("__path__");
        if (path == null) return out;
        PyObject it = path.iter();
        for (PyObject p = it.next(); p != null; p = it.next()) {
            if (p instanceof PyStr s && !s.value.startsWith("<")) out.add(interp.cwd.resolve(s.value.isEmpty() ? "." : s.value).normalize());
        }
        return out;
    }

    private PyObject exec(String full, String file, String src, byte[] tree, PyObject parent, boolean pkg, String pkgPath) {
        PyModule mod = new PyModule(full);
        PyDict g = mod.globals;
        g.putStr("__file__", PyStr.of(file));
        g.putStr("__builtins__", interp.builtinsModule);
        g.putStr("__package__", PyStr.of(pkg ? full : (full.contains(".") ? full.substring(0, full.lastIndexOf('.')) : "")));
        if (pkg) g.putStr("__path__", PyList.of(PyStr.of(pkgPath)));
        interp.modules.putStr(full, mod);
        try {
            Code code = Runner.compileForImport(src, file, tree, DEV_LIB != null);
            Runner.runModuleCode(code, g, interp);
        } catch (RuntimeException e) {
            interp.modules.delStr(full);
            throw e;
        }
        PyObject fin = interp.modules.getStr(full);
        bindInParent(full, parent, fin);
        return fin;
    }

    private static void bindInParent(String full, PyObject parent, PyObject mod) {
        if (parent != null) parent.setAttr(full.substring(full.lastIndexOf('.') + 1), mod);
    }

    /** A development override: TAIPAN_LIB names a folder read before the bundled library, so edits need no rebuild. */
    private static final String DEV_LIB = System.getenv("TAIPAN_LIB");

    private static String resource(String path) {
        if (DEV_LIB != null && path.startsWith(LIB)) {
            Path p = Path.of(DEV_LIB, path.substring(LIB.length()));
            if (Files.isRegularFile(p)) {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        byte[] b = libraryFile(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /**
     * A bundled module's parsed tree, written beside its source at build time (null if absent;
     * a tree that no longer matches the source, as with TAIPAN_LIB edits, is ignored on use).
     */
    private static byte[] tree(String path) {
        return libraryFile(path);
    }

    /** The bundled library, found once (null: read through the class loader). */
    private static final class Library {
        static final LibraryFiles FILES = LibraryFiles.locate();
    }

    private static byte[] libraryFile(String path) {
        LibraryFiles lib = Library.FILES;
        if (lib != null && path.startsWith(LIB)) return lib.read(path.substring(LIB.length()));
        try (InputStream in = ModuleLoader.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw dev.taipan.runtime.Errors.osError(dev.taipan.runtime.PyExc.OSError, 5, "Input/output error", p.toString());
        }
    }
}
