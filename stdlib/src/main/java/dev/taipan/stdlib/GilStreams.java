package dev.taipan.stdlib;

import dev.taipan.runtime.Gil;
import dev.taipan.runtime.ThreadState;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The parent's ends of a child process's pipes: blocking reads and writes release the
 * interpreter lock, and an end handed on to another child (stdin=p1.stdout) belongs to the
 * thread copying it from then on, so that the parent closing its file object does not cut
 * the other child off (as a real descriptor, duplicated into the child, would not be).
 */
final class GilStreams {
    private GilStreams() {}

    /** Runs op with the interpreter lock released when the current thread holds it, else as is. */
    static <T> T released(Gil.Op<T, IOException> op) throws IOException {
        if (!(Thread.currentThread() instanceof ThreadState.PyThread t) || !t.state.interp.gil.isHeldByCurrentThread()) {
            return op.run();
        }
        return Gil.blocking(op);
    }

    /** The read end of a pipe from a child. */
    static final class PipeInput extends FilterInputStream {
        private volatile boolean lent;

        PipeInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            return released(() -> in.read());
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return released(() -> in.read(b, off, len));
        }

        @Override
        public void close() throws IOException {
            if (!lent) in.close();
        }

        /** Hands the stream to a copying thread: closing this end no longer closes it. */
        InputStream lend() {
            lent = true;
            return in;
        }
    }

    /**
     * The write end of a pipe to a child: unbuffered (the file objects above buffer). Writing to
     * a child that has ended is a broken pipe, as the OS reports it (the JDK would drop the data).
     */
    static final class PipeOutput extends FilterOutputStream {
        private final Process process;
        private volatile boolean lent;

        PipeOutput(OutputStream out, Process process) {
            super(out);
            this.process = process;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!process.isAlive()) throw new IOException("Broken pipe");
            released(() -> {
                out.write(b, off, len);
                out.flush();
                return null;
            });
        }

        @Override
        public void flush() throws IOException {
            if (!lent) released(() -> {
                out.flush();
                return null;
            });
        }

        @Override
        public void close() throws IOException {
            if (!lent) out.close();
        }

        /** Hands the stream to a copying thread: closing this end no longer closes it. */
        OutputStream lend() {
            lent = true;
            return out;
        }
    }
}
