package dev.taipan.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.taipan.ast.Expr;
import dev.taipan.ast.Span;
import dev.taipan.grammar.FStringToken;
import dev.taipan.grammar.SourceText;
import dev.taipan.grammar.TaipanLexer;
import dev.taipan.grammar.TaipanParser.StringAtomContext;

/**
 * String and bytes literals: escape decoding (with CPython's errors and its SyntaxWarning for
 * invalid escapes) and implicit concatenation of adjacent literals, f-strings included.
 */
final class StringLiterals {
    private final ParseSession s;
    private final SourceText src;
    private final FStringParser fstrings;

    StringLiterals(ParseSession s, FStringParser fstrings) {
        this.s = s;
        this.src = s.src;
        this.fstrings = fstrings;
        fstrings.setLiterals(this);
    }

    /** Adjacent literals: one Constant (str or bytes) or, with any f-string among them, one JoinedStr. */
    Expr atom(StringAtomContext ctx) {
        List<Token> tokens = new ArrayList<>(ctx.getChildCount());
        boolean anyF = false;
        boolean anyBytes = false;
        boolean anyStr = false;
        for (ParseTree child : ctx.children) {
            Token t = ((TerminalNode) child).getSymbol();
            tokens.add(t);
            if (t.getType() == TaipanLexer.FSTRING) {
                anyF = true;
            } else if (isBytes(t)) {
                anyBytes = true;
            } else {
                anyStr = true;
            }
        }
        Span at = s.span(ctx);
        if (anyBytes && (anyStr || anyF)) {
            throw s.error("cannot mix bytes and nonbytes literals", s.tokenAfter(ctx.stop));
        }
        if (anyBytes) {
            if (tokens.size() == 1) {
                return new Expr.Constant(at, Expr.ConstKind.BYTES, decodeBytes(tokens.get(0)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Token t : tokens) {
                out.writeBytes(decodeBytes(t));
            }
            return new Expr.Constant(at, Expr.ConstKind.BYTES, out.toByteArray());
        }
        if (!anyF) {
            if (tokens.size() == 1) {
                return new Expr.Constant(at, Expr.ConstKind.STR, decodeString(tokens.get(0)));
            }
            StringBuilder sb = new StringBuilder();
            for (Token t : tokens) {
                sb.append(decodeString(t));
            }
            return new Expr.Constant(at, Expr.ConstKind.STR, sb.toString());
        }
        List<Expr> parts = new ArrayList<>();
        for (Token t : tokens) {
            if (t instanceof FStringToken f) {
                fstrings.parts(f, parts);
            } else {
                parts.add(new Expr.Constant(s.span(t), Expr.ConstKind.STR, decodeString(t)));
            }
        }
        return new Expr.JoinedStr(at, merge(parts));
    }

    /** Joins adjacent string Constants (their span covering both) and drops empty ones. */
    static List<Expr> merge(List<Expr> parts) {
        List<Expr> out = new ArrayList<>(parts.size());
        Expr.Constant pending = null;
        for (Expr part : parts) {
            if (part instanceof Expr.Constant c) {
                if (pending == null) {
                    pending = c;
                } else {
                    pending = new Expr.Constant(ParseSession.join(pending.at(), c.at()), Expr.ConstKind.STR,
                            (String) pending.value() + c.value());
                }
            } else {
                if (pending != null && !((String) pending.value()).isEmpty()) {
                    out.add(pending);
                }
                pending = null;
                out.add(part);
            }
        }
        if (pending != null && !((String) pending.value()).isEmpty()) {
            out.add(pending);
        }
        return out;
    }

    private boolean isBytes(Token t) {
        for (int p = t.getStartIndex(); ; p++) {
            int c = src.at(p);
            if (c == 'b' || c == 'B') {
                return true;
            }
            if (c == '"' || c == '\'') {
                return false;
            }
        }
    }

    // ---------------------------------------------------------------- decoding

    /** The body of a plain literal token: [start, end) and whether it is raw. */
    private record Body(int start, int end, boolean raw) {}

    private Body body(Token t) {
        int p = t.getStartIndex();
        boolean raw = false;
        while (src.at(p) != '"' && src.at(p) != '\'') {
            if (src.at(p) == 'r' || src.at(p) == 'R') {
                raw = true;
            }
            p++;
        }
        int quote = src.at(p);
        int length = t.getStopIndex() + 1 - p;
        int q = length >= 6 && src.at(p + 1) == quote && src.at(p + 2) == quote ? 3 : 1;
        return new Body(p + q, t.getStopIndex() + 1 - q, raw);
    }

    String decodeString(Token t) {
        Body b = body(t);
        return decodeText(b.start(), b.end(), b.raw(), false, s.span(t), b.start(), t.getLine());
    }

    /**
     * Decodes str text [from, to). In f-string text, doubled braces stand for one. errorAt is where
     * a decoding error is reported; bodyStart is where positions in its message count from.
     */
    String decodeText(int from, int to, boolean raw, boolean fstring, Span errorAt, int bodyStart, int warnLine) {
        StringBuilder sb = new StringBuilder(to - from);
        boolean warned = false;
        int i = from;
        while (i < to) {
            int c = src.at(i);
            if (fstring && (c == '{' || c == '}')) {
                sb.append((char) c);
                i += 2;
                continue;
            }
            if (c != '\\' || raw) {
                sb.appendCodePoint(c);
                i++;
                continue;
            }
            int n = src.at(i + 1);
            switch (n) {
                case '\n' -> i += 2;
                case '\\', '\'', '"' -> {
                    sb.append((char) n);
                    i += 2;
                }
                case 'a' -> i = put(sb, 7, i);
                case 'b' -> i = put(sb, 8, i);
                case 'f' -> i = put(sb, 12, i);
                case 'n' -> i = put(sb, '\n', i);
                case 'r' -> i = put(sb, '\r', i);
                case 't' -> i = put(sb, '\t', i);
                case 'v' -> i = put(sb, 11, i);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = i + 1;
                    int value = 0;
                    while (end < i + 4 && end < to && src.at(end) >= '0' && src.at(end) <= '7') {
                        value = value * 8 + (src.at(end) - '0');
                        end++;
                    }
                    if (value > 0377 && !warned) {
                        warned = true;
                        warn("invalid octal escape sequence '" + src.text(i, end) + "'", warnLine, i);
                    }
                    sb.appendCodePoint(value);
                    i = end;
                }
                case 'x', 'u', 'U' -> {
                    int digits = n == 'x' ? 2 : n == 'u' ? 4 : 8;
                    int value = 0;
                    int found = 0;
                    while (found < digits && i + 2 + found < to && Character.digit(src.at(i + 2 + found), 16) >= 0) {
                        value = value * 16 + Character.digit(src.at(i + 2 + found), 16);
                        found++;
                    }
                    if (found < digits) {
                        String what = n == 'x' ? "truncated \\xXX escape" : n == 'u' ? "truncated \\uXXXX escape"
                                : "truncated \\UXXXXXXXX escape";
                        throw unicodeError(bodyStart, i, i + 1 + found, what, errorAt);
                    }
                    if (value > 0x10FFFF) {
                        throw unicodeError(bodyStart, i, i + 1 + found, "illegal Unicode character", errorAt);
                    }
                    sb.appendCodePoint(value);
                    i += 2 + digits;
                }
                case 'N' -> {
                    int close = -1;
                    if (src.at(i + 2) == '{') {
                        for (int q = i + 3; q < to; q++) {
                            if (src.at(q) == '}') {
                                close = q;
                                break;
                            }
                        }
                    }
                    if (close < 0 || close == i + 3) {
                        throw unicodeError(bodyStart, i, Math.max(i + 1, (close < 0 ? to : close) - 1),
                                "malformed \\N character escape", errorAt);
                    }
                    int cp;
                    try {
                        cp = Character.codePointOf(src.text(i + 3, close));
                    } catch (IllegalArgumentException e) {
                        throw unicodeError(bodyStart, i, close, "unknown Unicode character name", errorAt);
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    if (!warned) {
                        warned = true;
                        warnInvalidEscape(n, warnLine, i);
                    }
                    sb.append('\\');
                    i++;
                }
            }
        }
        return sb.toString();
    }

    private static int put(StringBuilder sb, int c, int i) {
        sb.append((char) c);
        return i + 2;
    }

    private void warnInvalidEscape(int c, int line, int index) {
        String shown = c == -1 ? "" : Character.toString(c);
        warn("invalid escape sequence '\\" + shown + "'", line, index);
    }

    /** CPython reports escape warnings at the line where the literal (token) starts. */
    private void warn(String msg, int line, int index) {
        s.warn(msg, line, src.col(index) + 1);
    }

    private SyntaxErrorException unicodeError(int bodyStart, int from, int to, String what, Span at) {
        int start = utf8Length(bodyStart, from);
        int end = start + utf8Length(from, to + 1) - 1;
        return s.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-" + end
                + ": " + what, at);
    }

    private int utf8Length(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int c = src.at(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return n;
    }

    byte[] decodeBytes(Token t) {
        Body b = body(t);
        for (int i = b.start(); i < b.end(); i++) {
            if (src.at(i) >= 128) {
                throw s.error("bytes can only contain ASCII literal characters", s.span(t));
            }
        }
        if (b.raw()) {
            return src.text(b.start(), b.end()).getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.end() - b.start());
        boolean warned = false;
        int i = b.start();
        int to = b.end();
        while (i < to) {
            int c = src.at(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int n = src.at(i + 1);
            switch (n) {
                case '\n' -> i += 2;
                case '\\', '\'', '"' -> {
                    out.write(n);
                    i += 2;
                }
                case 'a', 'b', 'f', 'n', 'r', 't', 'v' -> {
                    out.write("\u0007\b\f\n\r\t\u000b".charAt("abfnrtv".indexOf(n)));
                    i += 2;
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = i + 1;
                    int value = 0;
                    while (end < i + 4 && end < to && src.at(end) >= '0' && src.at(end) <= '7') {
                        value = value * 8 + (src.at(end) - '0');
                        end++;
                    }
                    if (value > 0377 && !warned) {
                        warned = true;
                        warn("invalid octal escape sequence '" + src.text(i, end) + "'", t.getLine(), i);
                    }
                    out.write(value & 0xFF);
                    i = end;
                }
                case 'x' -> {
                    int hi = i + 2 < to ? Character.digit(src.at(i + 2), 16) : -1;
                    int lo = i + 3 < to ? Character.digit(src.at(i + 3), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw s.error("(value error) invalid \\x escape at position " + (i - b.start()), s.span(t));
                    }
                    out.write(hi * 16 + lo);
                    i += 4;
                }
                default -> {
                    if (!warned) {
                        warned = true;
                        warnInvalidEscape(n, t.getLine(), i);
                    }
                    out.write('\\');
                    i++;
                }
            }
        }
        return out.toByteArray();
    }
}
