package dev.taipan.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.runtime.Bootstrap;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.ThreadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsModuleTest {
    @TempDir
    Path dir;
    private PyModule os;
    private PyObject path;

    @BeforeEach
    void setUp() {
        InterpState interp = new InterpState();
        interp.cwd = dir;
        interp.env = new HashMap<>();
        interp.env.put("HOME", "/home/u");
        ThreadState.attach(new ThreadState(interp));
        Bootstrap.installBuiltins(interp);
        os = new OsModule().create(interp);
        path = os.getAttr("path");
    }

    private static String outcome(Supplier<PyObject> f) {
        try {
            return f.get().repr();
        } catch (PyException e) {
            return e.value.type().name + ": " + e.value.str();
        }
    }

    private String os(String fn, String... args) {
        PyObject[] a = new PyObject[args.length];
        for (int k = 0; k < args.length; k++) a[k] = PyStr.of(args[k]);
        return outcome(() -> os.getAttr(fn).call(a));
    }

    private String path(String fn, String... args) {
        PyObject[] a = new PyObject[args.length];
        for (int k = 0; k < args.length; k++) a[k] = PyStr.of(args[k]);
        return outcome(() -> path.getAttr(fn).call(a));
    }

    @Test
    void files() throws Exception {
        assertEquals("None", os("mkdir", "ostest"));
        assertEquals("FileExistsError: [Errno 17] File exists: 'ostest'", os("mkdir", "ostest"));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'nope/x'", os("mkdir", "nope/x"));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'nope'", os("rmdir", "nope"));
        Files.writeString(dir.resolve("ostest/f.txt"), "hello");
        assertEquals("OSError: [Errno 39] Directory not empty: 'ostest'", os("rmdir", "ostest"));
        assertEquals("NotADirectoryError: [Errno 20] Not a directory: 'ostest/f.txt'", os("rmdir", "ostest/f.txt"));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: 'ostest'", os("remove", "ostest"));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'ostest/nope' -> 'ostest/x'", os("rename", "ostest/nope", "ostest/x"));
        assertEquals("['f.txt']", os("listdir", "ostest"));
        assertEquals("NotADirectoryError: [Errno 20] Not a directory: 'ostest/f.txt'", os("listdir", "ostest/f.txt"));
        assertEquals("None", os("makedirs", "ostest/a/b"));
        assertEquals("FileExistsError: [Errno 17] File exists: 'ostest/a/b'", os("makedirs", "ostest/a/b"));
        assertEquals("5", outcome(() -> os.getAttr("stat").call(PyStr.of("ostest/f.txt")).getAttr("st_size")));
        assertEquals("5", path("getsize", "ostest/f.txt"));
        assertEquals("True", path("isdir", "ostest/a"));
        assertEquals("False", path("isfile", "ostest/a"));
        assertEquals("True", path("exists", "ostest/f.txt"));
        PyObject walk = os.getAttr("walk").call(PyStr.of("ostest"));
        StringBuilder sb = new StringBuilder();
        for (PyObject t = walk.next(); t != null; t = walk.next()) sb.append(t.repr());
        assertEquals("('ostest', ['a'], ['f.txt'])('ostest/a', ['b'], [])('ostest/a/b', [], [])", sb.toString());
        assertEquals("None", os("rename", "ostest/f.txt", "ostest/g.txt"));
        assertEquals("None", os("remove", "ostest/g.txt"));
        assertEquals("None", os("chdir", "ostest"));
        assertEquals(PyStr.repr(dir.resolve("ostest").toString()), os("getcwd"));
    }

    @Test
    void paths() {
        assertEquals("TypeError: expected str, bytes or os.PathLike object, not int", outcome(() -> os.getAttr("fspath").call(dev.taipan.runtime.PyInt.of(1))));
        assertEquals("TypeError: join() argument must be str, bytes, or os.PathLike object, not 'int'",
                outcome(() -> path.getAttr("join").call(PyStr.of("a"), dev.taipan.runtime.PyInt.of(1))));
        assertEquals("'/b/c/'", path("join", "a", "/b", "c", ""));
        assertEquals("('/a//b', '')", path("split", "/a//b//"));
        assertEquals("('//', '')", path("split", "//"));
        assertEquals("('.bashrc', '')", path("splitext", ".bashrc"));
        assertEquals("('a/b.tar', '.gz')", path("splitext", "a/b.tar.gz"));
        assertEquals("'//c'", path("normpath", "//a/./b/../../../c/"));
        assertEquals("'/a'", path("normpath", "///a"));
        assertEquals("'.'", path("normpath", ""));
        assertEquals("'..'", path("normpath", "../a/.."));
        assertEquals("'../b/c'", path("relpath", "/a/b/c", "/a/d"));
        assertEquals("ValueError: no path specified", path("relpath", "", "/a/d"));
        assertEquals("'a/b'", path("dirname", "a/b/"));
        assertEquals("''", path("basename", "a/b/"));
        assertEquals("'/home/u/x'", path("expanduser", "~/x"));
        assertEquals("'ab'", outcome(() -> path.getAttr("commonprefix").call(dev.taipan.runtime.PyList.of(PyStr.of("abc"), PyStr.of("abd")))));
        assertEquals("'/a'", outcome(() -> path.getAttr("commonpath").call(dev.taipan.runtime.PyList.of(PyStr.of("/a/b"), PyStr.of("/a/c")))));
        assertEquals(PyStr.repr(dir.resolve("x").toString()), path("abspath", "x/y/.."));
        assertEquals("'/home/u/bin'", path("expandvars", "$HOME/bin"));
    }

    @Test
    void environ() {
        PyObject env = os.getAttr("environ");
        assertEquals("None", outcome(() -> env.getAttr("get").call(PyStr.of("NOPE_X"))));
        assertEquals("KeyError: 'NOPE_X'", outcome(() -> env.getItem(PyStr.of("NOPE_X"))));
        env.setItem(PyStr.of("A"), PyStr.of("1"));
        assertEquals("'1'", os("getenv", "A"));
        assertEquals("'d'", os("getenv", "NOPE", "d"));
        assertEquals("environ({'HOME': '/home/u', 'A': '1'})".length(), env.repr().length());
        assertEquals("True", PyBool.of(env.contains(PyStr.of("A"))).repr());
        assertEquals("TypeError: str expected, not int", outcome(() -> {
            env.setItem(PyStr.of("B"), dev.taipan.runtime.PyInt.of(1));
            return env;
        }));
    }
}
