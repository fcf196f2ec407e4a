package dev.taipan.parse;

/**
 * A SyntaxError (or IndentationError, TabError) found while parsing, with the fields of
 * CPython's exception: msg, filename, lineno, offset (1-based), end_lineno, end_offset and the
 * offending source line. Created without a Java stack trace.
 */
public final class SyntaxErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** "SyntaxError", "IndentationError" or "TabError". */
    public final String kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** The offending source line without its trailing newline, or null when CPython gives none. */
    public final String text;
    /** True when the input ended inside an open construct: an interactive prompt should read more. */
    public final boolean incomplete;

    public SyntaxErrorException(String kind, String msg, String filename, int lineno, int offset, int endLineno,
                                int endOffset, String text, boolean incomplete) {
        super(kind + ": " + msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.incomplete = incomplete;
    }

    @Override
    public String toString() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ", offset " + offset + ")";
    }
}
