package dev.taipan.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** The lexer base's NEWLINE/INDENT/DEDENT stream and its indentation errors, seen token by token. */
class LexerIndentationTest {

    /** Token names of the whole input, with NAME tokens shown as their text. */
    private static List<String> tokens(String src) {
        TaipanLexer lexer = new TaipanLexer(new SourceCharStream(new SourceText(src), 0, src.length(), "t.py"));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            String name = TaipanLexer.VOCABULARY.getSymbolicName(t.getType());
            out.add(name.equals("NAME") ? t.getText() : name);
        }
        if (lexer.error() != null) throw lexer.error();
        return out;
    }

    private static String join(List<String> ts) {
        return String.join(" ", ts);
    }

    @Test
    void blockMakesIndentAndDedent() {
        String s = join(tokens("if x:\n    y\nz\n"));
        assertEquals("if x COLON NEWLINE INDENT y NEWLINE DEDENT z NEWLINE", s.replace("IF", "if"));
    }

    @Test
    void nestedBlocksCloseTogetherAtEndOfFileWithoutNewline() {
        String s = join(tokens("def f():\n    if a:\n        b"));
        assertEquals(2, s.split("DEDENT", -1).length - 1, s);
        assertEquals(2, s.split("INDENT", -1).length - 1, s);
    }

    @Test
    void bracketsJoinLinesWithoutIndentTokens() {
        String s = join(tokens("x = (1,\n        2,\n   3)\ny\n"));
        assertEquals(2, s.split("NEWLINE", -1).length - 1, s);
        assertEquals(-1, s.indexOf("INDENT"), s);
    }

    @Test
    void backslashContinuesTheLine() {
        String s = join(tokens("x = 1 + \\\n      2\ny\n"));
        assertEquals(-1, s.indexOf("INDENT"), s);
    }

    @Test
    void blankAndCommentLinesDoNotChangeIndentation() {
        String s = join(tokens("if x:\n\n  # note\n    y\n# out\nz\n"));
        assertEquals(1, s.split("DEDENT", -1).length - 1, s);
    }

    @Test
    void tabIndentedBlocksWork() {
        String s = join(tokens("if x:\n\ty\n\tif w:\n\t\tv\nz\n"));
        assertEquals(2, s.split("DEDENT", -1).length - 1, s);
    }

    @Test
    void unindentToAnUnknownLevelIsAnIndentationError() {
        LexerSyntaxError e = assertThrows(LexerSyntaxError.class, () -> tokens("if x:\n        y\n    z\n"));
        assertEquals("IndentationError", e.kind);
        assertEquals("unindent does not match any outer indentation level", e.msg);
        assertEquals(3, e.lineno);
    }

    @Test
    void inconsistentTabsAndSpacesAreATabError() {
        LexerSyntaxError e = assertThrows(LexerSyntaxError.class, () -> tokens("if x:\n        y\n\tz\n"));
        assertEquals("TabError", e.kind);
        assertEquals("inconsistent use of tabs and spaces in indentation", e.msg);
    }
}
