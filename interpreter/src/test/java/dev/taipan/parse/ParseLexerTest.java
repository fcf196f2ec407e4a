package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import dev.taipan.grammar.LexerSyntaxError;
import dev.taipan.grammar.SourceCharStream;
import dev.taipan.grammar.SourceText;
import dev.taipan.grammar.TaipanLexer;

/** Tokens from TaipanLexer: indentation, line joining, comments and end of input, as CPython's tokenizer makes them. */
class ParseLexerTest {
    private static List<Token> lex(String source) {
        SourceText text = new SourceText(source);
        TaipanLexer lexer = new TaipanLexer(new SourceCharStream(text, 0, text.length(), "t.py"));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        return tokens.getTokens();
    }

    private static String types(String source) {
        List<String> names = new ArrayList<>();
        for (Token t : lex(source)) {
            names.add(TaipanLexer.VOCABULARY.getSymbolicName(t.getType()));
        }
        return String.join(" ", names);
    }

    @Test
    void simpleBlock() {
        assertEquals("IF NAME COLON NEWLINE INDENT PASS NEWLINE DEDENT EOF", types("if x:\n    pass\n"));
    }

    @Test
    void tabIndentation() {
        assertEquals("IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT PASS NEWLINE DEDENT DEDENT EOF",
                types("if x:\n\tif y:\n\t\tpass\n"));
    }

    @Test
    void tabAfterSpacesIsConsistentWithinOneLine() {
        assertEquals("IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT EOF", types("if x:\n  \ta\n"));
    }

    @Test
    void tabsAndSpacesMixedAcrossLinesIsTabError() {
        LexerSyntaxError e = assertThrows(LexerSyntaxError.class, () -> lex("if x:\n        a\n\tb\n"));
        assertEquals("TabError", e.kind);
        assertEquals("inconsistent use of tabs and spaces in indentation", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(1, e.offset);
        assertEquals(0, e.endOffset);
    }

    @Test
    void dedentToUnknownLevelIsIndentationError() {
        LexerSyntaxError e = assertThrows(LexerSyntaxError.class, () -> lex("if x:\n    a\n  bcd\n"));
        assertEquals("IndentationError", e.kind);
        assertEquals("unindent does not match any outer indentation level", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(6, e.offset);
        assertEquals(-1, e.endOffset);
    }

    @Test
    void backslashContinuationJoinsLines() {
        assertEquals("NAME EQUAL NUMBER PLUS NUMBER NEWLINE EOF", types("x = 1 + \\\n        2\n"));
    }

    @Test
    void bracketsJoinLinesWithoutIndentation() {
        assertEquals("NAME EQUAL LSQB NUMBER COMMA NUMBER RSQB NEWLINE EOF", types("x = [\n  1,\n      2]\n"));
    }

    @Test
    void commentsAndBlankLinesAtOddIndentsAreIgnored() {
        assertEquals("IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF",
                types("if x:\n    a\n  # comment\n\n        \n    b\n"));
    }

    @Test
    void endOfInputWithoutNewlineGetsNewlineAndDedents() {
        assertEquals("IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT EOF",
                types("if x:\n if y:\n  z"));
    }

    @Test
    void severalDedentsAtOnce() {
        assertEquals("IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT NAME "
                + "NEWLINE EOF", types("if a:\n if b:\n  c\nd\n"));
    }

    @Test
    void emptyAndCommentOnlyInputs() {
        assertEquals("EOF", types(""));
        assertEquals("EOF", types("# only a comment"));
        assertEquals("EOF", types("\n\n   \n# c\n"));
    }

    @Test
    void formFeedResetsIndentation() {
        assertEquals("NAME EQUAL NUMBER NEWLINE EOF", types("\fx = 1\n"));
    }

    @Test
    void softKeywordsAreNames() {
        assertEquals("NAME NAME NAME NAME NAME TRUE NEWLINE EOF", types("match case type _ print True\n"));
    }

    @Test
    void literalsAreSingleTokens() {
        assertEquals("STRING FSTRING STRING NUMBER NUMBER NUMBER NUMBER NEWLINE EOF",
                types("'''a\nb''' f\"{x[\"k\"]}\" rb'\\x' 1_000 0x_ff 1.5e-3j .5\n"));
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertEquals("DOUBLESTAREQUAL RIGHTSHIFTEQUAL ARROW COLONEQUAL ELLIPSIS NOTEQUAL DOUBLESLASH NEWLINE EOF",
                types("**= >>= -> := ... != //\n"));
    }

    @Test
    void tokenPositionsAreCharacterColumns() {
        List<Token> tokens = lex("if é:\n    x = 1\n");
        Token name = tokens.get(1);
        assertEquals(1, name.getLine());
        assertEquals(3, name.getCharPositionInLine());
        Token newline = tokens.get(3);
        assertEquals(TaipanLexer.NEWLINE, newline.getType());
        assertEquals(5, newline.getCharPositionInLine());
        Token x = tokens.get(5);
        assertEquals(2, x.getLine());
        assertEquals(4, x.getCharPositionInLine());
    }

    @Test
    void backslashAtEndOfInputIsIncomplete() {
        LexerSyntaxError e = assertThrows(LexerSyntaxError.class, () -> lex("x = \\\n"));
        assertEquals("unexpected EOF while parsing", e.msg);
        assertTrue(e.incomplete);
    }

    @Test
    void unclosedBracketIsReportedByTheLexer() {
        SourceText text = new SourceText("x = (1,\n");
        TaipanLexer lexer = new TaipanLexer(new SourceCharStream(text, 0, text.length(), "t.py"));
        new CommonTokenStream(lexer).fill();
        assertEquals(4, lexer.unclosedBracket());
    }

    @Test
    void numberBeforeKeywordWarns() {
        SourceText text = new SourceText("x = 1if y else 2\n");
        TaipanLexer lexer = new TaipanLexer(new SourceCharStream(text, 0, text.length(), "t.py"));
        new CommonTokenStream(lexer).fill();
        assertEquals("invalid decimal literal", lexer.warnings().get(0).message());
    }
}
