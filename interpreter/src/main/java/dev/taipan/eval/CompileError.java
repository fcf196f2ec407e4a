package dev.taipan.eval;

import dev.taipan.ast.Span;
import dev.taipan.parse.SyntaxErrorException;

/** Builds the SyntaxErrors that the scope pass and compiler detect, positioned like the parser's. */
final class CompileError {
    private CompileError() {}

    static SyntaxErrorException create(String kind, String msg, Span at, String filename, String[] lines) {
        String text = at.line() >= 1 && lines != null && at.line() <= lines.length ? lines[at.line() - 1] : null;
        int endCol = at.endLine() == at.line() ? at.endCol() : (text == null ? at.col() : text.length());
        return new SyntaxErrorException(kind, msg, filename, at.line(), at.col() + 1, at.line(), endCol + 1, text, false);
    }
}
