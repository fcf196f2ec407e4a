package dev.taipan.aio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Java agent that `taipan -m asyncio ps/pstree PID` loads into a running Taipan process through
 * the JDK's Attach API: it writes {@link TaskSnapshot#take()} to the file named by its argument
 * ("OK" and the snapshot, or "ERROR" and why). The snapshot is taken on a thread of its own, so
 * the attach call returns within a few seconds even when an interpreter never lets go of its lock.
 */
public final class SnapshotAgent {
    private SnapshotAgent() {}

    /** How long the snapshot may wait for the interpreter locks. */
    static final long TIMEOUT_MILLIS = 5000;

    public static void agentmain(String args, java.lang.instrument.Instrumentation inst) {
        agentmain(args);
    }

    public static void agentmain(String args) {
        Path out = Path.of(args);
        String[] result = {null};
        Thread t = new Thread(() -> {
            String text;
            try {
                text = "OK\n" + TaskSnapshot.take();
            } catch (RuntimeException | Error e) {
                text = "ERROR\n" + e;
            }
            synchronized (result) {
                result[0] = text;
                result.notifyAll();
            }
        }, "taipan-task-snapshot");
        t.setDaemon(true);
        t.start();
        String text;
        synchronized (result) {
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            long left;
            while (result[0] == null && (left = deadline - System.currentTimeMillis()) > 0) {
                try {
                    result.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            text = result[0] != null ? result[0] : "ERROR\nthe interpreter did not let go of its lock within 5 seconds";
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the inspecting process reports the missing answer
        }
    }
}
