package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.Map;

/** The os module: files and directories, the environment and process facts; paths resolve against the interpreter's cwd. */
public final class OsModule implements NativeModule {
    /** os.urandom's source, made on first use: seeding a SecureRandom costs every start-up several ms. */
    private static final class Urandom {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    @Override
    public String name() {
        return "os";
    }

    // ---- errors ----------------------------------------------------------------------------------

    /** OSError of the subclass CPython picks for errno, with filename (and filename2) as given. */
    static PyException osError(int errno, String strerror, PyObject filename, PyObject filename2) {
        PyType t = switch (errno) {
            case 2 -> PyExc.FileNotFoundError;
            case 17 -> PyExc.FileExistsError;
            case 13, 1 -> PyExc.PermissionError;
            case 20 -> PyExc.NotADirectoryError;
            case 21 -> PyExc.IsADirectoryError;
            default -> PyExc.OSError;
        };
        PyBaseException e = new PyBaseException(t, PyInt.of(errno), PyStr.of(strerror));
        e.setField("errno", PyInt.of(errno));
        e.setField("strerror", PyStr.of(strerror));
        if (filename != null && filename != PyNone.NONE) {
            e.setField("filename", filename);
            if (filename2 != null && filename2 != PyNone.NONE) e.setField("filename2", filename2);
        }
        return new PyException(e);
    }

    /** Maps a Java I/O failure to the OSError CPython raises. */
    static PyException ioError(IOException e, PyObject filename, PyObject filename2) {
        if (e instanceof NoSuchFileException) return osError(2, "No such file or directory", filename, filename2);
        if (e instanceof FileAlreadyExistsException) return osError(17, "File exists", filename, filename2);
        if (e instanceof DirectoryNotEmptyException) return osError(39, "Directory not empty", filename, filename2);
        if (e instanceof AccessDeniedException) return osError(13, "Permission denied", filename, filename2);
        if (e instanceof NotDirectoryException) return osError(20, "Not a directory", filename, filename2);
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (reason != null) {
            if (reason.contains("Not a directory")) return osError(20, "Not a directory", filename, filename2);
            if (reason.contains("Is a directory")) return osError(21, "Is a directory", filename, filename2);
            if (reason.contains("Directory not empty")) return osError(39, "Directory not empty", filename, filename2);
            if (reason.contains("Permission denied")) return osError(13, "Permission denied", filename, filename2);
        }
        return osError(5, reason == null ? "Input/output error" : reason, filename, filename2);
    }

    static String strerror(int code) {
        return switch (code) {
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 5 -> "Input/output error";
            case 9 -> "Bad file descriptor";
            case 13 -> "Permission denied";
            case 17 -> "File exists";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 28 -> "No space left on device";
            case 39 -> "Directory not empty";
            default -> "Unknown error " + code;
        };
    }

    // ---- paths -------------------------------------------------------------------------------------

    /** The filesystem path for a path argument of function fname. */
    static Path path(PyObject arg, String fname) {
        if (!(arg instanceof PyStr) && !(arg instanceof PyBytes) && arg.type().lookup("__fspath__") == null) {
            throw Errors.typeError(fname + ": path should be string, bytes or os.PathLike, not " + arg.type().name);
        }
        OsPathModule.Text t = OsPathModule.text(arg, null);
        if (t.s().indexOf('\0') >= 0) throw Errors.valueError(fname + ": embedded null character in path");
        if (t.s().isEmpty()) throw osError(2, "No such file or directory", OsPathModule.fspath(arg, ""), null);
        return OsPathModule.resolve(t.s(), t.bytes());
    }

    static PyStatResult stat(PyObject arg, boolean follow) {
        // CPython flushes a dropped file object at once (reference counting); here writes still
        // buffered in unclosed files reach the disk before their size or times are looked at.
        dev.taipan.runtime.PyBufferedIO.flushAll();
        Path p = path(arg, "stat");
        try {
            LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            Map<String, Object> a = Files.readAttributes(p, "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime", opts);
            long[] nanos = {nanosOf(a.get("lastAccessTime")), nanosOf(a.get("lastModifiedTime")), nanosOf(a.get("ctime"))};
            return new PyStatResult(((Number) a.get("mode")).longValue(), ((Number) a.get("ino")).longValue(),
                    ((Number) a.get("dev")).longValue(), ((Number) a.get("nlink")).longValue(), ((Number) a.get("uid")).longValue(),
                    ((Number) a.get("gid")).longValue(), ((Number) a.get("size")).longValue(), nanos);
        } catch (IOException e) {
            throw ioError(e, OsPathModule.fspath(arg, ""), null);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                var b = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
                long mode = b.isDirectory() ? 040755 : b.isSymbolicLink() ? 0120777 : 0100644;
                long[] nanos = {nanosOf(b.lastAccessTime()), nanosOf(b.lastModifiedTime()), nanosOf(b.creationTime())};
                return new PyStatResult(mode, 0, 0, 1, 0, 0, b.size(), nanos);
            } catch (IOException e2) {
                throw ioError(e2, OsPathModule.fspath(arg, ""), null);
            }
        }
    }

    private static long nanosOf(Object t) {
        FileTime ft = (FileTime) t;
        java.time.Instant i = ft.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static PyObject orig(PyObject arg) {
        return OsPathModule.fspath(arg, "expected str, bytes or os.PathLike object, not ");
    }

    private static PyObject[] args(String fname, PyObject[] args, String[] kw, String[] names, int required) {
        return ArgParser.parse(fname, args, kw, names, required, names.length, 0);
    }

    private static InterpState interp() {
        return ThreadState.current().interp;
    }

    /** A user or group id from /proc/self/status (field 1 is the real id, 2 the effective one); 0 when unreadable. */
    private static long procStatusId(String key, int field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[field - 1]);
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    // ---- module ------------------------------------------------------------------------------------

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("os");
        PyObject pathModule = interp.modules.getStr("posixpath");
        if (pathModule == null) {
            pathModule = new OsPathModule().create(interp);
            interp.modules.putStr("posixpath", pathModule);
        }
        interp.modules.putStr("os.path", pathModule);
        m.put("path", pathModule);
        m.put("name", PyStr.of("posix")).put("sep", PyStr.of("/")).put("altsep", PyNone.NONE).put("extsep", PyStr.of("."))
                .put("pathsep", PyStr.of(":")).put("linesep", PyStr.of("\n")).put("curdir", PyStr.of(".")).put("pardir", PyStr.of(".."))
                .put("defpath", PyStr.of("/bin:/usr/bin")).put("devnull", PyStr.of("/dev/null")).put("error", PyExc.OSError)
                .put("F_OK", PyInt.of(0)).put("R_OK", PyInt.of(4)).put("W_OK", PyInt.of(2)).put("X_OK", PyInt.of(1))
                .put("SEEK_SET", PyInt.of(0)).put("SEEK_CUR", PyInt.of(1)).put("SEEK_END", PyInt.of(2))
                .put("environ", new PyEnviron(interp)).put("stat_result", PyStatResult.TYPE);
        m.function("getcwd", (a, kw) -> {
            ArgParser.count("getcwd", a, kw, 0, 0);
            return PyStr.of(OsPathModule.cwd().toString());
        });
        m.function("getcwdb", (a, kw) -> {
            ArgParser.count("getcwdb", a, kw, 0, 0);
            return PyBytes.wrap(OsPathModule.cwd().toString().getBytes(StandardCharsets.UTF_8));
        });
        m.function("chdir", (a, kw) -> {
            PyObject[] x = args("chdir", a, kw, new String[] {"path"}, 1);
            Path p = path(x[0], "chdir");
            if (!Files.exists(p)) throw osError(2, "No such file or directory", orig(x[0]), null);
            if (!Files.isDirectory(p)) throw osError(20, "Not a directory", orig(x[0]), null);
            interp().cwd = p.toAbsolutePath().normalize();
            return PyNone.NONE;
        });
        m.function("listdir", (a, kw) -> {
            PyObject[] x = args("listdir", a, kw, new String[] {"path"}, 0);
            PyObject arg = x[0] == null || x[0] == PyNone.NONE ? PyStr.of(".") : x[0];
            Path p = path(arg, "listdir");
            boolean bytes = orig(arg) instanceof PyBytes;
            PyList out = new PyList();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                for (Path c : ds) {
                    String n = c.getFileName().toString();
                    out.append(bytes ? PyBytes.wrap(n.getBytes(StandardCharsets.UTF_8)) : PyStr.of(n));
                }
            } catch (IOException e) {
                throw ioError(e, orig(arg), null);
            }
            return out;
        });
        m.function("mkdir", (a, kw) -> {
            PyObject[] x = args("mkdir", a, kw, new String[] {"path", "mode", "dir_fd"}, 1);
            Path p = path(x[0], "mkdir");
            try {
                Files.createDirectory(p);
            } catch (IOException e) {
                throw ioError(e, orig(x[0]), null);
            }
            if (x[1] != null) OsFds.setMode(p, Protocols.index(x[1]).asInt());
            return PyNone.NONE;
        });
        m.function("makedirs", (a, kw) -> {
            PyObject[] x = args("makedirs", a, kw, new String[] {"name", "mode", "exist_ok"}, 1);
            Path p = path(x[0], "makedirs");
            boolean existOk = x[2] != null && x[2].isTrue();
            if (Files.isDirectory(p)) {
                if (existOk) return PyNone.NONE;
                throw osError(17, "File exists", orig(x[0]), null);
            }
            try {
                Files.createDirectories(p);
            } catch (FileAlreadyExistsException e) {
                throw osError(17, "File exists", orig(x[0]), null);
            } catch (IOException e) {
                throw ioError(e, orig(x[0]), null);
            }
            return PyNone.NONE;
        });
        m.function("rmdir", (a, kw) -> {
            PyObject[] x = args("rmdir", a, kw, new String[] {"path", "dir_fd"}, 1);
            Path p = path(x[0], "rmdir");
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw osError(20, "Not a directory", orig(x[0]), null);
            }
            try {
                Files.delete(p);
            } catch (IOException e) {
                throw ioError(e, orig(x[0]), null);
            }
            return PyNone.NONE;
        });
        for (String n : new String[] {"remove", "unlink"}) {
            m.function(n, (a, kw) -> {
                PyObject[] x = args(n, a, kw, new String[] {"path", "dir_fd"}, 1);
                Path p = path(x[0], n);
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) throw osError(21, "Is a directory", orig(x[0]), null);
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw ioError(e, orig(x[0]), null);
                }
                return PyNone.NONE;
            });
        }
        for (String n : new String[] {"rename", "replace"}) {
            m.function(n, (a, kw) -> {
                PyObject[] x = args(n, a, kw, new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2);
                Path src = path(x[0], n), dst = path(x[1], n);
                try {
                    if (Files.isDirectory(dst) && !Files.isDirectory(src) && Files.exists(src)) {
                        throw osError(21, "Is a directory", orig(x[0]), orig(x[1]));
                    }
                    Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw ioError(e, orig(x[0]), orig(x[1]));
                }
                return PyNone.NONE;
            });
        }
        m.function("stat", (a, kw) -> {
            PyObject[] x = args("stat", a, kw, new String[] {"path", "dir_fd", "follow_symlinks"}, 1);
            return stat(x[0], x[2] == null || x[2].isTrue());
        });
        m.function("lstat", (a, kw) -> stat(args("lstat", a, kw, new String[] {"path", "dir_fd"}, 1)[0], false));
        m.function("access", (a, kw) -> {
            PyObject[] x = args("access", a, kw, new String[] {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2);
            Path p = path(x[0], "access");
            long mode = Protocols.index(x[1]).asLong("mode");
            boolean ok = Files.exists(p);
            if (ok && (mode & 4) != 0) ok = Files.isReadable(p);
            if (ok && (mode & 2) != 0) ok = Files.isWritable(p);
            if (ok && (mode & 1) != 0) ok = Files.isExecutable(p);
            return PyBool.of(ok);
        });
        m.function("getenv", (a, kw) -> {
            PyObject[] x = args("getenv", a, kw, new String[] {"key", "default"}, 1);
            if (!(x[0] instanceof PyStr k)) throw Errors.typeError("str expected, not " + x[0].type().name);
            Map<String, String> env = interp().env;
            String v = env == null ? System.getenv(k.value) : env.get(k.value);
            return v != null ? PyStr.of(v) : x[1] == null ? PyNone.NONE : x[1];
        });
        m.function("putenv", (a, kw) -> {
            ArgParser.count("putenv", a, kw, 2, 2);
            interp().env.put(a[0].str(), a[1].str());
            return PyNone.NONE;
        });
        m.function("unsetenv", (a, kw) -> {
            ArgParser.count("unsetenv", a, kw, 1, 1);
            interp().env.remove(a[0].str());
            return PyNone.NONE;
        });
        m.function("getpid", (a, kw) -> PyInt.of(ProcessHandle.current().pid()));
        OsSignalFunctions.install(m, interp);
        m.function("getppid", (a, kw) -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
        m.function("cpu_count", (a, kw) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        m.function("urandom", (a, kw) -> {
            ArgParser.count("urandom", a, kw, 1, 1);
            long n = Protocols.index(a[0]).asLong("Python int too large to convert to C ssize_t");
            if (n < 0) throw Errors.valueError("negative argument not allowed");
            byte[] b = new byte[(int) n];
            Urandom.RANDOM.nextBytes(b);
            return PyBytes.wrap(b);
        });
        m.function("strerror", (a, kw) -> {
            ArgParser.count("strerror", a, kw, 1, 1);
            return PyStr.of(strerror(Protocols.index(a[0]).asInt()));
        });
        m.function("fspath", (a, kw) -> OsPathModule.fspath(args("fspath", a, kw, new String[] {"path"}, 1)[0],
                "expected str, bytes or os.PathLike object, not "));
        m.function("fsencode", (a, kw) -> {
            PyObject p = OsPathModule.fspath(args("fsencode", a, kw, new String[] {"filename"}, 1)[0],
                    "expected str, bytes or os.PathLike object, not ");
            return p instanceof PyStr s ? PyBytes.wrap(s.value.getBytes(StandardCharsets.UTF_8)) : p;
        });
        m.function("fsdecode", (a, kw) -> {
            PyObject p = OsPathModule.fspath(args("fsdecode", a, kw, new String[] {"filename"}, 1)[0],
                    "expected str, bytes or os.PathLike object, not ");
            return p instanceof PyBytes b ? PyStr.of(new String(b.toByteArray(), StandardCharsets.UTF_8)) : p;
        });
        m.function("walk", (a, kw) -> {
            PyObject[] x = args("walk", a, kw, new String[] {"top", "topdown", "onerror", "followlinks"}, 1);
            return new OsWalk(orig(x[0]), x[1] == null || x[1].isTrue(), x[2] == null || x[2] == PyNone.NONE ? null : x[2],
                    x[3] != null && x[3].isTrue());
        });
        m.function("chmod", (a, kw) -> {
            PyObject[] x = args("chmod", a, kw, new String[] {"path", "mode", "dir_fd", "follow_symlinks"}, 2);
            Path p = path(x[0], "chmod");
            long mode = Protocols.index(x[1]).asLong("mode");
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = java.util.EnumSet.noneOf(
                    java.nio.file.attribute.PosixFilePermission.class);
            java.nio.file.attribute.PosixFilePermission[] all = java.nio.file.attribute.PosixFilePermission.values();
            for (int k = 0; k < 9; k++) {
                if ((mode & (1L << (8 - k))) != 0) perms.add(all[k]);
            }
            try {
                Files.setPosixFilePermissions(p, perms);
            } catch (IOException e) {
                throw ioError(e, orig(x[0]), null);
            }
            return PyNone.NONE;
        });
        m.function("symlink", (a, kw) -> {
            PyObject[] x = args("symlink", a, kw, new String[] {"src", "dst", "target_is_directory", "dir_fd"}, 2);
            OsPathModule.Text target = OsPathModule.text(x[0], null);
            try {
                Files.createSymbolicLink(path(x[1], "symlink"), Path.of(target.s()));
            } catch (IOException e) {
                throw ioError(e, orig(x[0]), orig(x[1]));
            }
            return PyNone.NONE;
        });
        m.function("readlink", (a, kw) -> {
            PyObject[] x = args("readlink", a, kw, new String[] {"path", "dir_fd"}, 1);
            try {
                String r = Files.readSymbolicLink(path(x[0], "readlink")).toString();
                return orig(x[0]) instanceof PyBytes ? PyBytes.wrap(r.getBytes(StandardCharsets.UTF_8)) : PyStr.of(r);
            } catch (java.nio.file.NotLinkException e) {
                throw osError(22, "Invalid argument", orig(x[0]), null);
            } catch (IOException e) {
                throw ioError(e, orig(x[0]), null);
            }
        });
        String[][] ids = {{"getuid", "Uid:", "1"}, {"geteuid", "Uid:", "2"}, {"getgid", "Gid:", "1"}, {"getegid", "Gid:", "2"}};
        for (String[] id : ids) {
            m.function(id[0], (a, kw) -> {
                ArgParser.count(id[0], a, kw, 0, 0);
                return PyInt.of(procStatusId(id[1], Integer.parseInt(id[2])));
            });
        }
        m.function("scandir", (a, kw) -> {
            PyObject[] x = args("scandir", a, kw, new String[] {"path"}, 0);
            PyObject arg = x[0] == null || x[0] == PyNone.NONE ? PyStr.of(".") : orig(x[0]);
            return OsWalk.scandir(arg);
        });
        OsFds.install(m);
        return m;
    }
}
