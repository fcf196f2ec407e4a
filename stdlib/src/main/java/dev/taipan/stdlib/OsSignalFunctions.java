package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.OsSignals;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import java.io.IOException;
import java.util.Optional;

/** os.kill and os.killpg: signals to this process (through {@link SignalModule#deliver}) and to others. */
final class OsSignalFunctions {
    private OsSignalFunctions() {}

    static void install(PyModule m, InterpState interp) {
        m.function("kill", (a, k) -> {
            ArgParser.count("kill", a, k, 2, 2);
            long pid = NumberArgs.index(a[0]).value;
            kill(interp, pid, SignalModule.osSignum(a[1]));
            return PyNone.NONE;
        });
        m.function("killpg", (a, k) -> {
            ArgParser.count("killpg", a, k, 2, 2);
            long pgid = NumberArgs.index(a[0]).value;
            external("-" + pgid, SignalModule.osSignum(a[1]));
            return PyNone.NONE;
        });
    }

    static void kill(InterpState interp, long pid, int n) {
        if (pid == ProcessHandle.current().pid()) {
            if (n != 0) SignalModule.deliver(interp, n);
            return;
        }
        Optional<ProcessHandle> target = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        if (pid > 0 && target.isEmpty()) throw Errors.osError(PyExc.ProcessLookupError, 3, "No such process", null);
        if (n == 0) return;
        // a child of ours reports death by this signal as -n, as CPython
        PyChildProcess.noteSignal(pid, n);
        if (n == 15 && target.isPresent() && target.get().destroy()) return;
        if (n == 9 && target.isPresent() && target.get().destroyForcibly()) return;
        external(Long.toString(pid), n);
    }

    /** Sends signal n with the kill(1) program (the JDK has no call for other signals). */
    private static void external(String pid, int n) {
        String name = OsSignals.name(n);
        ProcessBuilder pb = new ProcessBuilder("kill", "-s", name != null ? name : Integer.toString(n), "--", pid);
        pb.redirectErrorStream(true);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            int code = Gil.blocking(p::waitFor);
            if (code != 0) {
                if (out.contains("No such process")) throw Errors.osError(PyExc.ProcessLookupError, 3, "No such process", null);
                if (out.contains("not permitted")) throw Errors.osError(PyExc.PermissionError, 1, "Operation not permitted", null);
                throw Errors.osError(PyExc.OSError, 22, "Invalid argument", null);
            }
        } catch (IOException | InterruptedException e) {
            throw Errors.osError(PyExc.OSError, 5, "Input/output error", null);
        }
    }
}
