package dev.taipan.parse;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

import dev.taipan.ast.Expr;
import dev.taipan.grammar.TaipanLexer;
import dev.taipan.grammar.TaipanParser;
import dev.taipan.grammar.TaipanParser.Fstring_exprContext;

/**
 * The AST builder of one parse: the expression and statement builders over one session, and
 * the sub-parser that f-string replacement fields use (their text lexed in place, so every
 * node keeps its true position in the file).
 */
final class AstBuilder implements FieldParser {
    final ParseSession s;
    final ExpressionBuilder exprs;
    final StatementBuilder statements;

    AstBuilder(ParseSession s) {
        this.s = s;
        this.exprs = new ExpressionBuilder(s, this);
        this.statements = new StatementBuilder(exprs);
    }

    @Override
    public Expr parseField(int start, int end) {
        TaipanLexer lexer = ParseRunner.lexer(s.src, start, end, s.filename, true);
        CommonTokenStream tokens = ParseRunner.tokens(lexer, s, false);
        TaipanParser parser = ParseRunner.parser(tokens);
        Fstring_exprContext tree;
        try {
            tree = ParseRunner.run(parser, TaipanParser::fstring_expr);
        } catch (ParseRunner.Failure f) {
            throw InvalidRules.fieldLeftover(s, tokens, f.offending);
        }
        Token next = tokens.LT(1);
        if (next.getType() != Token.EOF) {
            throw InvalidRules.fieldLeftover(s, tokens, next);
        }
        TokenStream saved = s.tokens;
        s.tokens = tokens;
        try {
            return tree.yield_expr() != null ? exprs.yieldExpr(tree.yield_expr())
                    : exprs.starExpressions(tree.star_expressions());
        } finally {
            s.tokens = saved;
        }
    }
}
