package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFileIO;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.ThreadState;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * os's file-descriptor functions (open, close, read, write, lseek, fdopen) over the runtime's
 * file objects (PyFileIO keeps the table of descriptors), the O_* flags, and os.utime.
 */
final class OsFds {
    private OsFds() {}

    // Linux's values
    static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200, O_NOCTTY = 0400, O_TRUNC = 01000,
            O_APPEND = 02000, O_NONBLOCK = 04000, O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000, O_CLOEXEC = 02000000;

    static void install(PyModule m) {
        String[] names = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_NOCTTY", "O_TRUNC", "O_APPEND", "O_NONBLOCK",
                "O_DIRECTORY", "O_NOFOLLOW", "O_CLOEXEC"};
        int[] values = {O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND, O_NONBLOCK, O_DIRECTORY, O_NOFOLLOW,
                O_CLOEXEC};
        for (int i = 0; i < names.length; i++) m.put(names[i], PyInt.of(values[i]));
        m.function("open", (a, kw) -> {
            PyObject[] x = ArgParser.parse("open", a, kw, new String[] {"path", "flags", "mode", "dir_fd"}, 2, 3, 0);
            int flags = Protocols.index(x[1]).asInt();
            int mode = x[2] == null ? 0777 : Protocols.index(x[2]).asInt();
            return PyInt.of(open(x[0], flags, mode).fileno());
        });
        m.function("close", (a, kw) -> {
            PyObject[] x = ArgParser.parse("close", a, kw, new String[] {"fd"}, 1, 1, 1);
            file(x[0]).close();
            return PyNone.NONE;
        });
        m.function("read", (a, kw) -> {
            ArgParser.count("read", a, kw, 2, 2);
            int n = (int) Math.min(Protocols.index(a[1]).asLong("Python int too large to convert to C ssize_t"), 1 << 24);
            if (n < 0) throw Errors.osError(PyExc.OSError, 22, "Invalid argument", null);
            int fd = fdArg(a[0]);
            InterpState interp = ThreadState.current().interp;
            byte[] b = new byte[n];
            int r;
            if (fd == 0 && PyFileIO.byFd(0) == null) {
                try {
                    r = interp.stdinStream.read(b, 0, n);
                } catch (IOException e) {
                    throw Errors.osError(PyExc.OSError, 5, "Input/output error", null);
                }
            } else {
                r = file(a[0]).read(b, 0, n);
            }
            return PyBytes.wrap(r <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, r));
        });
        m.function("write", (a, kw) -> {
            ArgParser.count("write", a, kw, 2, 2);
            if (!(a[1] instanceof BytesLike data)) {
                throw Errors.typeError("a bytes-like object is required, not '" + a[1].type().name + "'");
            }
            int fd = fdArg(a[0]);
            InterpState interp = ThreadState.current().interp;
            if ((fd == 1 || fd == 2) && PyFileIO.byFd(fd) == null) {
                java.io.PrintStream out = fd == 1 ? interp.stdoutStream : interp.stderrStream;
                out.write(data.array(), 0, data.size());
                out.flush();
            } else {
                file(a[0]).write(data.array(), 0, data.size());
            }
            return PyInt.of(data.size());
        });
        m.function("lseek", (a, kw) -> {
            ArgParser.count("lseek", a, kw, 3, 3);
            return PyInt.of(file(a[0]).seek(Protocols.index(a[1]).asLong("position"), Protocols.index(a[2]).asInt()));
        });
        m.function("fdopen", (a, kw) -> {
            if (a.length - (kw == null ? 0 : kw.length) < 1) throw Errors.typeError("fdopen() missing required argument 'fd' (pos 1)");
            fdArg(a[0]);
            return ThreadState.current().interp.builtins.getStr("open").call(a, kw);
        });
        m.function("utime", (a, kw) -> {
            PyObject[] x = ArgParser.parse("utime", a, kw, new String[] {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, 2, 0);
            utime(x[0], x[1], x[2]);
            return PyNone.NONE;
        });
    }

    private static int fdArg(PyObject o) {
        if (!(o instanceof PyInt)) throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        return ((PyInt) o).asInt();
    }

    /** The open file with descriptor o; OSError EBADF otherwise. */
    private static PyFileIO file(PyObject o) {
        PyFileIO f = PyFileIO.byFd(fdArg(o));
        if (f == null) throw Errors.osError(PyExc.OSError, 9, "Bad file descriptor", null);
        return f;
    }

    /** os.open: the flags mapped onto the runtime's open modes; a file it creates gets mode's permissions. */
    static PyFileIO open(PyObject pathArg, int flags, int mode) {
        Path p = OsModule.path(pathArg, "open");
        PyObject name = OsPathModule.fspath(pathArg, "");
        int access = flags & 3;
        boolean create = (flags & O_CREAT) != 0, excl = (flags & O_EXCL) != 0;
        boolean created = false;
        String m;
        if (create && excl) {
            m = access == O_WRONLY ? "x" : "x+";
            created = true;
        } else {
            if (create && !Files.exists(p)) {
                try {
                    Files.createFile(p);
                    created = true;
                } catch (FileAlreadyExistsException e) {
                    // made meanwhile: open it
                } catch (IOException e) {
                    throw OsModule.ioError(e, name, null);
                }
            }
            if ((flags & O_APPEND) != 0) m = access == O_RDONLY ? "r" : access == O_WRONLY ? "a" : "a+";
            else m = access == O_RDONLY ? "r" : "r+";
        }
        PyFileIO f = PyFileIO.open(p, name, m, true);
        if (created) setMode(p, mode);
        if ((flags & O_TRUNC) != 0 && access != O_RDONLY) f.truncate(0);
        return f;
    }

    /** Gives a file it created the permissions mode asks for, less the usual umask (022). */
    static void setMode(Path p, int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values();
        int m = mode & ~022;
        for (int k = 0; k < 9; k++) {
            if ((m & (1 << (8 - k))) != 0) perms.add(all[k]);
        }
        try {
            Files.setPosixFilePermissions(p, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // the file system keeps its own permissions
        }
    }

    private static void utime(PyObject pathArg, PyObject times, PyObject ns) {
        Path p = OsModule.path(pathArg, "utime");
        PyObject name = OsPathModule.fspath(pathArg, "");
        FileTime atime, mtime;
        boolean hasTimes = times != null && times != PyNone.NONE, hasNs = ns != null && ns != PyNone.NONE;
        if (hasTimes && hasNs) throw Errors.valueError("utime: you may specify either 'times' or 'ns' but not both");
        if (hasTimes || hasNs) {
            PyObject pair = hasTimes ? times : ns;
            if (!(pair instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError(hasTimes ? "utime: 'times' must be either a tuple of two ints or None"
                        : "utime: 'ns' must be a tuple of two ints");
            }
            atime = fileTime(t.get(0), hasNs);
            mtime = fileTime(t.get(1), hasNs);
        } else {
            atime = mtime = FileTime.from(java.time.Instant.now());
        }
        if (!Files.exists(p)) throw OsModule.osError(2, "No such file or directory", name, null);
        try {
            Files.getFileAttributeView(p, BasicFileAttributeView.class).setTimes(mtime, atime, null);
        } catch (IOException e) {
            throw OsModule.ioError(e, name, null);
        }
    }

    private static FileTime fileTime(PyObject v, boolean nanos) {
        if (nanos) return FileTime.from(Protocols.index(v).asLong("ns"), TimeUnit.NANOSECONDS);
        double s = v instanceof PyFloat f ? f.value : Protocols.index(v).toDouble();
        long whole = (long) Math.floor(s);
        return FileTime.from(java.time.Instant.ofEpochSecond(whole, (long) ((s - whole) * 1e9)));
    }
}
