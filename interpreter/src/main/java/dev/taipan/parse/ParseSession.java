package dev.taipan.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

import dev.taipan.ast.Span;
import dev.taipan.grammar.SourceText;
import dev.taipan.grammar.TaipanLexer;

/**
 * One parse of one source: its text, filename and warnings, positions of tokens and rule
 * contexts as Spans, and the factory for SyntaxErrors placed as CPython places them.
 */
final class ParseSession {
    final SourceText src;
    final String filename;
    final List<ParseWarning> warnings = new ArrayList<>();
    /** The token stream being built from (the main one, or an f-string field's while it is built). */
    TokenStream tokens;

    ParseSession(SourceText src, String filename) {
        this.src = src;
        this.filename = filename;
    }

    // ---------------------------------------------------------------- positions

    Span span(ParserRuleContext ctx) {
        return span(ctx.start, ctx.stop);
    }

    Span span(Token start, Token stop) {
        return new Span(start.getLine(), start.getCharPositionInLine(), endLine(stop), endCol(stop));
    }

    Span span(Token t) {
        return span(t, t);
    }

    /** A span from the start of one node to the end of another. */
    static Span join(Span start, Span end) {
        return new Span(start.line(), start.col(), end.endLine(), end.endCol());
    }

    Span spanOfIndexes(int start, int end) {
        return new Span(src.line(start), src.col(start), src.line(end), src.col(end));
    }

    int endLine(Token t) {
        int type = t.getType();
        if (type == TaipanLexer.STRING || type == TaipanLexer.FSTRING) {
            return src.line(t.getStopIndex());
        }
        return t.getLine();
    }

    int endCol(Token t) {
        int type = t.getType();
        if (type == TaipanLexer.STRING || type == TaipanLexer.FSTRING) {
            return src.col(t.getStopIndex()) + 1;
        }
        return t.getCharPositionInLine() + Math.max(0, t.getStopIndex() - t.getStartIndex() + 1);
    }

    /** The token after t in the current stream (CPython reports some errors at its lookahead). */
    Token tokenAfter(Token t) {
        return tokens == null ? t : tokens.get(Math.min(t.getTokenIndex() + 1, tokens.size() - 1));
    }

    String lineText(int line) {
        return src.lineText(line);
    }

    // ---------------------------------------------------------------- errors and warnings

    /** A parser error at a node, as CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION places it. */
    SyntaxErrorException error(String msg, Span at) {
        return error("SyntaxError", msg, at.line(), at.col() + 1, at.endLine(), at.endCol() + 1);
    }

    /** A parser error over a range of two nodes (RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
    SyntaxErrorException error(String msg, Span from, Span to) {
        return error("SyntaxError", msg, from.line(), from.col() + 1, to.endLine(), to.endCol() + 1);
    }

    /** A parser error at a token. */
    SyntaxErrorException error(String msg, Token t) {
        return error(msg, span(t));
    }

    SyntaxErrorException error(String kind, String msg, int lineno, int offset, int endLineno, int endOffset) {
        String text = lineText(lineno);
        if (endLineno != lineno && endOffset > text.length() + 1) {
            // CPython converts the end column against the first line's text, clamping it there
            endOffset = text.length() + 1;
        }
        return new SyntaxErrorException(kind, msg, filename, lineno, offset, endLineno, endOffset, text, false);
    }

    /**
     * A compiler (symbol table or code generation) error: CPython leaves the text empty when
     * the source is not a file it can read again, as for "<string>" or "<stdin>".
     */
    SyntaxErrorException compileError(String msg, Span at) {
        String text = filename.startsWith("<") ? null : lineText(at.line());
        return new SyntaxErrorException("SyntaxError", msg, filename, at.line(), at.col() + 1, at.endLine(),
                at.endCol() + 1, text, false);
    }

    void warn(String msg, int lineno, int offset) {
        warnings.add(new ParseWarning("SyntaxWarning", msg, filename, lineno, offset));
    }
}
