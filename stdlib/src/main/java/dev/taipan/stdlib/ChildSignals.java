package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.PyExc;
import java.io.IOException;

/**
 * Sending a signal to a child process: SIGKILL and SIGTERM through its ProcessHandle, any other
 * number through the shell's kill builtin (the JDK has no call for it).
 */
final class ChildSignals {
    private ChildSignals() {}

    static final int SIGKILL = 9, SIGTERM = 15;

    static void send(Process p, int sig) {
        // through the handle: Process.destroy() would also close the parent's ends of the pipes
        if (sig == SIGKILL) {
            p.toHandle().destroyForcibly();
            return;
        }
        if (sig == SIGTERM) {
            p.toHandle().destroy();
            return;
        }
        if (sig < 0 || sig > 64) throw Errors.osError(PyExc.OSError, 22, "Invalid argument", null);
        if (sig == 0) return;
        int status = Gil.blocking(() -> {
            try {
                Process k = new ProcessBuilder("/bin/sh", "-c", "kill -" + sig + " " + p.pid() + " 2>/dev/null")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return k.waitFor();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        });
        if (status != 0 && p.isAlive()) throw Errors.osError(PyExc.OSError, 1, "Operation not permitted", null);
    }
}
