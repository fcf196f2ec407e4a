package dev.taipan.repl;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.regex.Pattern;

/** Colours Python as it is typed, in the colours of CPython 3.14's prompt: keywords, builtins, strings, numbers, comments. */
final class PythonHighlighter implements Highlighter {
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle BUILTIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    static AttributedString highlight(String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder(buffer.length() + 16);
        int at = 0;
        for (PyTokens.Token t : PyTokens.scan(buffer)) {
            AttributedStyle style = switch (t.kind()) {
                case KEYWORD -> KEYWORD;
                case BUILTIN -> BUILTIN;
                case STRING -> STRING;
                case NUMBER -> NUMBER;
                case COMMENT -> COMMENT;
                default -> null;
            };
            if (style == null) continue;
            sb.append(buffer, at, t.start());
            sb.styled(style, buffer.substring(t.start(), t.end()));
            at = t.end();
        }
        sb.append(buffer, at, buffer.length());
        return sb.toAttributedString();
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // errors are reported when the entry runs
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // errors are reported when the entry runs
    }
}
