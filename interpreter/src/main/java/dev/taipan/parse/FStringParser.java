package dev.taipan.parse;

import java.util.ArrayList;
import java.util.List;

import dev.taipan.ast.Expr;
import dev.taipan.ast.Span;
import dev.taipan.grammar.FStringToken;
import dev.taipan.grammar.SourceText;

/**
 * Turns the structure the lexer found in an f-string token into Constant and FormattedValue
 * nodes: decodes the literal text, sub-parses each replacement field's expression (with its
 * true position in the file), and checks conversions, '=' and format specs with CPython's
 * messages.
 */
final class FStringParser {
    private final ParseSession s;
    private final SourceText src;
    private final FieldParser fields;
    private StringLiterals literals;

    FStringParser(ParseSession s, FieldParser fields) {
        this.s = s;
        this.src = s.src;
        this.fields = fields;
    }

    void setLiterals(StringLiterals literals) {
        this.literals = literals;
    }

    /** Appends the parts of one f-string (unmerged Constants and FormattedValues) to out. */
    void parts(FStringToken token, List<Expr> out) {
        pieces(token, token.pieces, out);
    }

    private void pieces(FStringToken token, List<FStringToken.Piece> pieces, List<Expr> out) {
        for (FStringToken.Piece piece : pieces) {
            if (piece instanceof FStringToken.Text text) {
                Span at = s.spanOfIndexes(text.start(), text.end());
                String value = literals.decodeText(text.start(), text.end(), token.raw, true, s.span(token),
                        token.bodyStart, src.line(text.start()));
                out.add(new Expr.Constant(at, Expr.ConstKind.STR, value));
            } else {
                field(token, (FStringToken.Field) piece, out);
            }
        }
    }

    private void field(FStringToken token, FStringToken.Field f, List<Expr> out) {
        int afterExpr = f.debugEquals() >= 0 ? f.debugEquals() : f.bang() >= 0 ? f.bang() : f.tailEnd();
        if (isBlank(f.exprStart(), f.exprEnd())) {
            throw errorAtChar("f-string: valid expression required before '" + Character.toString(src.at(afterExpr))
                    + "'", afterExpr);
        }
        checkLambda(f);
        Expr value = fields.parseField(f.exprStart(), f.exprEnd());
        int conversion = f.bang() >= 0 ? conversion(f) : -1;
        if (f.debugEquals() >= 0) {
            int textEnd = f.bang() >= 0 ? f.bang() : f.tailEnd();
            for (int i = f.debugEquals() + 1; i < textEnd; i++) {
                if (src.at(i) == '#') {
                    while (i < textEnd && src.at(i) != '\n') {
                        i++;
                    }
                } else if (!Character.isWhitespace(src.at(i))) {
                    throw errorAtChar("f-string: expecting '!', or ':', or '}'", i);
                }
            }
            out.add(new Expr.Constant(s.spanOfIndexes(f.exprStart(), textEnd), Expr.ConstKind.STR,
                    withoutComments(f.exprStart(), textEnd)));
            if (conversion == -1 && f.spec() == null) {
                conversion = 'r';
            }
        }
        Expr spec = null;
        if (f.spec() != null) {
            List<Expr> parts = new ArrayList<>();
            pieces(token, f.spec().pieces(), parts);
            spec = new Expr.JoinedStr(s.spanOfIndexes(f.spec().colon(), f.spec().end()), StringLiterals.merge(parts));
        }
        out.add(new Expr.FormattedValue(s.spanOfIndexes(f.open(), f.close() + 1), value, conversion, spec));
    }

    private void checkLambda(FStringToken.Field f) {
        int p = f.exprStart();
        while (p < f.exprEnd() && Character.isWhitespace(src.at(p))) {
            p++;
        }
        if (src.text(p, Math.min(p + 6, f.exprEnd())).equals("lambda")
                && (p + 6 == f.exprEnd() || !Character.isLetterOrDigit(src.at(p + 6)) && src.at(p + 6) != '_')
                && src.at(f.exprEnd()) == ':') {
            int line = src.line(p);
            throw s.error("SyntaxError", "f-string: lambda expressions are not allowed without parentheses", line,
                    src.col(p) + 1, src.line(f.exprEnd()), src.col(f.exprEnd()) + 2);
        }
    }

    private int conversion(FStringToken.Field f) {
        int p = f.bang() + 1;
        int end = f.tailEnd();
        if (p >= end) {
            throw errorAtChar("f-string: missing conversion character", p);
        }
        if (Character.isWhitespace(src.at(p))) {
            int q = p;
            while (q < end && Character.isWhitespace(src.at(q))) {
                q++;
            }
            int nameEnd = q;
            while (nameEnd < end && Character.isLetterOrDigit(src.at(nameEnd))) {
                nameEnd++;
            }
            int line = src.line(f.bang());
            throw s.error("SyntaxError", "f-string: conversion type must come right after the exclamanation mark",
                    line, src.col(f.bang()) + 1, src.line(nameEnd), src.col(nameEnd) + 1);
        }
        int q = p;
        while (q < end && (Character.isLetterOrDigit(src.at(q)) || src.at(q) == '_')) {
            q++;
        }
        if (q == p) {
            throw errorAtChar("f-string: missing conversion character", p);
        }
        String name = src.text(p, q);
        if (!name.equals("s") && !name.equals("r") && !name.equals("a")) {
            int line = src.line(p);
            throw s.error("SyntaxError", "f-string: invalid conversion character '" + name
                    + "': expected 's', 'r', or 'a'", line, src.col(p) + 1, line, src.col(q) + 1);
        }
        while (q < end && Character.isWhitespace(src.at(q))) {
            q++;
        }
        if (q < end) {
            throw errorAtChar("f-string: expecting ':' or '}'", q);
        }
        return name.charAt(0);
    }

    /** The text of a self-documenting field as CPython keeps it: comments (from any '#' to the line end) dropped. */
    private String withoutComments(int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            int c = src.at(i);
            if (c == '#') {
                while (i + 1 < end && src.at(i + 1) != '\n') {
                    i++;
                }
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    private boolean isBlank(int start, int end) {
        for (int i = start; i < end; i++) {
            int c = src.at(i);
            if (c == '#') {
                while (i < end && src.at(i) != '\n') {
                    i++;
                }
            } else if (!Character.isWhitespace(c) && c != '\\') {
                return false;
            }
        }
        return true;
    }

    private SyntaxErrorException errorAtChar(String msg, int index) {
        int line = src.line(index);
        return s.error("SyntaxError", msg, line, src.col(index) + 1, line, src.col(index) + 2);
    }
}
