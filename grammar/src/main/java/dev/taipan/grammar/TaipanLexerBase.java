package dev.taipan.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The context-dependent half of Taipan's lexer, run before the generated rules at every token:
 * NEWLINE/INDENT/DEDENT from indentation (tabs to multiples of 8, checked against tabs-as-1 for
 * TabError), implicit line joining inside brackets, backslash continuation, comments and blank
 * lines, string/f-string/number literals, and the final NEWLINE and DEDENTs at end of input.
 * Errors are thrown as LexerSyntaxError with CPython's message and position.
 */
public abstract class TaipanLexerBase extends Lexer {
    private static final int TAB_SIZE = 8;
    /** CPython's limits: MAXINDENT levels of indentation, MAXLEVEL nested brackets. */
    private static final int MAX_INDENT = 100;
    private static final int MAX_LEVEL = 200;

    /** Keyword spelling to token type, from the generated vocabulary (a holder: TaipanLexer must be initialized first). */
    private static final class Keywords {
        static final Map<String, Integer> MAP = keywords();
    }

    private SourceText src;
    private int end;
    private boolean expressionMode;
    private LiteralScanner scanner;
    private final List<LexerWarning> warnings = new ArrayList<>();
    private final ArrayDeque<Token> pending = new ArrayDeque<>();

    private int[] indents = new int[16];
    private int[] altIndents = new int[16];
    private int indentTop;

    private int[] bracketChars = new int[16];
    private int[] bracketIndexes = new int[16];
    private int depth;

    private boolean atLineStart = true;
    private int lastType = -1;
    private int unclosedBracket = -1;
    private boolean done;
    private boolean deferErrors;
    /** Where the comment just skipped starts, or -1. */
    private int lastComment = -1;
    private LexerSyntaxError error;

    protected TaipanLexerBase(CharStream input) {
        super(input);
    }

    /** Lex as the inside of brackets: no NEWLINE/INDENT/DEDENT (an f-string replacement field). */
    public void setExpressionMode(boolean expressionMode) {
        this.expressionMode = expressionMode;
        this.atLineStart = !expressionMode;
    }

    /**
     * Instead of throwing a tokenizer error, end the token stream there (with EOF) and keep the
     * error for error(): whether CPython reports it depends on where the parser stops.
     */
    public void setDeferErrors(boolean deferErrors) {
        this.deferErrors = deferErrors;
    }

    /** The tokenizer error that ended the stream (with setDeferErrors), or null. */
    public LexerSyntaxError error() {
        return error;
    }

    /** SyntaxWarnings found so far. */
    public List<LexerWarning> warnings() {
        return warnings;
    }

    /** The index of the innermost bracket still open at end of input, or -1. */
    public int unclosedBracket() {
        return unclosedBracket;
    }

    /** The source being lexed. */
    public SourceText source() {
        init();
        return src;
    }

    private void init() {
        if (src != null) {
            return;
        }
        CharStream input = getInputStream();
        if (input instanceof SourceCharStream s) {
            src = s.source();
            end = s.end();
        } else {
            src = new SourceText(input.toString());
            end = src.length();
            setInputStream(new SourceCharStream(src, 0, end, input.getSourceName()));
        }
        scanner = new LiteralScanner(src, end, warnings);
    }

    private int la(int index) {
        return index < end ? src.at(index) : -1;
    }

    @Override
    public Token nextToken() {
        init();
        if (error != null) {
            return make(Token.EOF, _input.index(), _input.index() - 1);
        }
        if (!deferErrors) {
            return next();
        }
        try {
            return next();
        } catch (LexerSyntaxError e) {
            error = e;
            pending.clear();
            return make(Token.EOF, _input.index(), _input.index() - 1);
        }
    }

    private Token next() {
        Token t = pending.poll();
        if (t != null) {
            return remember(t);
        }
        while (true) {
            if (atLineStart) {
                t = startLine();
                if (t != null) {
                    return remember(t);
                }
            }
            int p = skipBlanks(_input.index());
            int c = la(p);
            if (c == -1) {
                _input.seek(p);
                return remember(endOfInput(p));
            }
            if (c == '\n') {
                _input.seek(p + 1);
                if (depth > 0 || expressionMode) {
                    continue;
                }
                atLineStart = true;
                // As in CPython, a NEWLINE after a comment starts where the comment does.
                int start = lastComment >= 0 && src.line(lastComment) == src.line(p) ? lastComment : p;
                return remember(make(TaipanLexer.NEWLINE, start, p));
            }
            if (c == '"' || c == '\'' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' && scanner.prefixLength(p) >= 0)) {
                return remember(string(p));
            }
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c == '_' || c >= 128) {
                return remember(name(p));
            }
            if ((c >= '0' && c <= '9') || (c == '.' && la(p + 1) >= '0' && la(p + 1) <= '9')) {
                int stop = scanner.scanNumber(p);
                _input.seek(stop);
                return remember(make(TaipanLexer.NUMBER, p, stop - 1));
            }
            _input.seek(p);
            getInterpreter().setLine(src.line(p));
            getInterpreter().setCharPositionInLine(src.col(p));
            t = super.nextToken();
            checkBrackets(t);
            return remember(t);
        }
    }

    private static Map<String, Integer> keywords() {
        Map<String, Integer> map = new HashMap<>();
        for (int type = 1; type <= TaipanLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = TaipanLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1))) {
                map.put(literal.substring(1, literal.length() - 1), type);
            }
        }
        return Map.copyOf(map);
    }

    /**
     * A name or keyword. As in CPython, any non-ASCII character may be part of a name; the whole
     * name is then checked against Unicode's identifier rules.
     */
    private Token name(int p) {
        int q = p;
        boolean ascii = true;
        while (true) {
            int c = la(q);
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c == '_' || (c >= '0' && c <= '9')) {
                q++;
            } else if (c >= 128) {
                ascii = false;
                q++;
            } else {
                break;
            }
        }
        if (!ascii) {
            for (int i = p; i < q; i++) {
                int c = la(i);
                boolean ok = i == p ? c == '_' || Character.isUnicodeIdentifierStart(c)
                        : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
                if (!ok) {
                    String hex = String.format("U+%04X", c);
                    throw scanner.errorAt(isPrintable(c) ? "invalid character '" + Character.toString(c) + "' (" + hex
                            + ")" : "invalid non-printable character " + hex, i + 1);
                }
            }
        }
        _input.seek(q);
        int type = TaipanLexer.NAME;
        if (q - p <= 8) {
            Integer keyword = Keywords.MAP.get(src.text(p, q));
            if (keyword != null) {
                type = keyword;
            }
        }
        return make(type, p, q - 1);
    }

    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> c == ' ';
            default -> true;
        };
    }

    private Token remember(Token t) {
        lastType = t.getType();
        return t;
    }

    private Token make(int type, int start, int stop) {
        CommonToken t = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL, start, stop);
        t.setLine(src.line(start));
        t.setCharPositionInLine(src.col(start));
        return t;
    }

    /** Skips spaces, tabs, form feeds, comments and backslash continuations; returns the next index. */
    private int skipBlanks(int p) {
        lastComment = -1;
        while (true) {
            int c = la(p);
            if (c == ' ' || c == '\t' || c == '\f') {
                p++;
            } else if (c == '#') {
                lastComment = p;
                while (la(p) != '\n' && la(p) != -1) {
                    p++;
                }
            } else if (c == '\\') {
                int n = la(p + 1);
                if (n == '\n') {
                    if (la(p + 2) == -1 && !expressionMode) {
                        int line = src.line(p);
                        throw new LexerSyntaxError("SyntaxError", "unexpected EOF while parsing", line,
                                src.col(p) + 2, line, -1, true);
                    }
                    p += 2;
                } else {
                    int line = src.line(p);
                    throw new LexerSyntaxError("SyntaxError",
                            "unexpected character after line continuation character", line, src.col(p) + 2, line, 0,
                            false);
                }
            } else {
                return p;
            }
        }
    }

    /** At the start of a logical line: skips blank lines and queues INDENT/DEDENT tokens. */
    private Token startLine() {
        int p = _input.index();
        while (true) {
            int col = 0;
            int alt = 0;
            int q = p;
            while (true) {
                int c = la(q);
                if (c == ' ') {
                    col++;
                    alt++;
                } else if (c == '\t') {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt++;
                } else if (c == '\f') {
                    col = 0;
                    alt = 0;
                } else {
                    break;
                }
                q++;
            }
            int c = la(q);
            if (c == '#') {
                while (la(q) != '\n' && la(q) != -1) {
                    q++;
                }
                c = la(q);
            }
            if (c == '\n') {
                p = q + 1;
                continue;
            }
            atLineStart = false;
            _input.seek(q);
            if (c == -1) {
                return null;
            }
            if (c == '\\' && la(q + 1) != '\n') {
                int line = src.line(q);
                throw new LexerSyntaxError("SyntaxError", "unexpected character after line continuation character",
                        line, src.col(q) + 2, line, 0, false);
            }
            int top = indents[indentTop];
            if (col == top) {
                if (alt != altIndents[indentTop]) {
                    throw tabError(q);
                }
                return null;
            }
            if (col > top) {
                if (indentTop + 1 >= MAX_INDENT) {
                    int line = src.line(q);
                    throw new LexerSyntaxError("IndentationError", "too many levels of indentation", line, 1, line, 0,
                            false);
                }
                if (alt <= altIndents[indentTop]) {
                    throw tabError(q);
                }
                if (++indentTop == indents.length) {
                    indents = Arrays.copyOf(indents, indentTop * 2);
                    altIndents = Arrays.copyOf(altIndents, indentTop * 2);
                }
                indents[indentTop] = col;
                altIndents[indentTop] = alt;
                return make(TaipanLexer.INDENT, p, q - 1);
            }
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                pending.add(make(TaipanLexer.DEDENT, q, q - 1));
            }
            if (col != indents[indentTop]) {
                int line = src.line(q);
                int lineLength = 0;
                for (int i = src.lineStart(line); la(i) != -1; i++) {
                    lineLength++;
                    if (la(i) == '\n') {
                        break;
                    }
                }
                throw new LexerSyntaxError("IndentationError", "unindent does not match any outer indentation level",
                        line, lineLength, line, -1, false);
            }
            if (alt != altIndents[indentTop]) {
                throw tabError(q);
            }
            return pending.poll();
        }
    }

    private LexerSyntaxError tabError(int q) {
        int line = src.line(q);
        return new LexerSyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, line, 0,
                false);
    }

    private Token endOfInput(int p) {
        if (!done) {
            done = true;
            if (depth > 0) {
                unclosedBracket = bracketIndexes[depth - 1];
            } else if (!expressionMode) {
                if (lastType != -1 && lastType != TaipanLexer.NEWLINE && lastType != TaipanLexer.INDENT
                        && lastType != TaipanLexer.DEDENT) {
                    pending.add(make(TaipanLexer.NEWLINE, p, p - 1));
                }
                while (indentTop > 0) {
                    indentTop--;
                    pending.add(make(TaipanLexer.DEDENT, p, p - 1));
                }
            }
            pending.add(make(Token.EOF, p, p - 1));
        }
        Token t = pending.poll();
        return t != null ? t : make(Token.EOF, p, p - 1);
    }

    private Token string(int p) {
        boolean fstring = scanner.isFString(p);
        int stop = scanner.scanString(p);
        _input.seek(stop);
        if (!fstring) {
            return make(TaipanLexer.STRING, p, stop - 1);
        }
        FStringToken t = new FStringToken(_tokenFactorySourcePair, TaipanLexer.FSTRING, p, stop - 1, scanner.lastRaw,
                scanner.lastQuoteLength, scanner.lastBodyStart, scanner.lastBodyEnd, scanner.lastPieces);
        t.setLine(src.line(p));
        t.setCharPositionInLine(src.col(p));
        return t;
    }

    private void checkBrackets(Token t) {
        switch (t.getType()) {
            case TaipanLexer.LPAR, TaipanLexer.LSQB, TaipanLexer.LBRACE -> {
                if (depth >= MAX_LEVEL) {
                    throw scanner.errorAt("too many nested parentheses", t.getStartIndex() + 1);
                }
                if (depth == bracketChars.length) {
                    bracketChars = Arrays.copyOf(bracketChars, depth * 2);
                    bracketIndexes = Arrays.copyOf(bracketIndexes, depth * 2);
                }
                bracketChars[depth] = src.at(t.getStartIndex());
                bracketIndexes[depth] = t.getStartIndex();
                depth++;
            }
            case TaipanLexer.RPAR, TaipanLexer.RSQB, TaipanLexer.RBRACE -> {
                int index = t.getStartIndex();
                int close = src.at(index);
                if (depth == 0) {
                    throw scanner.errorAt("unmatched '" + (char) close + "'", index + 1);
                }
                int open = bracketChars[depth - 1];
                int expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (close != expected) {
                    int openLine = src.line(bracketIndexes[depth - 1]);
                    String msg = "closing parenthesis '" + (char) close + "' does not match opening parenthesis '"
                            + (char) open + "'";
                    if (openLine != src.line(index)) {
                        msg += " on line " + openLine;
                    }
                    throw scanner.errorAt(msg, index + 1);
                }
                depth--;
            }
            case TaipanLexer.ERRORCHAR -> {
                int c = src.at(t.getStartIndex());
                if (c > ' ' && c != 127) {
                    return;
                }
                throw scanner.errorAt(String.format("invalid non-printable character U+%04X", c),
                        t.getStartIndex() + 1);
            }
            default -> {
            }
        }
    }
}
