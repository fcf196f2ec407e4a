package dev.taipan.repl;

import dev.taipan.ast.Module;
import dev.taipan.ast.Stmt;
import dev.taipan.parse.PythonParser;
import dev.taipan.parse.SyntaxErrorException;

import java.util.List;

/**
 * Decides, as CPython's interactive prompt does, whether the text typed so far is a whole
 * entry: input that ends inside a bracket, a triple-quoted string, after a backslash or in a
 * block header reads another line; a compound statement ends only at a blank line; a real
 * syntax error ends the entry at once, to be reported. Also says how far to indent the next line.
 */
final class EntryCheck {
    /** What the prompt does next with the text typed so far. */
    enum Status { COMPLETE, INCOMPLETE, ERROR }

    private static final String FILENAME = "<stdin>";

    private EntryCheck() {}

    static Status status(String text) {
        String[] lines = text.split("\n", -1);
        boolean endsBlank = lines.length > 1 && lines[lines.length - 1].isBlank();
        if (isBlankOrComments(lines)) return Status.COMPLETE;
        Module m;
        try {
            m = PythonParser.parseInteractiveAsync(text + "\n", FILENAME);
        } catch (SyntaxErrorException e) {
            if (!e.incomplete) return Status.ERROR;
            // a blank line ends a block even when it lacks its body (an error then), but not a bracket or string
            return endsBlank && !insideBracketOrString(text) ? Status.ERROR : Status.INCOMPLETE;
        }
        if (endsBlank) return Status.COMPLETE;
        List<Stmt> body = m.body();
        return !body.isEmpty() && isCompound(body.get(body.size() - 1)) ? Status.INCOMPLETE : Status.COMPLETE;
    }

    /** Whether the whole text is blank lines and comments: nothing to run. */
    static boolean isBlankOrComments(String text) {
        return isBlankOrComments(text.split("\n", -1));
    }

    private static boolean isBlankOrComments(String[] lines) {
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) return false;
        }
        return true;
    }

    /** Whether incomplete text is incomplete because of an open bracket, string or backslash (not a block). */
    private static boolean insideBracketOrString(String text) {
        try {
            PythonParser.parseModule(text + "\n", FILENAME);
            return false;
        } catch (SyntaxErrorException e) {
            String msg = e.msg;
            return msg.endsWith("was never closed") || msg.startsWith("unterminated triple-quoted")
                    || msg.startsWith("unexpected EOF") || msg.startsWith("unexpected end of file");
        }
    }

    private static boolean isCompound(Stmt s) {
        return s instanceof Stmt.If || s instanceof Stmt.For || s instanceof Stmt.While || s instanceof Stmt.Try
                || s instanceof Stmt.With || s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef;
    }

    /**
     * The indentation (in spaces) for the line after text: the last line's, one level deeper
     * after a line ending with ':', one level shallower after return, pass, raise, break or continue.
     */
    static int indentAfter(String text) {
        int nl = text.lastIndexOf('\n');
        String last = text.substring(nl + 1);
        int indent = 0;
        while (indent < last.length() && (last.charAt(indent) == ' ' || last.charAt(indent) == '\t')) {
            indent += last.charAt(indent) == '\t' ? 8 - indent % 8 : 1;
        }
        List<PyTokens.Token> tokens = PyTokens.scan(last);
        PyTokens.Token first = null, end = null;
        for (PyTokens.Token t : tokens) {
            if (t.kind() == PyTokens.Kind.COMMENT) continue;
            if (first == null) first = t;
            end = t;
        }
        if (end == null) return indent;
        if (end.kind() == PyTokens.Kind.OPERATOR && end.text(last).equals(":")) return indent + 4;
        if (first.kind() == PyTokens.Kind.KEYWORD
                && List.of("return", "pass", "raise", "break", "continue").contains(first.text(last))) {
            return Math.max(0, indent - 4);
        }
        return indent;
    }
}
