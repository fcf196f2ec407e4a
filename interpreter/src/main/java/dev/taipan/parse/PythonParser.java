package dev.taipan.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;

import dev.taipan.ast.Expr;
import dev.taipan.ast.Module;
import dev.taipan.ast.Stmt;
import dev.taipan.grammar.LexerWarning;
import dev.taipan.grammar.SourceText;
import dev.taipan.grammar.TaipanLexer;
import dev.taipan.grammar.TaipanParser;
import dev.taipan.grammar.TaipanParser.Eval_inputContext;
import dev.taipan.grammar.TaipanParser.File_inputContext;

/**
 * Parses Python source into Taipan's AST, reporting errors as CPython 3.13 does.
 *
 * <p>Use the static helpers for a one-off parse, or an instance to also read the
 * SyntaxWarnings found (invalid escape sequences, "is" with a literal, ...), which CPython
 * prints to stderr before running the code:
 * <pre>
 *   PythonParser p = new PythonParser(source, "script.py");
 *   Module m = p.parseModule();          // throws SyntaxErrorException
 *   for (ParseWarning w : p.warnings()) { ... }
 * </pre>
 * An instance parses once; it is not thread-safe, but separate instances may run in parallel.
 */
public final class PythonParser {
    private final String filename;
    private final String text;
    private final String[] lines;
    private final boolean addedNewline;
    private List<ParseWarning> warnings = List.of();
    /** Whether await, async for and async with are allowed at module level (the asyncio REPL's input). */
    private boolean topLevelAwait;

    public PythonParser(String source, String filename) {
        this.filename = filename;
        String normalized = normalize(source);
        this.lines = splitLines(normalized);
        this.addedNewline = !normalized.endsWith("\n");
        this.text = addedNewline ? normalized + "\n" : normalized;
    }

    /** Parses a whole file (or -c / exec string). */
    public static Module parseModule(String source, String filename) {
        return new PythonParser(source, filename).parseModule();
    }

    /** Parses the input of eval(): one expression list; leading spaces and tabs are ignored as eval() does. */
    public static Expr parseExpression(String source, String filename) {
        return new PythonParser(stripLeadingBlanks(source), filename).parseExpression();
    }

    /**
     * Parses what an interactive prompt has read so far. If the input ends inside an open
     * construct (bracket, triple-quoted string, block header without body, backslash), the
     * SyntaxErrorException thrown has incomplete == true: read another line and try again.
     */
    public static Module parseInteractive(String source, String filename) {
        return new PythonParser(source, filename).parseInteractive();
    }

    /**
     * Parses one input of the asyncio REPL: as {@link #parseInteractive(String, String)}, and
     * await, async for, async with and async comprehensions are allowed at module level (CPython's
     * PyCF_ALLOW_TOP_LEVEL_AWAIT).
     */
    public static Module parseInteractiveAsync(String source, String filename) {
        PythonParser p = new PythonParser(source, filename);
        p.topLevelAwait = true;
        return p.parseInteractive();
    }

    public Module parseModule() {
        return module(false);
    }

    public Module parseInteractive() {
        return module(true);
    }

    public Expr parseExpression() {
        ParseSession s = new ParseSession(new SourceText(text), filename);
        TaipanLexer lexer = ParseRunner.lexer(s.src, 0, s.src.length(), filename, false);
        lexer.setDeferErrors(true);
        CommonTokenStream tokens = ParseRunner.tokens(lexer, s, false);
        s.tokens = tokens;
        AstBuilder builder = new AstBuilder(s);
        Eval_inputContext tree;
        try {
            tree = ParseRunner.run(ParseRunner.parser(tokens), TaipanParser::eval_input);
        } catch (ParseRunner.Failure f) {
            if (lexer.error() != null) {
                throw ParseRunner.convert(lexer.error(), s, false);
            }
            throw new SyntaxErrorAnalyzer(s, builder, tokens, lexer.unclosedBracket(), false).forEval(addedNewline)
                    .analyze(f);
        }
        if (lexer.error() != null) {
            throw ParseRunner.convert(lexer.error(), s, false);
        }
        Expr e = builder.exprs.testlist(tree.testlist());
        int parsed = s.warnings.size();
        new ContextChecker(s).checkExpression(e);
        collectWarnings(s, lexer, parsed);
        return e;
    }

    /** The SyntaxWarnings of the last parse, in the order CPython reports them. */
    public List<ParseWarning> warnings() {
        return warnings;
    }

    /** The source lines (without newlines), as a traceback shows them. */
    public String[] lines() {
        return lines.clone();
    }

    private Module module(boolean interactive) {
        ParseSession s = new ParseSession(new SourceText(text), filename);
        TaipanLexer lexer = ParseRunner.lexer(s.src, 0, s.src.length(), filename, false);
        lexer.setDeferErrors(true);
        CommonTokenStream tokens = ParseRunner.tokens(lexer, s, interactive);
        s.tokens = tokens;
        AstBuilder builder = new AstBuilder(s);
        File_inputContext tree;
        try {
            tree = ParseRunner.run(ParseRunner.parser(tokens), TaipanParser::file_input);
        } catch (ParseRunner.Failure f) {
            throw failed(s, builder, tokens, lexer, f, interactive);
        }
        if (lexer.error() != null) {
            throw ParseRunner.convert(lexer.error(), s, interactive);
        }
        List<Stmt> body = builder.statements.fileInput(tree);
        int parsed = s.warnings.size();
        new ContextChecker(s, topLevelAwait).checkModule(body);
        collectWarnings(s, lexer, parsed);
        return new Module(body, filename, lines);
    }

    /**
     * The error CPython reports for a failed parse: a tokenizer error the parser reached; else
     * the parser's error, unless it is an unexpected indent or unindent, which CPython reports
     * without tokenizing the rest, where a later tokenizer error would win.
     */
    private static SyntaxErrorException failed(ParseSession s, AstBuilder builder, CommonTokenStream tokens,
                                               TaipanLexer lexer, ParseRunner.Failure f, boolean interactive) {
        if (lexer.error() != null && f.offending.getType() == org.antlr.v4.runtime.Token.EOF) {
            return ParseRunner.convert(lexer.error(), s, interactive);
        }
        SyntaxErrorException e = new SyntaxErrorAnalyzer(s, builder, tokens, lexer.unclosedBracket(), interactive)
                .analyze(f);
        if (lexer.error() != null && tokens instanceof ParseRunner.TrackedTokenStream tracked
                && tracked.furthest() >= tokens.size() - 1) {
            return ParseRunner.convert(lexer.error(), s, interactive);
        }
        boolean indentation = e.msg.equals("unexpected indent") || e.msg.equals("unexpected unindent");
        if (lexer.error() != null && lexer.error().overridesParser && !indentation) {
            return ParseRunner.convert(lexer.error(), s, interactive);
        }
        return e;
    }

    /** Tokenizer and parser warnings in source order, then the compiler's. */
    private void collectWarnings(ParseSession s, TaipanLexer lexer, int parsed) {
        List<ParseWarning> early = new ArrayList<>(s.warnings.subList(0, parsed));
        for (LexerWarning w : lexer.warnings()) {
            early.add(new ParseWarning("SyntaxWarning", w.message(), filename, w.lineno(), w.offset()));
        }
        early.sort(Comparator.comparingInt(ParseWarning::lineno));
        List<ParseWarning> all = new ArrayList<>(early);
        all.addAll(s.warnings.subList(parsed, s.warnings.size()));
        warnings = List.copyOf(all);
    }

    /** The source lines a parse of source keeps for tracebacks (line endings normalized). */
    static String[] linesOf(String source) {
        return splitLines(normalize(source));
    }

    private static String normalize(String source) {
        String s = source;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }

    private static String[] splitLines(String text) {
        if (text.isEmpty()) {
            return new String[0];
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return body.split("\n", -1);
    }

    /** eval()'s input without its leading spaces and tabs. */
    public static String stripLeadingBlanks(String source) {
        int i = 0;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return source.substring(i);
    }
}
