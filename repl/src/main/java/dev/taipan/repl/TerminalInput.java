package dev.taipan.repl;

import dev.taipan.runtime.Gil;
import dev.taipan.runtime.Signals;
import dev.taipan.runtime.ThreadState;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The program's standard input when the REPL runs on a terminal: the process's stdin until the
 * REPL's console exists, then lines read through jline, as CPython's input() reads through
 * readline on a terminal: with line editing, Ctrl-C raising KeyboardInterrupt at once and
 * Ctrl-D at the start of a line the end of input. The text already on the line (input()'s
 * prompt) stays in front of what is typed.
 */
public final class TerminalInput extends InputStream {
    private final InputStream before;
    private volatile TerminalConsole console;
    private volatile ReplOutput stdout;
    /** The bytes of a line read and not yet returned. */
    private byte[] pending = new byte[0];
    private int pendingAt;

    public TerminalInput(InputStream before) {
        this.before = before;
    }

    /** From now on, lines are read through console; stdout tells what input()'s prompt left on the line. */
    void attach(TerminalConsole console, ReplOutput stdout) {
        this.stdout = stdout;
        this.console = console;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        TerminalConsole c = console;
        if (c == null) return before.read(b, off, len);
        if (len == 0) return 0;
        if (pendingAt >= pending.length) {
            String line = readLine(c);
            if (line == null) return -1;
            pending = (line + "\n").getBytes(StandardCharsets.UTF_8);
            pendingAt = 0;
        }
        int n = Math.min(len, pending.length - pendingAt);
        System.arraycopy(pending, pendingAt, b, off, n);
        pendingAt += n;
        return n;
    }

    /** One line (null at the end of input); Ctrl-C runs the SIGINT handler of the main thread, whose exception propagates. */
    private String readLine(TerminalConsole c) throws IOException {
        ReplOutput out = stdout;
        String shown = out == null ? "" : out.lineSoFar();
        Thread me = Thread.currentThread();
        ThreadState.PyThread py = me instanceof ThreadState.PyThread p ? p : null;
        while (true) {
            try {
                if (py != null && py.state.interp.gil.isHeldByCurrentThread()) {
                    // other Python threads run while the user types
                    return Gil.blocking(() -> c.readProgramLine(shown));
                }
                return c.readProgramLine(shown);
            } catch (Console.Interrupted e) {
                if (py == null || !py.state.isMain) throw new java.io.InterruptedIOException("interrupted by Ctrl-C");
                Signals.trip(py.state.interp, Signals.SIGINT);
                Signals.runPending(py.state);
                // a handler that did not raise: read again
            }
        }
    }

    @Override
    public int available() throws IOException {
        return console == null ? before.available() : pending.length - pendingAt;
    }
}
