package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyBufferedIO;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyFileIO;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTextIO;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.ThreadState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * _subprocess: starts child processes over java.lang.ProcessBuilder for subprocess.py and
 * asyncio's subprocess transports. spawn() takes the argument list subprocess.Popen built, finds
 * the program on the PATH as CPython's exec does (so errors name it as CPython does), connects the
 * standard streams (ChildStdio) and returns a PyChildProcess.
 */
public final class SubprocessModule implements NativeModule {
    private static final Pattern JDK_ERROR = Pattern.compile("error=(\\d+), (.*)");

    @Override
    public String name() {
        return "_subprocess";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_subprocess");
        m.put("PIPE", PyInt.of(ChildStdio.PIPE)).put("STDOUT", PyInt.of(ChildStdio.STDOUT)).put("DEVNULL", PyInt.of(ChildStdio.DEVNULL));
        m.put("Child", PyChildProcess.TYPE);
        m.function("spawn", (a, kw) -> {
            PyObject[] x = ArgParser.parse("spawn", a, kw,
                    new String[] {"args", "executable", "cwd", "env", "stdin", "stdout", "stderr"}, 7, 7, 7);
            return spawn(x, ThreadState.current().interp);
        });
        // wrap(raw, bufsize, encoding, errors, line_buffering): a pipe's file object as Popen
        // makes it: raw when bufsize is 0, else buffered, and text when encoding is not None
        m.function("wrap", (a, kw) -> {
            PyObject[] x = ArgParser.parse("wrap", a, kw, new String[] {"raw", "bufsize", "encoding", "errors", "line_buffering"},
                    5, 5, 0);
            PyFileIO raw = (PyFileIO) x[0];
            boolean text = x[2] != PyNone.NONE;
            if (!text && ((PyInt) x[1]).asInt() == 0) return raw;
            PyBufferedIO buffered = new PyBufferedIO(raw, false);
            if (!text) return buffered;
            boolean writing = raw.outputStream() != null;
            PyTextIO t = new PyTextIO(buffered, writing ? "w" : "r", text(x[2]), x[3] == PyNone.NONE ? "strict" : text(x[3]), null);
            t.lineBuffering = x[4].isTrue();
            t.writeThrough = writing;
            return t;
        });
        ChildPipes.install(m);
        return m;
    }

    private static String text(PyObject o) {
        String s = o instanceof PyStr str ? str.value : o instanceof PyBytes b ? new String(b.value, StandardCharsets.UTF_8) : null;
        if (s == null) throw Errors.typeError("expected str, bytes or os.PathLike object, not " + o.type().name);
        if (s.indexOf('\0') >= 0) throw Errors.valueError("embedded null byte");
        return s;
    }

    private static PyChildProcess spawn(PyObject[] x, InterpState interp) {
        List<String> argv = new ArrayList<>();
        PyObject args = x[0];
        int n = args instanceof PyList l ? l.size : ((PyTuple) args).size();
        for (int i = 0; i < n; i++) argv.add(text(args.getItem(PyInt.of(i))));
        if (argv.isEmpty()) throw Errors.indexError("list index out of range");
        String program = x[1] == PyNone.NONE ? argv.get(0) : text(x[1]);

        Path base = interp.cwd != null ? interp.cwd : Path.of("").toAbsolutePath();
        Path cwd = base;
        if (x[2] != PyNone.NONE) {
            String c = text(x[2]);
            cwd = base.resolve(c).normalize();
            if (!Files.exists(cwd)) throw OsModule.osError(2, "No such file or directory", PyStr.of(c), null);
            if (!Files.isDirectory(cwd)) throw OsModule.osError(20, "Not a directory", PyStr.of(c), null);
        }
        Map<String, String> env = environment(x[3], interp);

        ChildStdio in = ChildStdio.of(x[4], 0, interp);
        ChildStdio out = ChildStdio.of(x[5], 1, interp);
        ChildStdio err = ChildStdio.of(x[6], 2, interp);

        List<String> command = new ArrayList<>();
        command.add(locate(program, cwd, env.get("PATH")));
        command.addAll(argv.subList(1, argv.size()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(in.redirect).redirectOutput(out.redirect);
        if (err.toStdout) pb.redirectErrorStream(true);
        else pb.redirectError(err.redirect);
        Process p;
        try {
            p = Gil.blocking(pb::start);
        } catch (IOException e) {
            Matcher mt = JDK_ERROR.matcher(String.valueOf(e.getMessage()));
            int errno = mt.find() ? Integer.parseInt(mt.group(1)) : 5;
            throw OsModule.osError(errno, mt.find(0) ? mt.group(2) : OsModule.strerror(errno), PyStr.of(program), null);
        }
        List<Thread> copiers = new ArrayList<>();
        in.start("subprocess-copy-stdin", p.getOutputStream(), null);
        Thread t = out.start("subprocess-copy-stdout", null, p.getInputStream());
        if (t != null) copiers.add(t);
        t = err.start("subprocess-copy-stderr", null, p.getErrorStream());
        if (t != null) copiers.add(t);
        return new PyChildProcess(p, in.pipe, out.pipe, err.pipe, copiers);
    }

    /** The child's environment: env (a mapping of str or bytes), or the interpreter's os.environ. */
    private static Map<String, String> environment(PyObject env, InterpState interp) {
        if (env == PyNone.NONE) return interp.env != null ? interp.env : System.getenv();
        if (!(env instanceof PyDict d)) throw Errors.typeError("env must be a dict, not " + env.type().name);
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < d.limit(); i++) {
            PyObject k = d.keyAt(i);
            if (k == null) continue;
            String key = text(k), value = text(d.valueAtPos(i));
            if (key.isEmpty() || key.indexOf('=') >= 0) throw Errors.valueError("illegal environment variable name");
            m.put(key, value);
        }
        return m;
    }

    /**
     * The program to start: as given when the JVM's own lookup finds the same file (so the child
     * sees its argv[0] as given), else the file found on path. Raises CPython's OSError when the
     * program cannot be run.
     */
    private static String locate(String program, Path cwd, String path) {
        PyObject shown = PyStr.of(program);
        if (program.indexOf('/') >= 0) {
            Path p = resolve(cwd, program);
            if (p == null || !Files.exists(p)) throw OsModule.osError(2, "No such file or directory", shown, null);
            if (Files.isDirectory(p) || !Files.isExecutable(p)) throw OsModule.osError(13, "Permission denied", shown, null);
            return program;
        }
        boolean denied = false;
        Path found = null;
        for (String dir : (path == null ? "/bin:/usr/bin" : path).split(":", -1)) {
            Path p = resolve(cwd, (dir.isEmpty() ? "." : dir) + "/" + program);
            if (p == null || !Files.exists(p)) continue;
            if (Files.isDirectory(p) || !Files.isExecutable(p)) {
                denied = true;
                continue;
            }
            found = p;
            break;
        }
        if (found == null) {
            throw denied ? OsModule.osError(13, "Permission denied", shown, null)
                    : OsModule.osError(2, "No such file or directory", shown, null);
        }
        String jvmPath = System.getenv("PATH");
        if (jvmPath != null) {
            for (String dir : jvmPath.split(":", -1)) {
                Path p = resolve(cwd, (dir.isEmpty() ? "." : dir) + "/" + program);
                if (p != null && Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p.equals(found) ? program : found.toString();
                }
            }
        }
        return found.toString();
    }

    private static Path resolve(Path cwd, String s) {
        try {
            return cwd.resolve(s).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
