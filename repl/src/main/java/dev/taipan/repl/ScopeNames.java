package dev.taipan.repl;

import dev.taipan.eval.ModuleLoader;
import dev.taipan.runtime.Builtins;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyType;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The names tab completion offers, found in the interpreter's own tables on its main thread:
 * a dotted name is followed through module, instance and class dictionaries only, so that no
 * property, __getattr__ or other Python code ever runs because of a Tab.
 */
final class ScopeNames {
    private static final String LIB = "dev/taipan/lib/";

    private final InterpState interp;
    private final PyDict globals;
    /** The bundled library's module paths ("asyncio/tasks"), listed once. */
    private List<String> bundled;

    ScopeNames(InterpState interp, PyDict globals) {
        this.interp = interp;
        this.globals = globals;
    }

    List<NameCompleter.Completion> names(NameCompleter.Kind kind, String base) {
        TreeMap<String, Boolean> out = new TreeMap<>();
        switch (kind) {
            case NAMES -> {
                for (String k : PyTokens.KEYWORDS) out.put(k, false);
                addKeys(interp.builtins, out);
                addKeys(globals, out);
            }
            case ATTRIBUTES -> {
                PyObject o = resolve(base);
                if (o != null) addAttributes(o, out);
            }
            case MODULE_NAMES -> {
                PyObject m = interp.modules.getStr(base);
                if (m instanceof PyModule mod) addKeys(mod.globals, out);
                for (String sub : modules(base)) out.putIfAbsent(sub, false);
            }
            case MODULES -> {
                for (String m : modules(base)) out.put(m, false);
                if (base.isEmpty()) {
                    for (int i = 0; i < interp.modules.limit(); i++) {
                        if (interp.modules.keyAt(i) instanceof PyStr s && !s.value.contains(".")) out.putIfAbsent(s.value, false);
                    }
                }
            }
        }
        List<NameCompleter.Completion> list = new ArrayList<>(out.size());
        out.forEach((name, callable) -> list.add(new NameCompleter.Completion(name, callable)));
        return list;
    }

    /** The object a dotted name names, looked up in dictionaries only; null when that is not possible. */
    private PyObject resolve(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        PyObject o = globals.getStr(parts[0]);
        if (o == null) o = interp.builtins.getStr(parts[0]);
        for (int i = 1; i < parts.length && o != null; i++) o = plainAttribute(o, parts[i]);
        return o;
    }

    /** An attribute found as a stored value (module or instance dictionary, or a non-descriptor class attribute). */
    private static PyObject plainAttribute(PyObject o, String name) {
        if (o instanceof PyModule m) return m.globals.getStr(name);
        PyDict d = o.dict();
        if (d != null) {
            PyObject v = d.getStr(name);
            if (v != null) return v;
        }
        PyType[] mro = o instanceof PyType t ? t.mro : o.type().mro;
        for (PyType t : mro) {
            PyObject v = t.dict.get(name);
            if (v != null) return o instanceof PyType || v.type().lookup("__get__") == null ? v : null;
        }
        return null;
    }

    private static void addAttributes(PyObject o, TreeMap<String, Boolean> out) {
        if (o instanceof PyModule m) {
            addKeys(m.globals, out);
            return;
        }
        PyDict d = o.dict();
        if (d != null) addKeys(d, out);
        PyType[] mro = o instanceof PyType t ? t.mro : o.type().mro;
        for (PyType t : mro) {
            synchronized (t.dict) {
                t.dict.forEach((name, v) -> out.putIfAbsent(name, isCallable(v)));
            }
        }
    }

    private static void addKeys(PyDict d, TreeMap<String, Boolean> out) {
        for (int i = 0; i < d.limit(); i++) {
            if (d.keyAt(i) instanceof PyStr k) out.put(k.value, isCallable(d.valueAtPos(i)));
        }
    }

    private static boolean isCallable(PyObject v) {
        try {
            return v != null && Builtins.callable(v);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The modules that can be imported under package pkg ("" for top-level ones): names only. */
    private TreeSet<String> modules(String pkg) {
        TreeSet<String> out = new TreeSet<>();
        String folder = pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
        if (pkg.isEmpty()) {
            for (var p : ServiceLoader.load(NativeModule.class).stream().toList()) {
                try {
                    String n = p.get().name();
                    if (!n.contains(".")) out.add(n);
                } catch (RuntimeException | java.util.ServiceConfigurationError e) {
                    // a module that cannot load is not offered
                }
            }
        }
        for (String path : bundled()) {
            if (path.startsWith(folder)) addModule(path.substring(folder.length()), out);
        }
        String dev = System.getenv("TAIPAN_LIB");
        List<Path> dirs = new ArrayList<>();
        if (dev != null) dirs.add(Path.of(dev));
        if (pkg.isEmpty()) {
            PyObject path = interp.sys.globals.getStr("path");
            if (path instanceof dev.taipan.runtime.PyList l) {
                for (int i = 0; i < l.size; i++) {
                    if (l.items[i] instanceof PyStr s) dirs.add(interp.cwd.resolve(s.value.isEmpty() ? "." : s.value));
                }
            }
        }
        for (Path dir : dirs) {
            Path d = dir.resolve(folder);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> files = Files.list(d)) {
                files.forEach(f -> {
                    String n = f.getFileName().toString();
                    if (n.endsWith(".py")) addModule(n.substring(0, n.length() - 3), out);
                    else if (Files.isRegularFile(f.resolve("__init__.py"))) addModule(n, out);
                });
            } catch (IOException e) {
                // an unreadable folder offers nothing
            }
        }
        return out;
    }

    private static void addModule(String relative, TreeSet<String> out) {
        String first = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : relative;
        if (first.endsWith(".py")) first = first.substring(0, first.length() - 3);
        if (!first.isEmpty() && !first.equals("__init__") && !first.equals("__pycache__")
                && first.chars().allMatch(c -> Character.isJavaIdentifierPart(c) && c != '$')) {
            out.add(first);
        }
    }

    /** The bundled library's module files, relative to its folder: from the jar, or the classes folder in tests. */
    private List<String> bundled() {
        if (bundled != null) return bundled;
        List<String> found = new ArrayList<>();
        try {
            URL url = ModuleLoader.class.getClassLoader().getResource(LIB + "asyncio/__init__.py");
            if (url != null && url.getProtocol().equals("jar")) {
                String path = url.getPath();
                Path jarFile = Path.of(new URI(path.substring(0, path.indexOf("!/"))));
                try (JarFile jar = new JarFile(jarFile.toFile())) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        String n = e.getName();
                        if (n.startsWith(LIB) && n.endsWith(".py")) found.add(n.substring(LIB.length()));
                    }
                }
            } else if (url != null && url.getProtocol().equals("file")) {
                Path lib = Path.of(url.toURI()).getParent().getParent();
                try (Stream<Path> files = Files.walk(lib)) {
                    files.filter(f -> f.toString().endsWith(".py")).forEach(f -> found.add(lib.relativize(f).toString()));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // without the list, only the modules on sys.path are offered
        }
        bundled = found;
        return found;
    }
}
