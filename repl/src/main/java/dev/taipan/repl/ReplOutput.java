package dev.taipan.repl;

import org.jline.reader.LineReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * sys.stdout or sys.stderr of an interpreter whose REPL runs on a terminal: while the user is
 * typing, what a background task prints goes above the line being edited, whole lines at a
 * time, and the prompt is drawn again below it; otherwise bytes pass straight through.
 */
public final class ReplOutput extends OutputStream {
    private final OutputStream target;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private volatile LineReader reader;
    /** The bytes written since the last newline (the start of them, if many). */
    private final ByteArrayOutputStream lastLine = new ByteArrayOutputStream();

    public ReplOutput(OutputStream target) {
        this.target = target;
    }

    /** From now on, output made while reader is reading goes above its prompt. */
    void attach(LineReader reader) {
        this.reader = reader;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    /** Someone else (the console) has ended the line. */
    synchronized void newLine() {
        lastLine.reset();
    }

    /** What has been written on the current line so far (input()'s prompt). */
    synchronized String lineSoFar() {
        return lastLine.toString(StandardCharsets.UTF_8);
    }

    private void remember(byte[] b, int off, int len) {
        int nl = -1;
        for (int i = off + len - 1; i >= off; i--) {
            if (b[i] == '\n' || b[i] == '\r') {
                nl = i;
                break;
            }
        }
        if (nl >= 0) {
            lastLine.reset();
            lastLine.write(b, nl + 1, off + len - nl - 1);
        } else if (lastLine.size() < 400) {
            lastLine.write(b, off, len);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        remember(b, off, len);
        LineReader r = reader;
        if (r == null || !r.isReading()) {
            drainPartial();
            target.write(b, off, len);
            return;
        }
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                partial.write(b, start, i - start);
                r.printAbove(partial.toString(StandardCharsets.UTF_8));
                partial.reset();
                start = i + 1;
            }
        }
        partial.write(b, start, off + len - start);
    }

    /** Text held back while reading that did not end its line: written as it is once reading stops. */
    private void drainPartial() throws IOException {
        if (partial.size() > 0) {
            partial.writeTo(target);
            partial.reset();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        LineReader r = reader;
        if (r == null || !r.isReading()) drainPartial();
        target.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
