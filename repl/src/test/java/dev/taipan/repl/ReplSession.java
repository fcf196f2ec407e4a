package dev.taipan.repl;

import dev.taipan.cli.Main;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A REPL run in-process on jline's dumb terminal, driven as a person (or expect) would:
 * type some keys, wait for some text to appear. The transcript holds everything the terminal
 * and the program printed, in order.
 */
final class ReplSession implements AutoCloseable {
    private static final long WAIT_SECONDS = 10;

    private final Keys keys = new Keys();
    private final StringBuilder transcript = new StringBuilder();
    /** How much of the transcript earlier waits have consumed. */
    private int seen;
    private final Thread thread;
    private volatile int exitCode = -1;

    ReplSession(Path dir, String... args) throws IOException {
        InputStream typed = keys;
        OutputStream screen = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (transcript) {
                    transcript.append(new String(b, off, len, StandardCharsets.UTF_8).replace("\r", ""));
                    transcript.notifyAll();
                }
            }
        };
        Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, typed, screen, StandardCharsets.UTF_8);
        // as a real terminal's line discipline: Ctrl-C is SIGINT
        Attributes attributes = terminal.getAttributes();
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        // the others too: unset, they would equal the end of input (-1), which would then be swallowed
        attributes.setControlChar(Attributes.ControlChar.VQUIT, 28);
        attributes.setControlChar(Attributes.ControlChar.VSUSP, 26);
        attributes.setControlChar(Attributes.ControlChar.VSTATUS, 20);
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        terminal.setAttributes(attributes);
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        // the program's stdin reads through the REPL's terminal, as on a real one
        InputStream stdin = new TerminalInput(InputStream.nullInputStream());
        thread = new Thread(() -> exitCode = Main.run(args, stdin, out, out, dir, () -> terminal), "repl-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    /** Types text (a newline is Enter). */
    ReplSession type(String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) keys.queue.add(b & 0xFF);
        return this;
    }

    /** The keyboard: what type() queued, then the end of input once closed. */
    private static final class Keys extends InputStream {
        final LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>();

        @Override
        public int read() throws IOException {
            try {
                int c = queue.take();
                if (c < 0) queue.add(-1);
                return c;
            } catch (InterruptedException e) {
                throw new InterruptedIOException();
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            int c = read();
            if (c < 0) return -1;
            b[off] = (byte) c;
            int n = 1;
            Integer next;
            while (n < len && (next = queue.peek()) != null && next >= 0) {
                b[off + n++] = (byte) (int) queue.poll();
            }
            return n;
        }

        @Override
        public int available() {
            return queue.size();
        }

        @Override
        public void close() {
            queue.add(-1);
        }
    }

    /** Types one line and waits for the next primary prompt; returns what appeared meanwhile. */
    String enter(String line) {
        type(line + "\n");
        return waitFor(">>> ");
    }

    /** Waits until text appears after what earlier waits consumed; returns the transcript up to and including it. */
    String waitFor(String text) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        synchronized (transcript) {
            while (true) {
                int at = transcript.indexOf(text, seen);
                if (at >= 0) {
                    String got = transcript.substring(seen, at + text.length());
                    seen = at + text.length();
                    return got;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) fail("waited for " + text + " in:\n" + transcript.substring(seen));
                try {
                    transcript.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Ends input (Ctrl-D at the prompt) if needed and waits for the REPL to end; returns its exit code. */
    int exit() throws InterruptedException {
        if (thread.isAlive()) keys.close();
        thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        if (thread.isAlive()) {
            StringBuilder stacks = new StringBuilder();
            Thread.getAllStackTraces().forEach((t, trace) -> {
                stacks.append(t.getName()).append('\n');
                for (StackTraceElement e : trace) stacks.append("    ").append(e).append('\n');
            });
            fail("the REPL did not end:\n" + transcript() + "\nthreads:\n" + stacks);
        }
        return exitCode;
    }

    /** What appeared after the last wait. */
    String rest() {
        synchronized (transcript) {
            return transcript.substring(seen);
        }
    }

    String transcript() {
        synchronized (transcript) {
            return transcript.toString();
        }
    }

    @Override
    public void close() throws Exception {
        exit();
    }
}
