package dev.taipan.ast;

/**
 * Where a node stands in its source: 1-based lines, 0-based UTF-8-agnostic character columns
 * (columns count code points of the line, as Python's col_offset counts characters for display).
 */
public record Span(int line, int col, int endLine, int endCol) {
    public static final Span NONE = new Span(0, 0, 0, 0);

    public Span to(Span end) {
        return new Span(line, col, end.endLine, end.endCol);
    }
}
