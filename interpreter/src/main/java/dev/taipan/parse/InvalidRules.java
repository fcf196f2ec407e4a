package dev.taipan.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import dev.taipan.ast.Expr;
import dev.taipan.grammar.TaipanLexer;
import dev.taipan.grammar.TaipanParser;
import dev.taipan.grammar.TaipanParser.*;

/**
 * CPython's invalid_* grammar rules (its second parser pass), re-created over the tokens
 * around a parse failure: each returns CPython's specific SyntaxError, or null when the rule
 * does not apply.
 */
final class InvalidRules {
    private final ParseSession s;
    private final AstBuilder builder;
    private final CommonTokenStream tokens;
    private final TokenLines lines;

    InvalidRules(ParseSession s, AstBuilder builder, CommonTokenStream tokens) {
        this.s = s;
        this.builder = builder;
        this.tokens = tokens;
        this.lines = new TokenLines(tokens);
    }

    /**
     * A statement cut short after ':' or '=': CPython never takes the ':' of an annotation whose
     * target cannot be annotated, and reports an invalid assignment target before the missing value.
     */
    SyntaxErrorException annotationTarget(Token offending, int index) {
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

    SyntaxErrorException imports(Token offending, Token previous, int lineStart) {
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

    // ---------------------------------------------------------------- CPython's specific messages
    /** Errors of CPython's invalid_kvpair rules inside a dict display opened at open. */
    SyntaxErrorException dictionary(int open, Token offending, int index) {
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

    /** def f: -- CPython's def rule forces '(' after the name, and ':' after the parameters. */
    SyntaxErrorException definition(Token offending, int index, int lineStart) {
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
            if (annotation == null) {
                return index > close + 1 ? s.error("expected ':'", after) : null;
            }
            if (annotation.stop.getTokenIndex() + 1 == index && offending.getType() != TaipanLexer.COLON) {
                return s.error("expected ':'", errorSpan(offending));
            }
            return null;
        }
        if (index == close + 1 && offending.getType() != TaipanLexer.COLON) {
            return s.error("expected ':'", errorSpan(offending));
        }
        return null;
    }

    /** for f() in x: -- CPython checks the targets of a failed for statement (invalid_for_target). */
    SyntaxErrorException forTarget(int lineStart) {
        int at = lineStart;
        if (tokens.get(at).getType() == TaipanLexer.ASYNC) {
            at++;
        }
        if (tokens.get(at).getType() != TaipanLexer.FOR) {
            return null;
        }
        Star_expressionsContext target = ParseRunner.tryAt(tokens, at + 1, TaipanParser::star_expressions);
        if (target == null) {
            return null;
        }
        Expr e;
        try {
            e = builder.exprs.starExpressions(target);
        } catch (SyntaxErrorException ex) {
            return null;
        }
        if (e instanceof Expr.Compare c) {
            if (c.ops().get(0) != dev.taipan.ast.CompareOperator.IN) {
                return null;
            }
            e = c.left();
        }
        Expr bad = TargetChecker.invalidTarget(e, false);
        return bad == null ? null : s.error("cannot assign to " + TargetChecker.describe(bad), bad.at());
    }

    /** f(a=) and f(x.y=): a keyword argument without its value, or with an expression for a name. */
    SyntaxErrorException arguments(Token offending, int index) {
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
    SyntaxErrorException comprehensionIn(int open, Token offending, int index) {
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
    static boolean inExpression(RecognitionException cause, int index) {
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
    dev.taipan.ast.Span errorSpan(Token t) {
        dev.taipan.ast.Span span = s.span(t);
        if (t instanceof dev.taipan.grammar.FStringToken f) {
            int startLength = f.bodyStart - f.getStartIndex();
            return new dev.taipan.ast.Span(span.line(), span.col(), span.line(), span.col() + startLength);
        }
        return span;
    }

    /** The first token of the simple statement holding index (after a compound header's ':' or a ';'). */
    int statementStart(int index) {
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
    SyntaxErrorException assignmentTargets(int start, int equals) {
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

    // ---------------------------------------------------------------- complete statements before the error
    /** except A, B: -- CPython 2's form, refused with a hint. */
    SyntaxErrorException exceptTypes(int lineStart, int index) {
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
    SyntaxErrorException assignmentInExpression(int index) {
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
    SyntaxErrorException forgotComma(int index) {
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
            SyntaxErrorException e = new InvalidRules(s, null, tokens).forgotComma(index);
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
}
