package dev.taipan.repl;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

import java.util.List;

/**
 * jline's view of Python: Enter on an incomplete entry asks jline for another line (with the
 * indentation to start it with, unless the terminal is dumb: piped text brings its own), but
 * Enter with the cursor above the last line of a whole block (recalled from history) runs it;
 * for completion the word at the cursor is the dotted name before it (`os.pa`).
 */
final class EntryParser implements Parser {
    private final boolean autoIndent;

    EntryParser(boolean autoIndent) {
        this.autoIndent = autoIndent;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && EntryCheck.status(line) == EntryCheck.Status.INCOMPLETE) {
            // Enter above the last line of a whole block (one recalled from history) runs it
            boolean lastLine = line.indexOf('\n', cursor) < 0;
            if (!lastLine && EntryCheck.status(line + "\n") == EntryCheck.Status.COMPLETE) return new Word(line, cursor);
            // jline indents the new line by "open brackets" times the INDENTATION variable (1)
            int indent = autoIndent ? EntryCheck.indentAfter(line.substring(0, cursor)) : 0;
            throw new EOFError(-1, -1, "incomplete input", null, indent, null);
        }
        return new Word(line, cursor);
    }

    /** The dotted name that ends at index cursor of line ("" when the cursor follows no name). */
    static int wordStart(String line, int cursor) {
        int start = cursor;
        while (start > 0) {
            char c = line.charAt(start - 1);
            if (Character.isJavaIdentifierPart(c) && c != '$' || c == '.') start--;
            else break;
        }
        return start;
    }

    /** The line with the dotted name before the cursor as its only word. */
    private static final class Word implements CompletingParsedLine {
        private final String line;
        private final int cursor;
        private final int start;

        Word(String line, int cursor) {
            this.line = line;
            this.cursor = cursor;
            this.start = wordStart(line, cursor);
        }

        @Override
        public String word() {
            return line.substring(start, cursor);
        }

        @Override
        public int wordCursor() {
            return cursor - start;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public String line() {
            return line;
        }

        @Override
        public int cursor() {
            return cursor;
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return cursor - start;
        }
    }
}
