package dev.taipan.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import dev.taipan.ast.Stmt;
import dev.taipan.grammar.TaipanLexer;
import dev.taipan.grammar.TaipanParser;
import dev.taipan.grammar.TaipanParser.*;

/**
 * Turns the first error of a failed parse into the SyntaxError CPython reports for the same
 * text: an error inside a complete earlier statement first, then the specific messages of
 * CPython's second parser pass ("expected ':'", "expected an indented block after ...",
 * "Perhaps you forgot a comma?", ...), an unclosed bracket, and "invalid syntax" at the token
 * the parser could not accept.
 */
final class SyntaxErrorAnalyzer {
    private final ParseSession s;
    private final AstBuilder builder;
    private final CommonTokenStream tokens;
    private final int unclosedBracket;
    private final boolean interactive;
    private final TokenLines lines;
    private final InvalidRules rules;
    /** Set for eval input: statement-level messages do not apply; addedNewline says the source lacked one. */
    private boolean evalInput;
    private boolean addedNewline;

    SyntaxErrorAnalyzer(ParseSession s, AstBuilder builder, CommonTokenStream tokens, int unclosedBracket,
                        boolean interactive) {
        this.s = s;
        this.builder = builder;
        this.tokens = tokens;
        this.unclosedBracket = unclosedBracket;
        this.interactive = interactive;
        this.lines = new TokenLines(tokens);
        this.rules = new InvalidRules(s, builder, tokens);
    }

    /** Analyzes errors of eval() input, whose source had no final newline if addedNewline. */
    SyntaxErrorAnalyzer forEval(boolean addedNewline) {
        this.evalInput = true;
        this.addedNewline = addedNewline;
        return this;
    }

    SyntaxErrorException analyze(ParseRunner.Failure failure) {
        SyntaxErrorException e = analyzeFailure(failure);
        Token offending = failure.offending;
        if (evalInput && addedNewline && e.msg.equals("invalid syntax")
                && (offending.getType() == Token.EOF || offending.getStartIndex() >= s.src.length() - 1)) {
            int line = s.src.length() <= 1 ? 0 : e.lineno;
            return new SyntaxErrorException(e.kind, e.msg, e.filename, line, 0, line, 0, e.text, false);
        }
        return e;
    }

    private SyntaxErrorException analyzeFailure(ParseRunner.Failure failure) {
        Token offending = failure.offending;
        int index = offending.getTokenIndex();
        boolean atEnd = offending.getType() == Token.EOF
                || offending.getType() == TaipanLexer.DEDENT && offending.getStartIndex() >= s.src.length();
        if (unclosedBracket >= 0 && offending.getType() == Token.EOF) {
            SyntaxErrorException earlier = interactive ? null : completeStatements(failure.cause, index);
            return earlier != null ? earlier : unclosed();
        }
        if (interactive && atEnd) {
            return new SyntaxErrorException("SyntaxError", "incomplete input", s.filename, offending.getLine(),
                    offending.getCharPositionInLine() + 1, offending.getLine(), offending.getCharPositionInLine() + 1,
                    s.lineText(offending.getLine()), true);
        }
        SyntaxErrorException found = completeStatements(failure.cause, index);
        boolean fromStatements = found != null;
        if (found == null) {
            found = specific(failure.cause, offending, index);
        }
        if (found == null) {
            found = generic(offending, index);
        }
        if (unclosedBracket >= 0 && !fromStatements
                && (furthestLine(offending) > s.src.line(unclosedBracket) || readToEnd())) {
            return unclosed();
        }
        return found;
    }

    /** The line of the furthest token a parse looked at (CPython compares it with an unclosed bracket's). */
    private int furthestLine(Token offending) {
        int line = offending.getLine();
        if (tokens instanceof ParseRunner.TrackedTokenStream tracked && tracked.furthest() >= 0) {
            line = Math.max(line, tokens.get(Math.min(tracked.furthest(), tokens.size() - 1)).getLine());
        }
        return line;
    }

    /** True if some parse looked as far as the end of input (inside an unclosed bracket, CPython stops there). */
    private boolean readToEnd() {
        return tokens instanceof ParseRunner.TrackedTokenStream tracked
                && tracked.furthest() >= tokens.size() - 1;
    }

    private SyntaxErrorException unclosed() {
        int line = s.src.line(unclosedBracket);
        return new SyntaxErrorException("SyntaxError",
                "'" + Character.toString(s.src.at(unclosedBracket)) + "' was never closed", s.filename, line,
                s.src.col(unclosedBracket) + 1, line, 0, s.lineText(line), interactive);
    }

    /** Builds the statements the parser completed before failing: CPython would report their errors first. */
    private SyntaxErrorException completeStatements(RecognitionException cause, int index) {
        if (cause == null || cause.getCtx() == null) {
            return null;
        }
        ParserRuleContext root = (ParserRuleContext) cause.getCtx();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        try {
            buildComplete(root, index);
        } catch (SyntaxErrorException e) {
            return e;
        }
        return null;
    }

    private void buildComplete(ParserRuleContext ctx, int index) {
        if (ctx.children == null) {
            return;
        }
        List<Stmt> scratch = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (!(child instanceof ParserRuleContext c)) {
                continue;
            }
            boolean complete = c.exception == null && c.stop != null && c.stop.getTokenIndex() < index
                    && c.stop.getTokenIndex() >= c.start.getTokenIndex();
            if (complete && c instanceof StmtContext stmt) {
                builder.statements.stmt(stmt, scratch);
            } else if (complete && c instanceof Simple_stmtContext simple) {
                builder.statements.simple(simple);
            } else if (!complete) {
                buildComplete(c, index);
            }
        }
    }

    private SyntaxErrorException specific(RecognitionException cause, Token offending, int index) {
        int type = offending.getType();
        if (type == TaipanLexer.INDENT) {
            int width = offending.getStopIndex() - offending.getStartIndex() + 1;
            return s.error("IndentationError", "unexpected indent", offending.getLine(), width, offending.getLine(),
                    -1);
        }
        Token previous = index > 0 ? tokens.get(index - 1) : null;
        if (previous != null && previous.getType() == TaipanLexer.NEWLINE && index > 1
                && tokens.get(index - 2).getType() == TaipanLexer.COLON) {
            SyntaxErrorException e = expectedBlock(offending, index - 2);
            if (e != null) {
                return e;
            }
        }
        int lineStart = lines.logicalLineStart(index);
        SyntaxErrorException e = unsupported(lineStart);
        if (e != null) {
            return e;
        }
        if (previous != null && previous.getType() == TaipanLexer.NAME && type != TaipanLexer.LPAR) {
            // CPython's invalid_legacy_expression parses what follows any name, then looks at the name
            Star_expressionsContext rest = ParseRunner.tryAt(tokens, index, TaipanParser::star_expressions);
            boolean legacy = previous.getText().equals("print") || previous.getText().equals("exec");
            boolean comma = lines.bracketDepth(index) > 0 && TokenLines.isExpressionStart(type)
                    && type != TaipanLexer.STRING && type != TaipanLexer.FSTRING;
            if (rest != null && legacy && !comma) {
                String name = previous.getText();
                return s.error("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
                        s.span(previous), s.span(rest));
            }
        }
        e = evalInput ? null : rules.definition(offending, index, lineStart);
        if (e != null) {
            return e;
        }
        e = rules.arguments(offending, index);
        if (e != null) {
            return e;
        }
        e = rules.forTarget(lineStart);
        if (e != null) {
            return e;
        }
        if (previous != null && previous.getType() == TaipanLexer.STAR && index >= 2) {
            int open = lines.innermostOpen(index);
            int before = tokens.get(index - 2).getType();
            if (open >= 0 && tokens.get(open).getType() == TaipanLexer.LPAR && open > 0
                    && TokenLines.endsExpression(tokens.get(open - 1))
                    && (before == TaipanLexer.COMMA || index - 2 == open)) {
                return s.error("Invalid star expression", previous);
            }
        }
        e = evalInput ? null : expectedColon(cause, offending, lineStart);
        if (e != null) {
            return e;
        }
        e = structural(cause, offending);
        if (e != null) {
            return e;
        }
        if (type == TaipanLexer.EQUAL && index >= 2 && tokens.get(index - 1).getType() == TaipanLexer.NAME) {
            int before = tokens.get(index - 2).getType();
            if (before == TaipanLexer.STAR || before == TaipanLexer.DOUBLESTAR) {
                int open = lines.innermostOpen(index);
                if (open >= 0 && lines.inParameters(open, index)) {
                    return s.error((before == TaipanLexer.STAR ? "var-positional" : "var-keyword")
                            + " argument cannot have default value", offending);
                }
            }
        }
        if (type == TaipanLexer.COMMA) {
            e = rules.exceptTypes(lineStart, index);
            if (e != null) {
                return e;
            }
        }
        if (type == TaipanLexer.EQUAL && !evalInput) {
            e = rules.assignmentInExpression(index);
            if (e != null) {
                return e;
            }
        }
        e = rules.imports(offending, previous, lineStart);
        if (e != null) {
            return e;
        }
        int open = lines.innermostOpen(index);
        if (open >= 0 && tokens.get(open).getType() == TaipanLexer.LBRACE) {
            e = rules.dictionary(open, offending, index);
            if (e != null) {
                return e;
            }
        }
        if (open >= 0) {
            e = rules.comprehensionIn(open, offending, index);
            if (e != null) {
                return e;
            }
        }
        if (open >= 0 && TokenLines.isExpressionStart(type) && previous != null && TokenLines.endsExpression(previous)
                && !lines.inParameters(open, index)) {
            return rules.forgotComma(index);
        }
        if (open >= 0 && type == TaipanLexer.RSQB && previous != null && previous.getType() == TaipanLexer.LSQB
                && index >= 2 && TokenLines.endsExpression(tokens.get(index - 2))) {
            // w[] -- CPython reads it as w, then the list [] juxtaposed
            e = rules.forgotComma(index - 1);
            if (e != null) {
                return e;
            }
        }
        if ((TokenLines.isExpressionStart(type) || type == TaipanLexer.LPAR || type == TaipanLexer.LSQB)
                && previous != null && TokenLines.endsExpression(previous) && InvalidRules.inExpression(cause, index - 1)) {
            // CPython's invalid_expression tries an expression here too, which may read to the end of input
            ParseRunner.tryAt(tokens, index, TaipanParser::test);
        }
        return rules.annotationTarget(offending, index);
    }

    private SyntaxErrorException expectedBlock(Token offending, int colonIndex) {
        Token keyword = tokens.get(lines.logicalLineStart(colonIndex));
        if (keyword.getType() == TaipanLexer.ASYNC) {
            keyword = tokens.get(keyword.getTokenIndex() + 1);
        }
        String what = switch (keyword.getType()) {
            case TaipanLexer.IF -> "'if' statement";
            case TaipanLexer.ELIF -> "'elif' statement";
            case TaipanLexer.ELSE -> "'else' statement";
            case TaipanLexer.WHILE -> "'while' statement";
            case TaipanLexer.FOR -> "'for' statement";
            case TaipanLexer.WITH -> "'with' statement";
            case TaipanLexer.TRY -> "'try' statement";
            case TaipanLexer.EXCEPT -> tokens.get(keyword.getTokenIndex() + 1).getType() == TaipanLexer.STAR
                    ? "'except*' statement" : "'except' statement";
            case TaipanLexer.FINALLY -> "'finally' statement";
            case TaipanLexer.DEF -> "function definition";
            case TaipanLexer.CLASS -> "class definition";
            default -> null;
        };
        if (what == null) {
            return null;
        }
        String msg = "expected an indented block after " + what + " on line " + keyword.getLine();
        return positioned("IndentationError", msg, offending);
    }

    /** An error at a token as CPython's RAISE_*_ERROR places it (zero-width tokens as the tokenizer's cursor). */
    private SyntaxErrorException positioned(String kind, String msg, Token t) {
        if (t.getType() == Token.EOF || t.getType() == TaipanLexer.DEDENT && t.getStartIndex() >= s.src.length()) {
            return atEndOfInput(kind, msg);
        }
        if (t.getType() == TaipanLexer.DEDENT) {
            return s.error(kind, msg, t.getLine(), t.getCharPositionInLine(), t.getLine(), -1);
        }
        return s.error(kind, msg, t.getLine(), t.getCharPositionInLine() + 1, s.endLine(t), s.endCol(t) + 1);
    }

    /** At end of input CPython's cursor is past the last line of the file. */
    private SyntaxErrorException atEndOfInput(String kind, String msg) {
        int line = Math.max(1, s.src.lineCount() - 1);
        return s.error(kind, msg, line, s.lineText(line).length() + 1, line, -1);
    }

    /** match statements and type aliases parse as errors here: say they are not supported. */
    private SyntaxErrorException unsupported(int lineStart) {
        Token first = tokens.get(lineStart);
        if (first.getType() != TaipanLexer.NAME) {
            return null;
        }
        if (first.getText().equals("match")) {
            int depth = 0;
            for (int i = lineStart + 2; i + 3 < tokens.size(); i++) {
                int type = tokens.get(i).getType();
                if (type == TaipanLexer.NEWLINE || type == Token.EOF) {
                    break;
                }
                depth += TokenLines.openClose(type);
                if (depth == 0 && type == TaipanLexer.COLON && tokens.get(i + 1).getType() == TaipanLexer.NEWLINE
                        && tokens.get(i + 2).getType() == TaipanLexer.INDENT
                        && tokens.get(i + 3).getText().equals("case")) {
                    return s.error("match statements are not supported by Taipan yet", first);
                }
            }
        }
        if (first.getText().equals("type") && tokens.get(lineStart + 1).getType() == TaipanLexer.NAME) {
            int next = tokens.get(lineStart + 2).getType();
            if (next == TaipanLexer.EQUAL || next == TaipanLexer.LSQB) {
                return s.error("type alias statements are not supported by Taipan yet", first);
            }
        }
        return null;
    }

    private SyntaxErrorException expectedColon(RecognitionException cause, Token offending, int lineStart) {
        if (cause == null || cause.getExpectedTokens() == null
                || !cause.getExpectedTokens().contains(TaipanLexer.COLON)) {
            return null;
        }
        Token keyword = tokens.get(lineStart);
        if (keyword.getType() == TaipanLexer.ASYNC) {
            keyword = tokens.get(lineStart + 1);
        }
        switch (keyword.getType()) {
            case TaipanLexer.DEF, TaipanLexer.TRY, TaipanLexer.FINALLY, TaipanLexer.ELSE -> {
                return s.error("expected ':'", offending);
            }
            case TaipanLexer.IF, TaipanLexer.ELIF, TaipanLexer.WHILE, TaipanLexer.FOR, TaipanLexer.WITH,
                 TaipanLexer.CLASS, TaipanLexer.EXCEPT -> {
                if (offending.getType() == TaipanLexer.NEWLINE) {
                    return s.error("expected ':'", offending);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** Errors that the partial parse tree shows: a try without handlers, an if-expression without else. */
    private SyntaxErrorException structural(RecognitionException cause, Token offending) {
        if (cause == null) {
            return null;
        }
        for (ParserRuleContext ctx = (ParserRuleContext) cause.getCtx(); ctx != null; ctx = ctx.getParent()) {
            if (ctx instanceof Try_stmtContext t && t.getChildCount() == 3 && t.block() != null
                    && t.block().exception == null) {
                return positioned("SyntaxError", "expected 'except' or 'finally' block", offending);
            }
            if (ctx instanceof TestContext t && t.IF() != null && t.ELSE() == null && !t.or_test().isEmpty()
                    && offending.getType() != TaipanLexer.COLON && offending.getType() != TaipanLexer.ELSE) {
                // CPython's disjunction backtracks to the longest condition that parses
                int conditionStart = t.IF().getSymbol().getTokenIndex() + 1;
                ParserRuleContext condition = ParseRunner.tryAt(tokens, conditionStart, TaipanParser::or_test);
                if (condition == null) {
                    condition = ParseRunner.tryAt(tokens, conditionStart, TaipanParser::expr);
                }
                if (condition != null) {
                    int next = tokens.get(condition.stop.getTokenIndex() + 1).getType();
                    if (next != TaipanLexer.ELSE && next != TaipanLexer.COLON) {
                        return s.error("expected 'else' after 'if' expression", s.span(t.or_test(0)),
                                s.span(condition));
                    }
                }
            }
            if (ctx instanceof StmtContext) {
                break;
            }
        }
        return null;
    }

    /** CPython's generic error: "invalid syntax" at the token it could not accept. */
    private SyntaxErrorException generic(Token offending, int index) {
        int type = offending.getType();
        if (type == Token.EOF) {
            int line = index > 0 ? tokens.get(index - 1).getLine() : 1;
            return s.error("SyntaxError", "invalid syntax", line, 0, line, 0);
        }
        if (type == TaipanLexer.DEDENT) {
            if (offending.getStartIndex() >= s.src.length()) {
                return atEndOfInput("IndentationError", "unexpected unindent");
            }
            return s.error("IndentationError", "unexpected unindent", offending.getLine(),
                    offending.getCharPositionInLine(), offending.getLine(), -1);
        }
        return s.error("invalid syntax", rules.errorSpan(offending));
    }
}
