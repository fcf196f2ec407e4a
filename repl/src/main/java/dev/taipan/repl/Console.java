package dev.taipan.repl;

/**
 * Where the REPL reads its entries and shows its own messages: a terminal ({@link TerminalConsole})
 * or a pipe ({@link PipeConsole}). Only the REPL's reader thread reads; messages may come from any thread.
 */
interface Console {
    /** Ctrl-C while typing: what was typed is discarded. */
    final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        Interrupted() {
            super(null, null, false, false);
        }
    }

    /** Reads one whole entry (one or more lines, without the final newline); null at the end of input. */
    String read(String ps1, String ps2) throws Interrupted;

    /** Shows the REPL's own text (banner, "KeyboardInterrupt"): on the terminal, or on stderr for a pipe. */
    void message(String text);

    /** Whether a person is typing: prompts, colours and farewells are for terminals only. */
    boolean isTerminal();

    /** Whether the REPL's messages may use colour. */
    boolean colour();

    /** Called by the REPL when it starts, with what Ctrl-C while code runs must do. */
    void onInterrupt(Runnable interrupt);

    /** Restores the terminal (the REPL is over). */
    void close();
}
