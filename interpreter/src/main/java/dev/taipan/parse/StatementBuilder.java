package dev.taipan.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.taipan.ast.Alias;
import dev.taipan.ast.Arguments;
import dev.taipan.ast.ExceptHandler;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Operator;
import dev.taipan.ast.Span;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.WithItem;
import dev.taipan.grammar.TaipanLexer;
import dev.taipan.grammar.TaipanParser.*;

/**
 * Builds statement nodes from ANTLR's parse tree. Compound statements span from their first
 * keyword (async included, decorators excluded) to the end of their last body statement.
 */
final class StatementBuilder {
    private final ParseSession s;
    private final ExpressionBuilder exprs;

    StatementBuilder(ExpressionBuilder exprs) {
        this.exprs = exprs;
        this.s = exprs.s;
    }

    List<Stmt> fileInput(File_inputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        statements(ctx, body);
        return body;
    }

    /** Appends the statements among ctx's children. */
    private void statements(ParserRuleContext ctx, List<Stmt> out) {
        for (ParseTree child : ctx.children) {
            if (child instanceof StmtContext stmt) {
                stmt(stmt, out);
            }
        }
    }

    void stmt(StmtContext ctx, List<Stmt> out) {
        ParseTree child = ctx.getChild(0);
        if (child instanceof Compound_stmtContext compound) {
            out.add(compound(compound));
        } else {
            simpleStmts((Simple_stmtsContext) child, out);
        }
    }

    void simpleStmts(Simple_stmtsContext ctx, List<Stmt> out) {
        for (ParseTree child : ctx.children) {
            if (child instanceof Simple_stmtContext simple) {
                out.add(simple(simple));
            }
        }
    }

    List<Stmt> block(BlockContext ctx) {
        List<Stmt> body = new ArrayList<>();
        if (ctx.getChild(0) instanceof Simple_stmtsContext simple) {
            simpleStmts(simple, body);
        } else {
            statements(ctx, body);
        }
        return body;
    }

    /** From a first token to the last token of a block (a trailing ';' included, as CPython counts it). */
    private Span through(Token start, BlockContext block) {
        int i = block.stop.getTokenIndex();
        Token last = block.stop;
        while (i > 0) {
            last = s.tokens.get(i);
            int type = last.getType();
            if (type != TaipanLexer.NEWLINE && type != TaipanLexer.INDENT && type != TaipanLexer.DEDENT) {
                break;
            }
            i--;
        }
        return new Span(start.getLine(), start.getCharPositionInLine(), s.endLine(last), s.endCol(last));
    }



    // ---------------------------------------------------------------- simple statements

    Stmt simple(Simple_stmtContext ctx) {
        Span at = s.span(ctx);
        var child = ctx.getChild(0);
        return switch (child) {
            case Expr_stmtContext e -> exprStmt(e);
            case Return_stmtContext r ->
                    new Stmt.Return(at, r.star_expressions() == null ? null : exprs.starExpressions(r.star_expressions()));
            case Pass_stmtContext p -> new Stmt.Pass(at);
            case Break_stmtContext b -> new Stmt.Break(at);
            case Continue_stmtContext c -> new Stmt.Continue(at);
            case Raise_stmtContext r -> {
                List<TestContext> tests = r.test();
                yield new Stmt.Raise(at, tests.isEmpty() ? null : exprs.test(tests.get(0)),
                        tests.size() > 1 ? exprs.test(tests.get(1)) : null);
            }
            case Del_stmtContext d -> delete(at, d);
            case Assert_stmtContext a -> {
                List<TestContext> tests = a.test();
                yield new Stmt.Assert(at, exprs.test(tests.get(0)), tests.size() > 1 ? exprs.test(tests.get(1)) : null);
            }
            case Global_stmtContext g -> new Stmt.Global(at, names(g.NAME()));
            case Nonlocal_stmtContext n -> new Stmt.Nonlocal(at, names(n.NAME()));
            case Import_nameContext i -> importName(at, i);
            case Import_fromContext i -> importFrom(at, i);
            default -> throw new IllegalStateException("unknown statement " + child.getClass());
        };
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> names = new ArrayList<>(nodes.size());
        for (TerminalNode node : nodes) {
            names.add(ExpressionBuilder.name(node));
        }
        return names;
    }

    private Stmt exprStmt(Expr_stmtContext ctx) {
        List<Expr_or_yieldContext> parts = ctx.expr_or_yield();
        Span at = s.span(ctx);
        Expr_or_yieldContext first = parts.get(0);
        if (ctx.COLON() != null) {
            Expr target = exprs.exprOrYield(first);
            boolean bareTuple = target instanceof Expr.Tuple && first.start.getType() != TaipanLexer.LPAR;
            exprs.targets.checkAnnotated(target, bareTuple);
            Expr annotation = exprs.test(ctx.test());
            Expr value = parts.size() > 1 ? exprs.exprOrYield(parts.get(1)) : null;
            boolean simple = target instanceof Expr.Name && first.start.getType() != TaipanLexer.LPAR;
            return new Stmt.AnnAssign(at, target, annotation, value, simple);
        }
        if (ctx.augassign() != null) {
            Expr target = exprs.exprOrYield(first);
            exprs.targets.checkAugmented(target);
            Expr value = exprs.exprOrYield(parts.get(1));
            return new Stmt.AugAssign(at, target, augmentedOperator(ctx.augassign().start), value);
        }
        if (parts.size() == 1) {
            return new Stmt.ExprStmt(at, exprs.exprOrYield(first));
        }
        List<Expr> targets = new ArrayList<>(parts.size() - 1);
        for (int i = 0; i < parts.size() - 1; i++) {
            targets.add(exprs.exprOrYield(parts.get(i)));
        }
        Expr value = exprs.exprOrYield(parts.get(parts.size() - 1));
        Expr_or_yieldContext lastTarget = parts.get(parts.size() - 2);
        boolean bare = lastTarget.star_expressions() != null && !lastTarget.star_expressions().COMMA().isEmpty();
        exprs.targets.checkAssign(targets, value, bare);
        return new Stmt.Assign(at, targets, value);
    }

    private static Operator augmentedOperator(Token op) {
        return switch (op.getType()) {
            case TaipanLexer.PLUSEQUAL -> Operator.ADD;
            case TaipanLexer.MINEQUAL -> Operator.SUB;
            case TaipanLexer.STAREQUAL -> Operator.MUL;
            case TaipanLexer.ATEQUAL -> Operator.MATMUL;
            case TaipanLexer.SLASHEQUAL -> Operator.DIV;
            case TaipanLexer.PERCENTEQUAL -> Operator.MOD;
            case TaipanLexer.AMPEREQUAL -> Operator.BITAND;
            case TaipanLexer.VBAREQUAL -> Operator.BITOR;
            case TaipanLexer.CIRCUMFLEXEQUAL -> Operator.BITXOR;
            case TaipanLexer.LEFTSHIFTEQUAL -> Operator.LSHIFT;
            case TaipanLexer.RIGHTSHIFTEQUAL -> Operator.RSHIFT;
            case TaipanLexer.DOUBLESTAREQUAL -> Operator.POW;
            default -> Operator.FLOORDIV;
        };
    }

    private Stmt delete(Span at, Del_stmtContext ctx) {
        Star_expressionsContext list = ctx.star_expressions();
        List<Expr> targets = new ArrayList<>();
        for (Star_expressionContext item : list.star_expression()) {
            Expr target = exprs.starExpression(item);
            exprs.targets.checkDelete(target);
            targets.add(target);
        }
        return new Stmt.Delete(at, targets);
    }

    private Stmt importName(Span at, Import_nameContext ctx) {
        List<Alias> names = new ArrayList<>();
        for (Dotted_as_nameContext d : ctx.dotted_as_name()) {
            TerminalNode as = d.NAME();
            names.add(new Alias(s.span(d), dotted(d.dotted_name()), as == null ? null : ExpressionBuilder.name(as)));
        }
        return new Stmt.Import(at, names);
    }

    private static String dotted(Dotted_nameContext ctx) {
        List<TerminalNode> parts = ctx.NAME();
        if (parts.size() == 1) {
            return ExpressionBuilder.name(parts.get(0));
        }
        StringBuilder sb = new StringBuilder();
        for (TerminalNode part : parts) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(ExpressionBuilder.name(part));
        }
        return sb.toString();
    }

    private Stmt importFrom(Span at, Import_fromContext ctx) {
        int level = 0;
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode t) {
                int type = t.getSymbol().getType();
                if (type == TaipanLexer.DOT) {
                    level++;
                } else if (type == TaipanLexer.ELLIPSIS) {
                    level += 3;
                }
            }
        }
        String module = ctx.dotted_name() == null ? null : dotted(ctx.dotted_name());
        Import_targetsContext targets = ctx.import_targets();
        List<Alias> names = new ArrayList<>();
        if (targets.STAR() != null) {
            names.add(new Alias(s.span(targets.STAR().getSymbol()), "*", null));
        } else {
            for (Import_as_nameContext n : targets.import_as_name()) {
                List<TerminalNode> ids = n.NAME();
                names.add(new Alias(s.span(n), ExpressionBuilder.name(ids.get(0)),
                        ids.size() > 1 ? ExpressionBuilder.name(ids.get(1)) : null));
            }
        }
        return new Stmt.ImportFrom(at, module, names, level);
    }

    // ---------------------------------------------------------------- compound statements

    private Stmt compound(Compound_stmtContext ctx) {
        var child = ctx.getChild(0);
        return switch (child) {
            case If_stmtContext i -> ifStmt(i);
            case While_stmtContext w -> {
                Expr test = exprs.namedexpr(w.namedexpr_test());
                List<Stmt> body = block(w.block());
                List<Stmt> orelse = w.else_clause() == null ? List.of() : block(w.else_clause().block());
                BlockContext last = w.else_clause() == null ? w.block() : w.else_clause().block();
                yield new Stmt.While(through(w.start, last), test, body, orelse);
            }
            case For_stmtContext f -> forStmt(f, f.start, false);
            case Try_stmtContext t -> tryStmt(t);
            case With_stmtContext w -> withStmt(w, w.start, false);
            case FuncdefContext f -> funcdef(f, f.start, List.of(), false);
            case ClassdefContext c -> classdef(c, List.of());
            case DecoratedContext d -> decorated(d);
            case Async_stmtContext a -> {
                Token start = a.start;
                if (a.funcdef() != null) {
                    yield funcdef(a.funcdef(), start, List.of(), true);
                }
                if (a.with_stmt() != null) {
                    yield withStmt(a.with_stmt(), start, true);
                }
                yield forStmt(a.for_stmt(), start, true);
            }
            default -> throw new IllegalStateException("unknown statement " + child.getClass());
        };
    }

    private Stmt ifStmt(If_stmtContext ctx) {
        Expr test = exprs.namedexpr(ctx.namedexpr_test());
        List<Stmt> body = block(ctx.block());
        List<Elif_clauseContext> elifs = ctx.elif_clause();
        List<Expr> elifTests = new ArrayList<>(elifs.size());
        List<List<Stmt>> elifBodies = new ArrayList<>(elifs.size());
        for (Elif_clauseContext elif : elifs) {
            elifTests.add(exprs.namedexpr(elif.namedexpr_test()));
            elifBodies.add(block(elif.block()));
        }
        List<Stmt> orelse = ctx.else_clause() == null ? List.of() : block(ctx.else_clause().block());
        BlockContext lastBlock = ctx.else_clause() != null ? ctx.else_clause().block()
                : elifs.isEmpty() ? ctx.block() : elifs.get(elifs.size() - 1).block();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Stmt nested = new Stmt.If(through(elifs.get(i).start, lastBlock), elifTests.get(i), elifBodies.get(i),
                    orelse);
            orelse = List.of(nested);
        }
        return new Stmt.If(through(ctx.start, lastBlock), test, body, orelse);
    }

    private Stmt forStmt(For_stmtContext ctx, Token start, boolean isAsync) {
        Expr target = exprs.starTargets(ctx.star_targets());
        exprs.targets.checkStarTarget(target);
        Expr iter = exprs.starExpressions(ctx.star_expressions());
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = ctx.else_clause() == null ? List.of() : block(ctx.else_clause().block());
        BlockContext last = ctx.else_clause() == null ? ctx.block() : ctx.else_clause().block();
        return new Stmt.For(through(start, last), target, iter, body, orelse, isAsync);
    }

    private Stmt tryStmt(Try_stmtContext ctx) {
        List<Stmt> body = block(ctx.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        for (Except_clauseContext clause : ctx.except_clause()) {
            boolean isStar = clause.STAR() != null;
            if (star != null && star != isStar) {
                Token end = isStar ? clause.STAR().getSymbol() : clause.start;
                throw s.error("cannot have both 'except' and 'except*' on the same 'try'", s.span(clause.start, end));
            }
            star = isStar;
            TestContext typeCtx = clause.test();
            if (isStar && typeCtx == null) {
                throw s.error("expected one or more exception types", s.span(clause.COLON().getSymbol()));
            }
            Expr type = typeCtx == null ? null : exprs.test(typeCtx);
            String name = clause.NAME() == null ? null : ExpressionBuilder.name(clause.NAME());
            List<Stmt> handlerBody = block(clause.block());
            handlers.add(new ExceptHandler(through(clause.start, clause.block()), type, name, handlerBody));
        }
        List<Stmt> orelse = ctx.else_clause() == null ? List.of() : block(ctx.else_clause().block());
        List<Stmt> finalbody = ctx.finally_clause() == null ? List.of() : block(ctx.finally_clause().block());
        List<Except_clauseContext> clauses = ctx.except_clause();
        BlockContext last = ctx.finally_clause() != null ? ctx.finally_clause().block()
                : ctx.else_clause() != null ? ctx.else_clause().block()
                : clauses.isEmpty() ? ctx.block() : clauses.get(clauses.size() - 1).block();
        return new Stmt.Try(through(ctx.start, last), body, handlers, orelse, finalbody, star != null && star);
    }

    private Stmt withStmt(With_stmtContext ctx, Token start, boolean isAsync) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext item : ctx.with_item()) {
            Expr context = exprs.test(item.test());
            Expr target = null;
            if (item.expr() != null) {
                target = exprs.expr(item.expr());
                exprs.targets.checkStarTarget(target);
            }
            items.add(new WithItem(context, target));
        }
        List<Stmt> body = block(ctx.block());
        return new Stmt.With(through(start, ctx.block()), items, body, isAsync);
    }

    private Stmt decorated(DecoratedContext ctx) {
        List<Expr> decorators = new ArrayList<>();
        for (DecoratorContext d : ctx.decorator()) {
            decorators.add(exprs.namedexpr(d.namedexpr_test()));
        }
        if (ctx.classdef() != null) {
            return classdef(ctx.classdef(), decorators);
        }
        boolean isAsync = ctx.ASYNC() != null;
        Token start = isAsync ? ctx.ASYNC().getSymbol() : ctx.funcdef().start;
        return funcdef(ctx.funcdef(), start, decorators, isAsync);
    }

    private Stmt funcdef(FuncdefContext ctx, Token start, List<Expr> decorators, boolean isAsync) {
        rejectTypeParams(ctx.type_params());
        Arguments args = exprs.arguments.parameters(ctx.parameters());
        Expr returns = ctx.test() == null ? null : exprs.test(ctx.test());
        List<Stmt> body = block(ctx.block());
        return new Stmt.FunctionDef(through(start, ctx.block()), ExpressionBuilder.name(ctx.NAME()), args, body, decorators,
                returns, isAsync);
    }

    private Stmt classdef(ClassdefContext ctx, List<Expr> decorators) {
        rejectTypeParams(ctx.type_params());
        if (ctx.arglist() != null) {
            for (ArgumentContext argument : ctx.arglist().argument()) {
                if (argument instanceof PositionalArgumentContext p && p.comp_for() != null) {
                    throw s.error("invalid syntax", p.comp_for().start);
                }
            }
        }
        ArgumentsBuilder.CallArgs bases = ctx.LPAR() == null ? ArgumentsBuilder.CallArgs.EMPTY
                : exprs.arguments.arguments(ctx.arglist(), ctx.LPAR().getSymbol(), ctx.RPAR().getSymbol());
        List<Stmt> body = block(ctx.block());
        return new Stmt.ClassDef(through(ctx.start, ctx.block()), ExpressionBuilder.name(ctx.NAME()), bases.args(),
                bases.keywords(), body, decorators);
    }

    private void rejectTypeParams(Type_paramsContext params) {
        if (params != null) {
            throw s.error("type parameter lists are not supported by Taipan yet", s.span(params));
        }
    }
}
