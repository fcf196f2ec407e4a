package dev.taipan.grammar;

/**
 * A tokenizer error with CPython's message and position (offsets 1-based as in SyntaxError,
 * -1 or 0 where CPython reports those). Created without a Java stack trace.
 */
public final class LexerSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** "SyntaxError", "IndentationError" or "TabError". */
    public final String kind;
    public final String msg;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** True when the input ended inside a construct (for an interactive prompt: read more). */
    public final boolean incomplete;
    /**
     * False for the errors CPython's tokenizer reports through an error code (indentation, tabs,
     * line continuation, end of input): found after the parser has failed, they do not replace
     * the parser's error, while the others (strings, brackets, characters, numbers) do.
     */
    public final boolean overridesParser;

    public LexerSyntaxError(String kind, String msg, int lineno, int offset, int endLineno, int endOffset,
                            boolean incomplete) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.incomplete = incomplete;
        this.overridesParser = !kind.equals("IndentationError") && !kind.equals("TabError")
                && !msg.equals("unexpected character after line continuation character")
                && !msg.equals("unexpected EOF while parsing")
                && !msg.equals("f-string: expecting a valid expression after '{'");
    }
}
