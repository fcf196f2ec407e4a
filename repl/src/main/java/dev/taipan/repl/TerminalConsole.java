package dev.taipan.repl;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Buffer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.spi.TerminalExt;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The REPL's input on a terminal, through jline: multi-line entries with `... ` and
 * auto-indentation, colours (when the terminal has them and NO_COLOR is unset), tab completion,
 * persistent history with multi-line entries kept whole, bracketed paste. A dumb terminal
 * (the unit tests' scripted input) gets neither colours nor auto-indentation.
 */
final class TerminalConsole implements Console {
    private static final AttributedStyle PROMPT = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);

    private final Terminal terminal;
    private final LineReader reader;
    private final boolean colour;
    private final boolean dumb;
    private Runnable newLine = () -> { };
    /** The JVM's SIGINT handler before the REPL took it, given back at the end. */
    private SignalHandler previousInt;

    /**
     * A console on terminal; names answers tab completion; history is the history file (null:
     * none); env decides colour (NO_COLOR, FORCE_COLOR, PYTHON_COLORS).
     */
    TerminalConsole(Terminal terminal, NameCompleter.Source names, Path history, Map<String, String> env) {
        this.terminal = terminal;
        this.dumb = terminal.getType().startsWith(Terminal.TYPE_DUMB);
        this.colour = wantsColour(terminal, env, dumb);
        LineReaderBuilder b = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("taipan")
                .parser(new EntryParser(!dumb))
                .completer(new NameCompleter(names))
                .variable(LineReader.INDENTATION, 1)
                .variable(LineReader.BLINK_MATCHING_PAREN, 0)
                .variable(LineReader.ERRORS, 0)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false);
        if (history != null) b.variable(LineReader.HISTORY_FILE, history);
        if (colour) b.highlighter(new PythonHighlighter());
        else b.option(LineReader.Option.DISABLE_HIGHLIGHTER, true);
        this.reader = b.build();
        bindIndentKeys();
    }

    /** CPython's rules (Lib/_colorize.py): PYTHON_COLORS, then NO_COLOR, then FORCE_COLOR, then a terminal that has colours. */
    static boolean wantsColour(Terminal terminal, Map<String, String> env, boolean dumb) {
        String py = env.get("PYTHON_COLORS");
        if ("0".equals(py)) return false;
        if ("1".equals(py)) return true;
        if (nonEmpty(env.get("NO_COLOR"))) return false;
        if (nonEmpty(env.get("FORCE_COLOR"))) return true;
        if (dumb || "dumb".equals(env.get("TERM"))) return false;
        Integer colours = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return colours != null && colours >= 8;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    LineReader reader() {
        return reader;
    }

    Terminal terminal() {
        return terminal;
    }

    /** Tab in a line's indentation indents to the next multiple of four; Backspace there dedents to the previous one. */
    private void bindIndentKeys() {
        reader.getWidgets().put("taipan-tab", () -> {
            Buffer buf = reader.getBuffer();
            int col = columnIfIndentation(buf);
            if (col < 0) return reader.getWidgets().get(LineReader.COMPLETE_WORD).apply();
            buf.write(" ".repeat(4 - col % 4));
            return true;
        });
        reader.getWidgets().put("taipan-backspace", () -> {
            Buffer buf = reader.getBuffer();
            int col = columnIfIndentation(buf);
            if (col <= 0) return reader.getWidgets().get(LineReader.BACKWARD_DELETE_CHAR).apply();
            buf.backspace(col % 4 == 0 ? 4 : col % 4);
            return true;
        });
        // a dumb terminal reads with jline's "dumb" key map instead of emacs'
        for (String name : new String[] {LineReader.EMACS, "dumb"}) {
            KeyMap<Binding> keys = reader.getKeyMaps().get(name);
            if (keys == null) continue;
            keys.bind(new Reference("taipan-tab"), "\t");
            keys.bind(new Reference("taipan-backspace"), "\177");
            keys.bind(new Reference("taipan-backspace"), KeyMap.ctrl('H'));
        }
    }

    /** The cursor's column when only spaces precede it on its line, else -1. */
    private static int columnIfIndentation(Buffer buf) {
        String text = buf.toString();
        int cursor = buf.cursor();
        int lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
        for (int i = lineStart; i < cursor; i++) {
            if (text.charAt(i) != ' ') return -1;
        }
        return cursor - lineStart;
    }

    /** Called when the console starts a line of its own (the program's output line is over). */
    void onNewLine(Runnable r) {
        newLine = r;
    }

    @Override
    public String read(String ps1, String ps2) throws Interrupted {
        newLine.run();
        reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, styled(ps2));
        try {
            String entry = reader.readLine(styled(ps1));
            // the blank line that ended a block is not part of the entry
            return entry.stripTrailing();
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    /**
     * A line for the program (input() while an entry runs), read with jline's editing but as
     * plain text: no Python continuation lines, colours or history. shown is the text already
     * on the line (input()'s prompt), drawn again in front. Null at the end of input.
     */
    String readProgramLine(String shown) throws Interrupted {
        LineReaderImpl impl = (LineReaderImpl) reader;
        Parser python = impl.getParser();
        Highlighter colours = impl.getHighlighter();
        impl.setParser(new DefaultParser());
        impl.setHighlighter(new DefaultHighlighter());
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            terminal.writer().print('\r');
            String line = reader.readLine(shown.replace("%", "%%"));
            newLine.run();
            return line;
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        } finally {
            impl.setParser(python);
            impl.setHighlighter(colours);
            reader.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    /** A prompt in colour (jline reads its escape sequences); '%' is jline's escape character in prompts. */
    private String styled(String prompt) {
        String p = prompt.replace("%", "%%");
        return colour ? new AttributedString(p, PROMPT).toAnsi(terminal) : p;
    }

    @Override
    public void message(String text) {
        if (reader.isReading()) {
            reader.printAbove(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        } else {
            terminal.writer().print(text);
            terminal.writer().flush();
        }
    }

    @Override
    public boolean isTerminal() {
        return !dumb;
    }

    @Override
    public boolean colour() {
        return colour;
    }

    @Override
    public void onInterrupt(Runnable interrupt) {
        // jline calls this for Ctrl-C unless it is reading a line (then Ctrl-C discards the line)
        terminal.handle(Terminal.Signal.INT, signal -> interrupt.run());
        if (terminal instanceof TerminalExt ext && ext.getSystemStream() != null) {
            // the process's SIGINT goes to jline (jline's own OS signal handling is off: ReplTerminal)
            try {
                previousInt = Signal.handle(new Signal("INT"), s -> terminal.raise(Terminal.Signal.INT));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // no SIGINT to catch: Ctrl-C stays the interpreter's own
            }
        }
    }

    @Override
    public void close() {
        if (previousInt != null) Signal.handle(new Signal("INT"), previousInt);
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // history is a convenience: losing it is no reason to fail
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // the terminal is gone anyway
        }
    }
}
