package dev.taipan.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The REPL's input when stdin is not a terminal (`taipan -i < file`): whole entries are read
 * line by line as a terminal would deliver them; as CPython's -i does, the prompts go to stderr,
 * so that stdout carries only what the program prints.
 */
final class PipeConsole implements Console {
    private final InputStream in;
    private final PrintStream err;
    private final boolean prompts;

    /** in is read one byte at a time, so that code reading stdin (input()) gets what follows the entry. */
    PipeConsole(InputStream in, PrintStream err, boolean prompts) {
        this.in = in;
        this.err = err;
        this.prompts = prompts;
    }

    @Override
    public String read(String ps1, String ps2) {
        StringBuilder entry = null;
        while (true) {
            prompt(entry == null ? ps1 : ps2);
            String line = readLine();
            if (line == null) {
                prompt("\n");
                return entry == null ? null : entry.toString();
            }
            if (entry == null) {
                if (line.isBlank()) continue;
                entry = new StringBuilder(line);
            } else {
                entry.append('\n').append(line);
            }
            if (EntryCheck.status(entry.toString()) != EntryCheck.Status.INCOMPLETE) return entry.toString();
        }
    }

    private void prompt(String text) {
        if (prompts) {
            err.print(text);
            err.flush();
        }
    }

    /** One line without its end, or null at the end of input. */
    private String readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        try {
            int b;
            while ((b = in.read()) >= 0 && b != '\n') line.write(b);
            if (b < 0 && line.size() == 0) return null;
        } catch (IOException e) {
            if (line.size() == 0) return null;
        }
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public void message(String text) {
        err.print(text);
        err.flush();
    }

    @Override
    public boolean isTerminal() {
        return false;
    }

    @Override
    public boolean colour() {
        return false;
    }

    @Override
    public void onInterrupt(Runnable interrupt) {
        // Ctrl-C reaches the process as SIGINT, which the interpreter's own handler delivers
    }

    @Override
    public void close() {
        // nothing to restore
    }
}
