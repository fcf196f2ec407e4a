package dev.taipan.repl;

import dev.taipan.cli.Main;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A short REPL session for the JDK's AOT cache training run (the launcher asks for it with
 * -Dtaipan.aot.training=true): typed keys on an xterm-like terminal in memory, through
 * editing, colours, completion and a few entries, so that the classes the REPL needs before
 * its first prompt are loaded and linked ahead of time. Everything it prints is discarded.
 */
public final class ReplTraining {
    /** The system property that asks for this session after the training program. */
    public static final String PROPERTY = "taipan.aot.training";
    private static final String KEYS = "def f(x):\n    if x:\n        return [i for i in range(x)]\n\n"
            + "f(3)\nimport asy\t\nasyncio.sl\t0)\nawait asyncio.sleep(0, 'done')\n"
            + "x = {'a': 1, \"b\": 2.5}  # comment\nx\n1/0\nexit\n";

    private ReplTraining() {}

    public static void run(Path cwd) {
        try {
            // the system terminal's providers are probed (stdin is no terminal here: a dumb one results)
            TerminalBuilder.builder().provider(ReplTerminal.FIRST_PROVIDER).system(true).nativeSignals(false)
                    .dumb(true).build().close();
            InputStream keys = new ByteArrayInputStream(KEYS.getBytes(StandardCharsets.UTF_8));
            Terminal terminal = TerminalBuilder.builder().system(false).streams(keys, OutputStream.nullOutputStream())
                    .type("xterm-256color").size(new org.jline.terminal.Size(80, 24)).build();
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            // never more than a few seconds: a training run that hangs would hang the launcher
            Thread session = new Thread(() -> Main.run(new String[0], InputStream.nullInputStream(), nowhere, nowhere, cwd,
                    () -> terminal), "taipan-repl-training");
            session.setDaemon(true);
            session.start();
            session.join(20_000);
        } catch (IOException | RuntimeException | InterruptedException e) {
            // training only makes start-up faster: a failure costs nothing else
        }
    }
}
