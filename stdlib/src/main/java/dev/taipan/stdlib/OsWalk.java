package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * os.walk as a lazy iterator (top-down walks read the yielded dirnames list, so callers can prune
 * it), and os.scandir with its DirEntry objects.
 */
public final class OsWalk extends PyObject {
    public static final PyType TYPE = new PyType("generator", PyType.OBJECT, true, null).markFinal();

    private final boolean topdown;
    private final PyObject onerror;
    private final boolean followlinks;
    /** Paths to visit (PyObject), or Descend steps, or finished tuples to yield (bottom-up). */
    private final Deque<Object> stack = new ArrayDeque<>();

    private record Descend(PyObject top, PyList dirs) {}

    OsWalk(PyObject top, boolean topdown, PyObject onerror, boolean followlinks) {
        this.topdown = topdown;
        this.onerror = onerror;
        this.followlinks = followlinks;
        stack.push(top);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    static PyObject join(PyObject top, String name) {
        OsPathModule.Text t = OsPathModule.text(top, null);
        String n = t.bytes() ? new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) : name;
        return t.wrap(OsPathModule.join(t.s(), List.of(n)));
    }

    static PyObject nameOf(PyObject top, String name) {
        return top instanceof PyBytes ? PyBytes.wrap(name.getBytes(StandardCharsets.UTF_8)) : PyStr.of(name);
    }

    @Override
    public PyObject next() {
        while (!stack.isEmpty()) {
            Object item = stack.pop();
            if (item instanceof PyTuple t) return t;
            if (item instanceof Descend d) {
                PyObject[] names = d.dirs().toArray();
                for (int k = names.length - 1; k >= 0; k--) {
                    PyObject np = join(d.top(), OsPathModule.text(names[k], null).s());
                    if (followlinks || !Files.isSymbolicLink(OsModule.path(np, "walk"))) stack.push(np);
                }
                continue;
            }
            PyObject top = (PyObject) item;
            PyList dirs = new PyList(), nondirs = new PyList();
            List<PyObject> walkDirs = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(OsModule.path(top, "walk"))) {
                for (Path c : ds) {
                    String n = c.getFileName().toString();
                    if (Files.isDirectory(c)) {
                        dirs.append(nameOf(top, n));
                        if (!topdown && (followlinks || !Files.isSymbolicLink(c))) walkDirs.add(join(top, n));
                    } else {
                        nondirs.append(nameOf(top, n));
                    }
                }
            } catch (IOException e) {
                if (onerror != null) onerror.call(OsModule.ioError(e, top, null).value);
                continue;
            }
            PyTuple result = PyTuple.of(top, dirs, nondirs);
            if (topdown) {
                stack.push(new Descend(top, dirs));
                return result;
            }
            stack.push(result);
            for (int k = walkDirs.size() - 1; k >= 0; k--) stack.push(walkDirs.get(k));
        }
        return null;
    }

    // ---- scandir -----------------------------------------------------------------------------------

    static PyObject scandir(PyObject dir) {
        List<PyObject> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(OsModule.path(dir, "scandir"))) {
            for (Path c : ds) {
                String n = c.getFileName().toString();
                entries.add(new DirEntry(nameOf(dir, n), join(dir, n), c));
            }
        } catch (IOException e) {
            throw OsModule.ioError(e, dir, null);
        }
        return new ScandirIterator(entries);
    }

    /** The iterator os.scandir returns; also a context manager. */
    static final class ScandirIterator extends PyObject {
        static final PyType TYPE = new PyType("ScandirIterator", PyType.OBJECT, true, null).markFinal();
        private final List<PyObject> entries;
        private int i;

        ScandirIterator(List<PyObject> entries) {
            this.entries = entries;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            return i < entries.size() ? entries.get(i++) : null;
        }

        static {
            TYPE.module = "posix";
            TYPE.method0("__iter__", self -> self);
            TYPE.method0("__next__", self -> {
                PyObject v = self.next();
                if (v == null) throw dev.taipan.runtime.Errors.stopIteration(null);
                return v;
            });
            TYPE.method0("__enter__", self -> self);
            TYPE.method("__exit__", (self, a, kw) -> {
                ((ScandirIterator) self).i = Integer.MAX_VALUE / 2;
                return PyBool.FALSE;
            });
            TYPE.method0("close", self -> {
                ((ScandirIterator) self).i = Integer.MAX_VALUE / 2;
                return PyNone.NONE;
            });
        }
    }

    /** os.DirEntry: one directory entry from scandir. */
    static final class DirEntry extends PyObject {
        static final PyType TYPE = new PyType("DirEntry", PyType.OBJECT, true, null).markFinal();
        private final PyObject name;
        private final PyObject path;
        private final Path file;

        DirEntry(PyObject name, PyObject path, Path file) {
            this.name = name;
            this.path = path;
            this.file = file;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<DirEntry " + name.repr() + ">";
        }

        private static boolean follow(PyObject[] args, String[] kw, String fname) {
            PyObject[] a = ArgParser.parse(fname, args, kw, new String[] {"follow_symlinks"}, 0, 0, 0);
            return a[0] == null || a[0].isTrue();
        }

        private static DirEntry e(PyObject o) {
            return (DirEntry) o;
        }

        static {
            TYPE.module = "posix";
            TYPE.getset("name", self -> e(self).name);
            TYPE.getset("path", self -> e(self).path);
            TYPE.method("is_dir", (self, a, kw) -> PyBool.of(follow(a, kw, "is_dir") ? Files.isDirectory(e(self).file)
                    : Files.isDirectory(e(self).file, LinkOption.NOFOLLOW_LINKS)));
            TYPE.method("is_file", (self, a, kw) -> PyBool.of(follow(a, kw, "is_file") ? Files.isRegularFile(e(self).file)
                    : Files.isRegularFile(e(self).file, LinkOption.NOFOLLOW_LINKS)));
            TYPE.method0("is_symlink", self -> PyBool.of(Files.isSymbolicLink(e(self).file)));
            TYPE.method("stat", (self, a, kw) -> OsModule.stat(e(self).path, follow(a, kw, "stat")));
            TYPE.method0("inode", self -> OsModule.stat(e(self).path, false).get(1));
            TYPE.method0("__fspath__", self -> e(self).path);
            TYPE.method0("__repr__", self -> PyStr.of(self.repr()));
        }
    }

    static {
        TYPE.method0("__iter__", self -> self);
        TYPE.method0("__next__", self -> {
            PyObject v = self.next();
            if (v == null) throw dev.taipan.runtime.Errors.stopIteration(null);
            return v;
        });
    }
}
