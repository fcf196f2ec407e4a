package dev.taipan.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A forgiving scanner of Python text for the prompt's colours and indentation: keywords,
 * builtin names, strings (unterminated ones run to the end), numbers, comments and operators.
 * It never fails, whatever half-typed text it is given.
 */
final class PyTokens {
    /** What a token is. */
    enum Kind { KEYWORD, BUILTIN, NAME, STRING, NUMBER, COMMENT, OPERATOR }

    /** A token: its kind and its [start, end) range in the text. */
    record Token(Kind kind, int start, int end) {
        String text(String source) {
            return source.substring(start, end);
        }
    }

    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    static final Set<String> BUILTINS = Set.of(
            "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
            "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate",
            "eval", "exec", "exit", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash",
            "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map",
            "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit",
            "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
            "super", "tuple", "type", "vars", "zip", "self", "cls");

    private PyTokens() {}

    static List<Token> scan(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\') {
                i++;
            } else if (c == '#') {
                int end = s.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.add(new Token(Kind.COMMENT, i, end));
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = stringEnd(s, i);
                out.add(new Token(Kind.STRING, i, end));
                i = end;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '.'
                        || (s.charAt(end) == '+' || s.charAt(end) == '-') && (s.charAt(end - 1) == 'e' || s.charAt(end - 1) == 'E'))) {
                    end++;
                }
                out.add(new Token(Kind.NUMBER, i, end));
                i = end;
            } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(s.charAt(end)) && s.charAt(end) != '$') end++;
                if (end < n && (s.charAt(end) == '"' || s.charAt(end) == '\'') && isStringPrefix(s.substring(i, end))) {
                    int stop = stringEnd(s, end);
                    out.add(new Token(Kind.STRING, i, stop));
                    i = stop;
                    continue;
                }
                String word = s.substring(i, end);
                boolean attribute = i > 0 && s.charAt(i - 1) == '.';
                Kind kind = KEYWORDS.contains(word) ? Kind.KEYWORD
                        : !attribute && BUILTINS.contains(word) ? Kind.BUILTIN : Kind.NAME;
                out.add(new Token(kind, i, end));
                i = end;
            } else {
                out.add(new Token(Kind.OPERATOR, i, i + 1));
                i++;
            }
        }
        return out;
    }

    private static boolean isStringPrefix(String p) {
        return p.length() <= 2 && p.toLowerCase(java.util.Locale.ROOT).chars().allMatch(ch -> "rbuft".indexOf(ch) >= 0);
    }

    /** Where the string literal whose quote is at q ends: after its closing quote, or at the end of the text or line. */
    private static int stringEnd(String s, int q) {
        int n = s.length();
        char quote = s.charAt(q);
        boolean triple = q + 2 < n && s.charAt(q + 1) == quote && s.charAt(q + 2) == quote;
        int i = q + (triple ? 3 : 1);
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (triple && c == quote && i + 2 < n && s.charAt(i + 1) == quote && s.charAt(i + 2) == quote) {
                return i + 3;
            } else if (!triple && c == quote) {
                return i + 1;
            } else if (!triple && c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return n;
    }
}
