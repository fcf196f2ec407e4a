package dev.taipan.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.taipan.ast.Expr;
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

    // ---------------------------------------------------------------- complete statements before the error

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

    // ---------------------------------------------------------------- CPython's specific messages

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
        e = evalInput ? null : definition(offending, index, lineStart);
        if (e != null) {
            return e;
        }
        e = arguments(offending, index);
        if (e != null) {
            return e;
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
            e = exceptTypes(lineStart, index);
            if (e != null) {
                return e;
            }
        }
        if (type == TaipanLexer.EQUAL && !evalInput) {
            e = assignmentInExpression(index);
            if (e != null) {
                return e;
            }
        }
        e = imports(offending, previous, lineStart);
        if (e != null) {
            return e;
        }
        int open = lines.innermostOpen(index);
        if (open >= 0 && tokens.get(open).getType() == TaipanLexer.LBRACE) {
            e = dictionary(open, offending, index);
            if (e != null) {
                return e;
            }
        }
        if (open >= 0) {
            e = comprehensionIn(open, offending, index);
            if (e != null) {
                return e;
            }
        }
        if (open >= 0 && TokenLines.isExpressionStart(type) && previous != null && TokenLines.endsExpression(previous)
                && !lines.inParameters(open, index)) {
            return forgotComma(index);
        }
        if (open >= 0 && type == TaipanLexer.RSQB && previous != null && previous.getType() == TaipanLexer.LSQB
                && index >= 2 && TokenLines.endsExpression(tokens.get(index - 2))) {
            // w[] -- CPython reads it as w, then the list [] juxtaposed
            e = forgotComma(index - 1);
            if (e != null) {
                return e;
            }
        }
        if ((TokenLines.isExpressionStart(type) || type == TaipanLexer.LPAR || type == TaipanLexer.LSQB)
                && previous != null && TokenLines.endsExpression(previous) && inExpression(cause, index - 1)) {
            // CPython's invalid_expression tries an expression here too, which may read to the end of input
            ParseRunner.tryAt(tokens, index, TaipanParser::test);
        }
        return annotationTarget(offending, index);
    }

    /**
     * A statement cut short after ':' or '=': CPython never takes the ':' of an annotation whose
     * target cannot be annotated, and reports an invalid assignment target before the missing value.
     */
    private SyntaxErrorException annotationTarget(Token offending, int index) {
        int type = offending.getType();
        if ((type != TaipanLexer.NEWLINE && type != TaipanLexer.SEMI) || index < 1) {
            return null;
        }
        int previous = tokens.get(index - 1).getType();
        if (previous != TaipanLexer.COLON && previous != TaipanLexer.EQUAL) {
            return null;
        }
        int start = statementStart(index - 1);
        if (previous == TaipanLexer.EQUAL) {
            return assignmentTargets(start, index - 1);
        }
        Star_expressionsContext target = ParseRunner.tryAt(tokens, start, TaipanParser::star_expressions);
        if (target == null || target.stop.getTokenIndex() != index - 2) {
            return null;
        }
        Expr e;
        try {
            e = builder.exprs.starExpressions(target);
        } catch (SyntaxErrorException ex) {
            return null;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        return s.error("invalid syntax", tokens.get(index - 1));
    }

    private SyntaxErrorException imports(Token offending, Token previous, int lineStart) {
        int type = offending.getType();
        if (previous == null || (type != TaipanLexer.NEWLINE && type != TaipanLexer.SEMI)) {
            return null;
        }
        if (previous.getType() == TaipanLexer.IMPORT) {
            int line = offending.getLine();
            int col = offending.getCharPositionInLine() + 1;
            return s.error("SyntaxError", "Expected one or more names after 'import'", line, col, line, col);
        }
        if (previous.getType() == TaipanLexer.COMMA && tokens.get(lineStart).getType() == TaipanLexer.FROM) {
            return s.error("trailing comma not allowed without surrounding parentheses", offending);
        }
        return null;
    }

    /** Errors of CPython's invalid_kvpair rules inside a dict display opened at open. */
    private SyntaxErrorException dictionary(int open, Token offending, int index) {
        int depth = 0;
        boolean dict = false;
        int itemStart = open + 1;
        for (int i = open + 1; i < index; i++) {
            int type = tokens.get(i).getType();
            if (depth == 0 && i == open + 1 && type == TaipanLexer.DOUBLESTAR) {
                dict = true;
            }
            if (depth == 0 && type == TaipanLexer.COLON) {
                dict = true;
            }
            if (depth == 0 && type == TaipanLexer.COMMA) {
                itemStart = i + 1;
            }
            depth += TokenLines.openClose(type);
        }
        if (!dict || depth != 0) {
            return null;
        }
        int type = offending.getType();
        Token previous = tokens.get(index - 1);
        if (previous.getType() == TaipanLexer.COLON) {
            if (type == TaipanLexer.RBRACE || type == TaipanLexer.COMMA) {
                return s.error("expression expected after dictionary key and ':'", previous);
            }
            if (type == TaipanLexer.STAR) {
                ExprContext value = ParseRunner.tryAt(tokens, index + 1, TaipanParser::expr);
                if (value == null) {
                    return null;
                }
                Token furthest = tokens.get(value.stop.getTokenIndex() + 1);
                return s.error("SyntaxError", "cannot use a starred expression in a dictionary value",
                        offending.getLine(), offending.getCharPositionInLine() + 1, s.endLine(furthest),
                        s.endCol(furthest));
            }
            return null;
        }
        if (type != TaipanLexer.COLON && itemStart > open + 1) {
            for (int i = itemStart; i < index; i++) {
                if (tokens.get(i).getType() == TaipanLexer.COLON) {
                    return null;
                }
            }
            TestContext key = ParseRunner.tryAt(tokens, itemStart, TaipanParser::test);
            if (key != null && key.stop.getTokenIndex() == index - 1) {
                int line = s.endLine(previous);
                return s.error("SyntaxError", "':' expected after dictionary key", line, s.endCol(previous), line, 0);
            }
        }
        return null;
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
            if (ctx instanceof TestContext t && t.IF() != null && t.ELSE() == null && t.or_test().size() == 2
                    && offending.getType() != TaipanLexer.COLON && t.or_test(1).exception == null) {
                return s.error("expected 'else' after 'if' expression", s.span(t.or_test(0)), s.span(t.or_test(1)));
            }
            if (ctx instanceof StmtContext) {
                break;
            }
        }
        return null;
    }

    /** def f: -- CPython's def rule forces '(' after the name, and ':' after the parameters. */
    private SyntaxErrorException definition(Token offending, int index, int lineStart) {
        int def = lineStart;
        if (tokens.get(def).getType() == TaipanLexer.ASYNC) {
            def++;
        }
        if (tokens.get(def).getType() != TaipanLexer.DEF || tokens.get(def + 1).getType() != TaipanLexer.NAME) {
            return null;
        }
        int open = def + 2;
        if (index == open && offending.getType() != TaipanLexer.LPAR && offending.getType() != TaipanLexer.LSQB) {
            return s.error("expected '('", errorSpan(offending));
        }
        if (tokens.get(open).getType() != TaipanLexer.LPAR) {
            return null;
        }
        int depth = 0;
        int close = -1;
        for (int i = open; i < index; i++) {
            depth += TokenLines.openClose(tokens.get(i).getType());
            if (depth == 0) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        Token after = tokens.get(close + 1);
        if (after.getType() == TaipanLexer.ARROW) {
            TestContext annotation = ParseRunner.tryAt(tokens, close + 2, TaipanParser::test);
            if (annotation == null || annotation.stop.getTokenIndex() + 1 == index) {
                return index > close + 1 && (annotation == null || offending.getType() != TaipanLexer.COLON)
                        ? s.error("expected ':'", after) : null;
            }
            return null;
        }
        if (index == close + 1 && offending.getType() != TaipanLexer.COLON) {
            return s.error("expected ':'", errorSpan(offending));
        }
        return null;
    }

    /** f(a=) and f(x.y=): a keyword argument without its value, or with an expression for a name. */
    private SyntaxErrorException arguments(Token offending, int index) {
        int type = offending.getType();
        if (index < 2 || tokens.get(index - 1).getType() != TaipanLexer.EQUAL
                || (type != TaipanLexer.RPAR && type != TaipanLexer.COMMA)) {
            return null;
        }
        int open = lines.innermostOpen(index);
        if (open < 0 || tokens.get(open).getType() != TaipanLexer.LPAR || lines.inParameters(open, index)) {
            return null;
        }
        Token equals = tokens.get(index - 1);
        Token name = tokens.get(index - 2);
        int beforeName = tokens.get(index - 3).getType();
        if (name.getType() == TaipanLexer.NAME && (beforeName == TaipanLexer.COMMA || index - 3 == open)) {
            return s.error("expected argument value expression", s.span(name), s.span(equals));
        }
        int start = lines.expressionStartBefore(index - 1);
        if (start < 0) {
            return null;
        }
        return s.error("expression cannot contain assignment, perhaps you meant \"==\"?", s.span(tokens.get(start)),
                s.span(equals));
    }

    /** [x for x y] -- the targets of a comprehension's for must be followed by 'in'. */
    private SyntaxErrorException comprehensionIn(int open, Token offending, int index) {
        if (offending.getType() == TaipanLexer.IN) {
            return null;
        }
        int depth = 0;
        int forIndex = -1;
        for (int i = open + 1; i < index; i++) {
            int type = tokens.get(i).getType();
            if (depth == 0 && type == TaipanLexer.FOR) {
                forIndex = i;
            } else if (depth == 0 && (type == TaipanLexer.IN || type == TaipanLexer.IF)) {
                forIndex = -1;
            }
            depth += TokenLines.openClose(type);
        }
        if (forIndex < 0 || forIndex + 1 >= index) {
            return null;
        }
        Star_targetsContext targets = ParseRunner.tryAt(tokens, forIndex + 1, TaipanParser::star_targets);
        if (targets == null || targets.stop.getTokenIndex() != index - 1) {
            return null;
        }
        return s.error("'in' expected after for-loop variables", errorSpan(offending));
    }

    /** True if the token at index was parsed as part of an expression (in the partial parse tree). */
    private static boolean inExpression(RecognitionException cause, int index) {
        if (cause == null || cause.getCtx() == null) {
            return false;
        }
        ParserRuleContext node = (ParserRuleContext) cause.getCtx();
        while (node.getParent() != null) {
            node = node.getParent();
        }
        while (true) {
            if (node instanceof Or_testContext) {
                return true;
            }
            ParserRuleContext next = null;
            if (node.children != null) {
                for (ParseTree child : node.children) {
                    if (child instanceof ParserRuleContext c && c.start != null && c.stop != null
                            && c.start.getTokenIndex() <= index && index <= c.stop.getTokenIndex()) {
                        next = c;
                    }
                }
            }
            if (next == null) {
                return false;
            }
            node = next;
        }
    }

    /** A token as CPython's tokenizer cuts it: an f-string starts with its prefix and quotes only. */
    private dev.taipan.ast.Span errorSpan(Token t) {
        dev.taipan.ast.Span span = s.span(t);
        if (t instanceof dev.taipan.grammar.FStringToken f) {
            int startLength = f.bodyStart - f.getStartIndex();
            return new dev.taipan.ast.Span(span.line(), span.col(), span.line(), span.col() + startLength);
        }
        return span;
    }

    /** The first token of the simple statement holding index (after a compound header's ':' or a ';'). */
    private int statementStart(int index) {
        int start = lines.logicalLineStart(index);
        for (int i = index - 1; i > start; i--) {
            int t = tokens.get(i).getType();
            if (t == TaipanLexer.SEMI || t == TaipanLexer.COLON && lines.bracketDepth(i) == 0) {
                return i + 1;
            }
        }
        return start;
    }

    /** t1 = t2 = NEWLINE: the targets are checked as CPython's invalid_assignment does. */
    private SyntaxErrorException assignmentTargets(int start, int equals) {
        int at = start;
        while (at < equals) {
            Star_expressionsContext target = ParseRunner.tryAt(tokens, at, TaipanParser::star_expressions);
            if (target == null || tokens.get(target.stop.getTokenIndex() + 1).getType() != TaipanLexer.EQUAL) {
                return null;
            }
            Expr e;
            try {
                e = builder.exprs.starExpressions(target);
            } catch (SyntaxErrorException ex) {
                return ex;
            }
            Expr bad = TargetChecker.invalidTarget(e, false);
            if (bad != null) {
                return s.error("cannot assign to " + TargetChecker.describe(bad), bad.at());
            }
            at = target.stop.getTokenIndex() + 2;
        }
        return null;
    }

    /** except A, B: -- CPython 2's form, refused with a hint. */
    private SyntaxErrorException exceptTypes(int lineStart, int index) {
        int first = lineStart;
        if (tokens.get(first).getType() != TaipanLexer.EXCEPT) {
            return null;
        }
        first++;
        if (tokens.get(first).getType() == TaipanLexer.STAR) {
            first++;
        }
        TestlistContext types = ParseRunner.tryAt(tokens, first, TaipanParser::testlist);
        if (types == null || types.stop.getTokenIndex() < index) {
            return null;
        }
        int next = types.stop.getTokenIndex() + 1;
        if (tokens.get(next).getType() == TaipanLexer.AS && tokens.get(next + 1).getType() == TaipanLexer.NAME) {
            next += 2;
        }
        Token colon = tokens.get(next);
        if (colon.getType() != TaipanLexer.COLON) {
            return null;
        }
        Token start = tokens.get(first);
        return s.error("SyntaxError", "multiple exception types must be parenthesized", start.getLine(),
                start.getCharPositionInLine() + 1, colon.getLine(), s.endCol(colon));
    }

    /** `if x = 1:` and the like: '=' where an expression goes. */
    private SyntaxErrorException assignmentInExpression(int index) {
        int start = lines.expressionStartBefore(index);
        if (start < 0) {
            return null;
        }
        Or_testContext left = ParseRunner.tryAt(tokens, start, TaipanParser::or_test);
        ExprContext right = ParseRunner.tryAt(tokens, index + 1, TaipanParser::expr);
        if (left == null || right == null) {
            return null;
        }
        int after = tokens.get(right.stop.getTokenIndex() + 1).getType();
        if (after == TaipanLexer.EQUAL || after == TaipanLexer.COLONEQUAL) {
            return null;
        }
        if (left.start == left.stop && left.start.getType() == TaipanLexer.NAME) {
            return s.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", s.span(left),
                    s.span(right));
        }
        Expr target;
        try {
            target = builder.exprs.orTest(left);
        } catch (SyntaxErrorException e) {
            return e;
        }
        if (target instanceof Expr.ListExpr || target instanceof Expr.Tuple || target instanceof Expr.GeneratorExp
                || target instanceof Expr.BoolOp || target instanceof Expr.Compare
                || target instanceof Expr.UnaryOp u && u.op() == dev.taipan.ast.UnaryOperator.NOT
                || target instanceof Expr.Constant c && (c.kind() == Expr.ConstKind.TRUE
                || c.kind() == Expr.ConstKind.FALSE || c.kind() == Expr.ConstKind.NONE)) {
            return null;
        }
        return s.error("cannot assign to " + TargetChecker.describe(target)
                + " here. Maybe you meant '==' instead of '='?", target.at());
    }

    /** "invalid syntax. Perhaps you forgot a comma?" for two expressions side by side inside brackets. */
    private SyntaxErrorException forgotComma(int index) {
        int start = lines.expressionStartBefore(index);
        if (start < 0) {
            return null;
        }
        Token first = tokens.get(start);
        if (first.getType() == TaipanLexer.NAME) {
            String text = first.getText();
            int next = tokens.get(start + 1).getType();
            if (text.equals("match") || text.equals("case") || text.equals("type") || text.equals("_")
                    || next == TaipanLexer.STRING || next == TaipanLexer.FSTRING) {
                return null;
            }
        }
        TestContext right = ParseRunner.tryAt(tokens, index, TaipanParser::test);
        if (right == null) {
            return null;
        }
        return s.error("invalid syntax. Perhaps you forgot a comma?", s.span(first), s.span(right));
    }

    // ---------------------------------------------------------------- the generic error

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
        return s.error("invalid syntax", errorSpan(offending));
    }

    /**
     * The f-string field variant: CPython parses the longest expression it can and reports
     * the token after it, so find the longest prefix of the field's tokens that parses.
     */
    static SyntaxErrorException fieldLeftover(ParseSession s, CommonTokenStream tokens, Token failed) {
        Token t = failed;
        List<Token> all = tokens.getTokens();
        for (int end = failed.getTokenIndex(); end > 0; end--) {
            List<Token> prefix = new ArrayList<>(all.subList(0, end));
            org.antlr.v4.runtime.CommonToken eof = new org.antlr.v4.runtime.CommonToken(all.get(end));
            eof.setType(Token.EOF);
            eof.setTokenIndex(end);
            prefix.add(eof);
            CommonTokenStream sub = new CommonTokenStream(new org.antlr.v4.runtime.ListTokenSource(prefix));
            sub.fill();
            try {
                ParseRunner.run(ParseRunner.parser(sub), TaipanParser::fstring_expr);
                if (sub.LA(1) == Token.EOF) {
                    t = all.get(end);
                    break;
                }
            } catch (ParseRunner.Failure f) {
                // shorter prefixes next
            }
        }
        int index = t.getTokenIndex();
        if (index > 0 && TokenLines.isExpressionStart(t.getType()) && TokenLines.endsExpression(tokens.get(index - 1))) {
            SyntaxErrorAnalyzer analyzer = new SyntaxErrorAnalyzer(s, null, tokens, -1, false);
            SyntaxErrorException e = analyzer.forgotComma(index);
            if (e != null) {
                return e;
            }
        }
        if (t.getType() == Token.EOF) {
            return s.error("SyntaxError", "f-string: expecting '=', or '!', or ':', or '}'", s.src.line(t.getStartIndex()),
                    s.src.col(t.getStartIndex()) + 1, s.src.line(t.getStartIndex()), s.src.col(t.getStartIndex()) + 2);
        }
        return s.error("f-string: expecting '=', or '!', or ':', or '}'", t);
    }

    @SuppressWarnings("unused")
    private static boolean isTerminal(ParseTree tree, int type) {
        return tree instanceof TerminalNode t && t.getSymbol().getType() == type;
    }
}
