package dev.taipan.parse;

/**
 * A warning the parser found, to be reported as CPython does before running the code:
 * {@code filename:lineno: SyntaxWarning: message} followed by the source line.
 */
public record ParseWarning(String category, String message, String filename, int lineno, int offset) {
    /** CPython's one-line form, without the source line that follows it. */
    public String format() {
        return filename + ":" + lineno + ": " + category + ": " + message;
    }
}
