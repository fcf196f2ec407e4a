package dev.taipan.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where string, f-string and number literals end, raising CPython's tokenizer errors
 * at CPython's positions. F-strings are scanned with PEP 701 nesting (quotes reused inside
 * replacement fields, nested f-strings, format specs with nested fields).
 */
final class LiteralScanner {
    private static final int EOF = -1;
    private static final int MAX_SPEC_NESTING = 2;

    private final SourceText src;
    private final int limit;
    private final List<LexerWarning> warnings;

    /** Set by scanString when the literal was an f-string. */
    List<FStringToken.Piece> lastPieces;
    boolean lastRaw;
    int lastQuoteLength;
    int lastBodyStart;
    int lastBodyEnd;

    LiteralScanner(SourceText src, int limit, List<LexerWarning> warnings) {
        this.src = src;
        this.limit = limit;
        this.warnings = warnings;
    }

    private int at(int i) {
        return i < limit ? src.at(i) : EOF;
    }

    // ---------------------------------------------------------------- strings

    /** Length of a valid string prefix at p followed by a quote, 0 for a bare quote, -1 if no string starts here. */
    int prefixLength(int p) {
        int c1 = at(p);
        if (c1 == '"' || c1 == '\'') {
            return 0;
        }
        if (!isPrefixChar(c1)) {
            return -1;
        }
        int c2 = at(p + 1);
        if (c2 == '"' || c2 == '\'') {
            return 1;
        }
        if (!isPrefixChar(c2)) {
            return -1;
        }
        int c3 = at(p + 2);
        if (c3 != '"' && c3 != '\'') {
            return -1;
        }
        int a = Character.toLowerCase(c1);
        int b = Character.toLowerCase(c2);
        boolean ok = (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
        return ok ? 2 : -1;
    }

    private static boolean isPrefixChar(int c) {
        return switch (c) {
            case 'r', 'R', 'b', 'B', 'u', 'U', 'f', 'F' -> true;
            default -> false;
        };
    }

    /** Scans the string literal at start (prefix included); returns the index after its closing quote. */
    int scanString(int start) {
        return scanString(start, 0, 0);
    }

    /** True if the literal at start (already known to be a string) is an f-string. */
    boolean isFString(int start) {
        for (int p = start; ; p++) {
            int c = at(p);
            if (c == '"' || c == '\'') {
                return false;
            }
            if (c == 'f' || c == 'F') {
                return true;
            }
        }
    }

    private int scanString(int start, int encQuote, int encQuoteLength) {
        int p = start;
        boolean raw = false;
        boolean fstring = false;
        while (true) {
            int c = at(p);
            if (c == '"' || c == '\'') {
                break;
            }
            if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'f' || c == 'F') {
                fstring = true;
            }
            p++;
        }
        int quote = at(p);
        int qlen = at(p + 1) == quote && at(p + 2) == quote ? 3 : 1;
        p += qlen;
        if (fstring) {
            return scanFString(start, p, quote, qlen, raw, encQuote, encQuoteLength);
        }
        while (true) {
            int c = at(p);
            if (c == EOF || (c == '\n' && qlen == 1)) {
                throw unterminated(start, p, quote, qlen, encQuote, encQuoteLength, "string");
            }
            if (c == '\\') {
                p += at(p + 1) == EOF ? 1 : 2;
                continue;
            }
            if (c == quote && (qlen == 1 || (at(p + 1) == quote && at(p + 2) == quote))) {
                return p + qlen;
            }
            p++;
        }
    }

    private LexerSyntaxError unterminated(int start, int p, int quote, int qlen, int encQuote, int encQuoteLength,
                                          String what) {
        int line = src.line(start);
        int offset = src.col(start) + 1;
        if (encQuote == quote && encQuoteLength == qlen) {
            return new LexerSyntaxError("SyntaxError", "f-string: expecting '}'", line, offset, line, offset, false);
        }
        boolean atEof = at(p) == EOF;
        int detected = atEof ? src.line(Math.max(0, p - 1)) : src.line(p);
        String msg = qlen == 3
                ? "unterminated triple-quoted " + what + " literal (detected at line " + detected + ")"
                : "unterminated " + what + " literal (detected at line " + detected + ")";
        return new LexerSyntaxError("SyntaxError", msg, line, offset, line, offset, atEof);
    }

    // ---------------------------------------------------------------- f-strings

    private int scanFString(int start, int bodyStart, int quote, int qlen, boolean raw, int encQuote,
                            int encQuoteLength) {
        List<FStringToken.Piece> pieces = new ArrayList<>();
        int p = bodyStart;
        int textStart = p;
        while (true) {
            int c = at(p);
            if (c == EOF || (c == '\n' && qlen == 1)) {
                throw unterminated(start, p, quote, qlen, encQuote, encQuoteLength, "f-string");
            }
            if (c == '\\') {
                p = skipBackslash(p, raw);
                continue;
            }
            if (c == quote && (qlen == 1 || (at(p + 1) == quote && at(p + 2) == quote))) {
                addText(pieces, textStart, p);
                lastPieces = pieces;
                lastRaw = raw;
                lastQuoteLength = qlen;
                lastBodyStart = bodyStart;
                lastBodyEnd = p;
                return p + qlen;
            }
            if (c == '{') {
                if (at(p + 1) == '{') {
                    p += 2;
                    continue;
                }
                addText(pieces, textStart, p);
                FStringToken.Field field = scanField(p, quote, qlen, raw, 0);
                pieces.add(field);
                p = field.close() + 1;
                textStart = p;
                continue;
            }
            if (c == '}') {
                if (at(p + 1) == '}') {
                    p += 2;
                    continue;
                }
                throw errorAt("f-string: single '}' is not allowed", p + 1);
            }
            p++;
        }
    }

    /** Skips a backslash in f-string text: an escape, but a brace after it stays a brace. */
    private int skipBackslash(int p, boolean raw) {
        int n = at(p + 1);
        if (n == '{' || n == '}' || n == EOF) {
            return p + 1;
        }
        if (raw) {
            return p + 2;
        }
        if (n == 'N' && at(p + 2) == '{') {
            int q = p + 3;
            while (at(q) != EOF && at(q) != '}' && at(q) != '\n' && at(q) != '"' && at(q) != '\'') {
                q++;
            }
            return at(q) == '}' ? q + 1 : p + 2;
        }
        return p + 2;
    }

    private static void addText(List<FStringToken.Piece> pieces, int start, int end) {
        if (end > start) {
            pieces.add(new FStringToken.Text(start, end));
        }
    }

    /** Keywords that cannot start an expression (CPython: "f-string: expecting a valid expression after '{'"). */
    private static final java.util.Set<String> NOT_EXPRESSION_STARTS = java.util.Set.of("and", "as", "assert",
            "async", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "nonlocal", "or", "pass", "raise", "return", "try", "while", "with");

    /** CPython's parser stops at a field whose first token cannot start an expression. */
    private void checkFieldStart(int p) {
        while (at(p) == ' ' || at(p) == '\t' || at(p) == '\f' || at(p) == '\n') {
            p++;
        }
        int c = at(p);
        int end = p + 1;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c == '_') {
            end = p;
            while (isIdentifierChar(at(end))) {
                end++;
            }
            if (prefixLength(p) >= 0 || !NOT_EXPRESSION_STARTS.contains(src.text(p, end))) {
                return;
            }
        } else if (c == '.' && (at(p + 1) == '.' || (at(p + 1) >= '0' && at(p + 1) <= '9'))) {
            return;
        } else if (",.;/%<>|&^@".indexOf(c) < 0 || c == -1) {
            return;
        }
        int line = src.line(p);
        throw new LexerSyntaxError("SyntaxError", "f-string: expecting a valid expression after '{'", line,
                src.col(p) + 1, src.line(end), src.col(end) + 1, false);
    }

    private FStringToken.Field scanField(int open, int quote, int qlen, boolean raw, int level) {
        checkFieldStart(open + 1);
        int p = open + 1;
        int depth = 0;
        int[] brackets = new int[8];
        int exprEnd = -1;
        int debug = -1;
        int bang = -1;
        while (true) {
            int c = at(p);
            if (c == EOF) {
                int line = src.line(open);
                throw new LexerSyntaxError("SyntaxError", "'{' was never closed", line, src.col(open) + 1, line, 0,
                        true);
            }
            if (prefixLength(p) >= 0) {
                p = scanString(p, quote, qlen);
                continue;
            }
            if (isIdentifierChar(c)) {
                while (isIdentifierChar(at(p))) {
                    p++;
                }
                continue;
            }
            switch (c) {
                case '#' -> {
                    while (at(p) != '\n' && at(p) != EOF) {
                        p++;
                    }
                    continue;
                }
                case '(', '[', '{' -> {
                    if (depth == brackets.length) {
                        brackets = java.util.Arrays.copyOf(brackets, depth * 2);
                    }
                    brackets[depth++] = p;
                }
                case ')', ']' -> {
                    if (depth == 0) {
                        throw errorAt("f-string: unmatched '" + (char) c + "'", p + 1);
                    }
                    closeBracket(brackets[--depth], p);
                }
                case '}' -> {
                    if (depth == 0) {
                        if (exprEnd < 0) {
                            exprEnd = p;
                        }
                        return new FStringToken.Field(open, open + 1, exprEnd, debug, bang, p, null, p);
                    }
                    closeBracket(brackets[--depth], p);
                }
                case '!' -> {
                    if (at(p + 1) == '=') {
                        p += 2;
                        continue;
                    }
                    if (depth == 0 && bang < 0) {
                        if (exprEnd < 0) {
                            exprEnd = p;
                        }
                        bang = p;
                    }
                }
                case '=' -> {
                    if (at(p + 1) == '=') {
                        p += 2;
                        continue;
                    }
                    if (depth == 0 && exprEnd < 0) {
                        exprEnd = p;
                        debug = p;
                    }
                }
                case '<', '>' -> {
                    if (at(p + 1) == '=') {
                        p += 2;
                        continue;
                    }
                }
                case ':' -> {
                    if (depth == 0) {
                        if (exprEnd < 0) {
                            exprEnd = p;
                        }
                        FStringToken.Spec spec = scanSpec(open, p, quote, qlen, raw, level);
                        return new FStringToken.Field(open, open + 1, exprEnd, debug, bang, p, spec, spec.end());
                    }
                }
                default -> {
                }
            }
            p++;
        }
    }

    private void closeBracket(int openIndex, int closeIndex) {
        int open = at(openIndex);
        int close = at(closeIndex);
        int expected = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (close != expected) {
            String msg = "closing parenthesis '" + (char) close + "' does not match opening parenthesis '"
                    + (char) open + "'";
            if (src.line(openIndex) != src.line(closeIndex)) {
                msg += " on line " + src.line(openIndex);
            }
            throw errorAt(msg, closeIndex + 1);
        }
    }

    private FStringToken.Spec scanSpec(int open, int colon, int quote, int qlen, boolean raw, int level) {
        List<FStringToken.Piece> pieces = new ArrayList<>();
        int p = colon + 1;
        int textStart = p;
        while (true) {
            int c = at(p);
            if (c == EOF) {
                int line = src.line(open);
                throw new LexerSyntaxError("SyntaxError", "'{' was never closed", line, src.col(open) + 1, line, 0,
                        true);
            }
            if (c == quote && (qlen == 1 || (at(p + 1) == quote && at(p + 2) == quote))) {
                throw errorAt("f-string: expecting '}'", p + 1);
            }
            if (c == '\\') {
                p = skipBackslash(p, raw);
                continue;
            }
            if (c == '{') {
                if (level + 1 > MAX_SPEC_NESTING) {
                    throw errorAt("f-string: expressions nested too deeply", p);
                }
                addText(pieces, textStart, p);
                FStringToken.Field field = scanField(p, quote, qlen, raw, level + 1);
                pieces.add(field);
                p = field.close() + 1;
                textStart = p;
                continue;
            }
            if (c == '}') {
                addText(pieces, textStart, p);
                return new FStringToken.Spec(colon, pieces, p);
            }
            p++;
        }
    }

    // ---------------------------------------------------------------- numbers

    /** Scans the number at start (a digit, or '.' before a digit); returns the index after it. */
    int scanNumber(int start) {
        int c = at(start);
        if (c == '.') {
            return fraction(start + 1);
        }
        if (c == '0') {
            int x = at(start + 1);
            if (x == 'x' || x == 'X') {
                return radix(start + 2, 16, "hexadecimal");
            }
            if (x == 'o' || x == 'O') {
                return radix(start + 2, 8, "octal");
            }
            if (x == 'b' || x == 'B') {
                return radix(start + 2, 2, "binary");
            }
            int p = start + 1;
            c = at(p);
            while (true) {
                if (c == '_') {
                    p++;
                    c = at(p);
                    if (!isDigit(c)) {
                        throw errorAt("invalid decimal literal", p);
                    }
                }
                if (c != '0') {
                    break;
                }
                p++;
                c = at(p);
            }
            int zerosEnd = p + 1;
            boolean nonzero = false;
            if (isDigit(c)) {
                nonzero = true;
                p = decimalTail(p);
                c = at(p);
            }
            if (c == '.') {
                return fraction(p + 1);
            }
            if (c == 'e' || c == 'E') {
                return exponent(p);
            }
            if (c == 'j' || c == 'J') {
                return verifyEnd(p + 1, "imaginary");
            }
            if (nonzero) {
                int line = src.line(start);
                throw new LexerSyntaxError("SyntaxError", "leading zeros in decimal integer literals are not "
                        + "permitted; use an 0o prefix for octal integers", line, src.col(start) + 1, line,
                        src.col(zerosEnd), false);
            }
            return verifyEnd(p, "decimal");
        }
        int p = decimalTail(start);
        c = at(p);
        if (c == '.') {
            return fraction(p + 1);
        }
        if (c == 'e' || c == 'E') {
            return exponent(p);
        }
        if (c == 'j' || c == 'J') {
            return verifyEnd(p + 1, "imaginary");
        }
        return verifyEnd(p, "decimal");
    }

    private int decimalTail(int p) {
        while (true) {
            while (isDigit(at(p))) {
                p++;
            }
            if (at(p) != '_') {
                return p;
            }
            p++;
            if (!isDigit(at(p))) {
                throw errorAt("invalid decimal literal", p);
            }
        }
    }

    private int fraction(int p) {
        if (isDigit(at(p))) {
            p = decimalTail(p);
        }
        int c = at(p);
        if (c == 'e' || c == 'E') {
            return exponent(p);
        }
        if (c == 'j' || c == 'J') {
            return verifyEnd(p + 1, "imaginary");
        }
        return verifyEnd(p, "decimal");
    }

    private int exponent(int e) {
        int p = e + 1;
        int c = at(p);
        if (c == '+' || c == '-') {
            p++;
            if (!isDigit(at(p))) {
                throw errorAt("invalid decimal literal", p);
            }
        } else if (!isDigit(c)) {
            return verifyEnd(e, "decimal");
        }
        p = decimalTail(p);
        c = at(p);
        if (c == 'j' || c == 'J') {
            return verifyEnd(p + 1, "imaginary");
        }
        return verifyEnd(p, "decimal");
    }

    private int radix(int p, int radix, String kind) {
        int c = at(p);
        do {
            if (c == '_') {
                p++;
                c = at(p);
            }
            if (!isRadixDigit(c, radix)) {
                if (radix != 16 && isDigit(c)) {
                    throw errorAt("invalid digit '" + (char) c + "' in " + kind + " literal", p + 1);
                }
                throw errorAt("invalid " + kind + " literal", p);
            }
            do {
                p++;
                c = at(p);
            } while (isRadixDigit(c, radix));
        } while (c == '_');
        if (radix != 16 && isDigit(c)) {
            throw errorAt("invalid digit '" + (char) c + "' in " + kind + " literal", p + 1);
        }
        return verifyEnd(p, kind);
    }

    /** CPython's verify_end_of_number: a keyword right after a number warns, a letter is an error. */
    private int verifyEnd(int p, String kind) {
        int c = at(p);
        boolean keyword = switch (c) {
            case 'a' -> follows(p + 1, "nd");
            case 'e' -> follows(p + 1, "lse");
            case 'f' -> follows(p + 1, "or");
            case 'i' -> at(p + 1) == 'f' || at(p + 1) == 'n' || at(p + 1) == 's';
            case 'o' -> follows(p + 1, "r");
            case 'n' -> follows(p + 1, "ot");
            default -> false;
        };
        if (keyword) {
            warnings.add(new LexerWarning("invalid " + kind + " literal", src.line(p), src.col(p)));
        } else if (c >= 0 && c < 128 && isIdentifierChar(c)) {
            throw errorAt("invalid " + kind + " literal", p);
        }
        return p;
    }

    private boolean follows(int p, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (at(p + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isRadixDigit(int c, int radix) {
        return switch (radix) {
            case 2 -> c == '0' || c == '1';
            case 8 -> c >= '0' && c <= '7';
            default -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        };
    }

    static boolean isIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    /** A tokenizer error whose offset is CPython's "cur": the number of characters before index cur on its line. */
    LexerSyntaxError errorAt(String msg, int cur) {
        int line = src.line(cur);
        int offset = src.col(cur);
        if (offset == 0 && cur > 0 && src.at(cur - 1) == '\n') {
            line = src.line(cur - 1);
            offset = src.col(cur - 1) + 1;
        }
        return new LexerSyntaxError("SyntaxError", msg, line, offset, line, offset, false);
    }
}
