package dev.taipan.stdlib;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import dev.taipan.aio.TaskSnapshot;
import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * _remote_debugging: what `taipan -m asyncio ps/pstree PID` reads from another Taipan process.
 * CPython reads the other process's memory; Taipan attaches to its JVM (the JDK's Attach API) and
 * loads {@link dev.taipan.aio.SnapshotAgent} into it from a one-line agent jar made on the spot: the
 * agent's class comes from the Taipan already running there. get_all_awaited_by(pid) returns, per
 * thread, (thread_id, [(task_id, task_name, frames, [(awaiter_id, frames)])]) where frames are
 * (filename, lineno, funcname) tuples, innermost first.
 */
public final class RemoteDebuggingModule implements NativeModule {
    @Override
    public String name() {
        return "_remote_debugging";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_remote_debugging");
        m.function("get_all_awaited_by", (a, k) -> {
            PyObject[] p = ArgParser.parse("get_all_awaited_by", a, k, new String[] {"pid"}, 1, 1, 0);
            long pid = dev.taipan.runtime.Protocols.index(p[0]).asLong("pid is too large");
            String text;
            try {
                text = Gil.blocking(() -> fetch(pid));
            } catch (Failure e) {
                throw Errors.of(e.type, e.getMessage());
            }
            return parse(text);
        });
        return m;
    }

    /** Why a snapshot could not be read: the Python exception to raise once the interpreter lock is held again. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final transient dev.taipan.runtime.PyType type;

        Failure(dev.taipan.runtime.PyType type, String message) {
            super(message, null, false, false);
            this.type = type;
        }
    }

    private static Failure failure(String message) {
        return new Failure(PyExc.RuntimeError, message);
    }

    /** Attaches to pid's JVM and returns the agent's answer (the snapshot text after "OK"); runs without the interpreter lock. */
    private static String fetch(long pid) throws Failure {
        if (pid == ProcessHandle.current().pid()) {
            throw failure("Failed to attach to process " + pid + ": it is this process");
        }
        if (ProcessHandle.of(pid).isEmpty()) {
            throw new Failure(PyExc.ProcessLookupError, "No such process: " + pid);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("taipan-tasks");
            Path jar = dir.resolve("agent.jar");
            Path out = dir.resolve("tasks.txt");
            writeAgentJar(jar);
            VirtualMachine vm;
            try {
                vm = VirtualMachine.attach(Long.toString(pid));
            } catch (AttachNotSupportedException e) {
                throw failure("Failed to attach to process " + pid + ": it is not a Taipan process");
            } catch (SecurityException e) {
                throw new Failure(PyExc.PermissionError, "Operation not permitted");
            }
            try {
                vm.loadAgent(jar.toString(), out.toString());
            } catch (com.sun.tools.attach.AgentLoadException | com.sun.tools.attach.AgentInitializationException e) {
                throw failure("Failed to read the tasks of process " + pid + ": " + e.getMessage());
            } finally {
                vm.detach();
            }
            if (!Files.exists(out)) throw failure("Failed to read the tasks of process " + pid + ": no answer");
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (text.startsWith("ERROR\n")) {
                throw failure("Failed to read the tasks of process " + pid + ": " + text.substring(6).strip());
            }
            return text.startsWith("OK\n") ? text.substring(3) : text;
        } catch (IOException e) {
            throw failure("Failed to attach to process " + pid + ": " + e.getMessage());
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) Files.deleteIfExists(f);
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    /** An agent jar with nothing but its manifest: the agent class is found in the target's class path. */
    private static void writeAgentJar(Path jar) throws IOException {
        Manifest mf = new Manifest();
        Attributes at = mf.getMainAttributes();
        at.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        at.putValue("Agent-Class", "dev.taipan.aio.SnapshotAgent");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(os, mf)) {
            jos.flush();
        }
    }

    /** The snapshot text as Python lists and tuples (see TaskSnapshot for its lines). */
    static PyObject parse(String text) {
        PyList threads = new PyList();
        PyList tasks = null;
        PyList frames = null;
        PyList awaiters = null;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "T" -> {
                    tasks = new PyList();
                    threads.append(PyTuple.of(PyInt.of(Long.parseLong(f[1])), tasks));
                }
                case "K" -> {
                    frames = new PyList();
                    awaiters = new PyList();
                    tasks.append(PyTuple.of(PyInt.of(Long.parseLong(f[1])), PyStr.of(TaskSnapshot.unescape(f[2])), frames, awaiters));
                }
                case "A" -> {
                    frames = new PyList();
                    awaiters.append(PyTuple.of(PyInt.of(Long.parseLong(f[1])), frames));
                }
                case "C" -> frames.append(PyTuple.of(PyStr.of(TaskSnapshot.unescape(f[1])), PyInt.of(Long.parseLong(f[2])),
                        PyStr.of(TaskSnapshot.unescape(f[3]))));
                default -> throw Errors.runtimeError("unexpected line in a task snapshot: " + line);
            }
        }
        return threads;
    }
}
