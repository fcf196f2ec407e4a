package dev.taipan.parse;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.taipan.ast.CompareOperator;
import dev.taipan.ast.Comprehension;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Operator;
import dev.taipan.ast.Span;
import dev.taipan.ast.UnaryOperator;
import dev.taipan.grammar.TaipanLexer;
import dev.taipan.grammar.TaipanParser.*;

/**
 * Builds expression nodes from ANTLR's parse tree, with CPython's positions (a parenthesized
 * expression keeps its own span; tuples, displays and comprehensions include their brackets)
 * and the parser-level checks CPython makes while parsing expressions.
 */
final class ExpressionBuilder {
    final ParseSession s;
    final TargetChecker targets;
    final ArgumentsBuilder arguments;
    final StringLiterals strings;

    ExpressionBuilder(ParseSession s, FieldParser fields) {
        this.s = s;
        this.targets = new TargetChecker(s);
        this.arguments = new ArgumentsBuilder(this);
        this.strings = new StringLiterals(s, new FStringParser(s, fields));
    }

    // ---------------------------------------------------------------- lists of expressions

    Expr starExpressions(Star_expressionsContext ctx) {
        if (ctx.getChildCount() == 1) {
            return starExpression((Star_expressionContext) ctx.getChild(0));
        }
        List<Star_expressionContext> items = ctx.star_expression();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return starExpression(items.get(0));
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_expressionContext item : items) {
            elts.add(starExpression(item));
        }
        return new Expr.Tuple(s.span(ctx), elts);
    }

    Expr starExpression(Star_expressionContext ctx) {
        if (ctx.getChildCount() == 1) {
            return test((TestContext) ctx.getChild(0));
        }
        return new Expr.Starred(s.span(ctx), expr((ExprContext) ctx.getChild(1)));
    }

    Expr starTargets(Star_targetsContext ctx) {
        List<Star_targetContext> items = ctx.star_target();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return starTarget(items.get(0));
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_targetContext item : items) {
            elts.add(starTarget(item));
        }
        return new Expr.Tuple(s.span(ctx), elts);
    }

    private Expr starTarget(Star_targetContext ctx) {
        if (ctx.STAR() != null) {
            return new Expr.Starred(s.span(ctx), expr(ctx.expr()));
        }
        return expr(ctx.expr());
    }

    Expr testlist(TestlistContext ctx) {
        List<TestContext> items = ctx.test();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return test(items.get(0));
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (TestContext item : items) {
            elts.add(test(item));
        }
        return new Expr.Tuple(s.span(ctx), elts);
    }

    Expr exprOrYield(Expr_or_yieldContext ctx) {
        ParseTree child = ctx.getChild(0);
        return child instanceof Yield_exprContext y ? yieldExpr(y) : starExpressions((Star_expressionsContext) child);
    }

    Expr yieldExpr(Yield_exprContext ctx) {
        if (ctx.FROM() != null) {
            return new Expr.YieldFrom(s.span(ctx), test(ctx.test()));
        }
        Star_expressionsContext value = ctx.star_expressions();
        return new Expr.Yield(s.span(ctx), value == null ? null : starExpressions(value));
    }

    // ---------------------------------------------------------------- boolean and comparison layers

    Expr namedexpr(Namedexpr_testContext ctx) {
        if (ctx.getChildCount() == 1) {
            return test((TestContext) ctx.getChild(0));
        }
        List<TestContext> tests = ctx.test();
        Expr first = test(tests.get(0));
        if (tests.size() == 1) {
            return first;
        }
        if (!(first instanceof Expr.Name name)) {
            throw s.error("cannot use assignment expressions with " + TargetChecker.describe(first), first.at());
        }
        return new Expr.NamedExpr(s.span(ctx), name, test(tests.get(1)));
    }

    Expr test(TestContext ctx) {
        if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof Or_testContext or) {
            return orTest(or);
        }
        LambdefContext lambda = ctx.lambdef();
        if (lambda != null) {
            return new Expr.Lambda(s.span(lambda), arguments.lambdaParameters(lambda.lambda_parameters()),
                    test(lambda.test()));
        }
        List<Or_testContext> ors = ctx.or_test();
        Expr body = orTest(ors.get(0));
        if (ors.size() == 1) {
            return body;
        }
        Expr condition = orTest(ors.get(1));
        return new Expr.IfExp(s.span(ctx), condition, body, test(ctx.test()));
    }

    Expr orTest(Or_testContext ctx) {
        if (ctx.getChildCount() == 1) {
            return andTest((And_testContext) ctx.getChild(0));
        }
        List<And_testContext> parts = ctx.and_test();
        if (parts.size() == 1) {
            return andTest(parts.get(0));
        }
        List<Expr> values = new ArrayList<>(parts.size());
        for (And_testContext part : parts) {
            values.add(andTest(part));
        }
        return new Expr.BoolOp(s.span(ctx), false, values);
    }

    private Expr andTest(And_testContext ctx) {
        if (ctx.getChildCount() == 1) {
            return notTest((Not_testContext) ctx.getChild(0));
        }
        List<Not_testContext> parts = ctx.not_test();
        if (parts.size() == 1) {
            return notTest(parts.get(0));
        }
        List<Expr> values = new ArrayList<>(parts.size());
        for (Not_testContext part : parts) {
            values.add(notTest(part));
        }
        return new Expr.BoolOp(s.span(ctx), true, values);
    }

    private Expr notTest(Not_testContext ctx) {
        if (ctx.getChildCount() == 1) {
            return comparison((ComparisonContext) ctx.getChild(0));
        }
        return new Expr.UnaryOp(s.span(ctx), UnaryOperator.NOT, notTest((Not_testContext) ctx.getChild(1)));
    }

    private Expr comparison(ComparisonContext ctx) {
        if (ctx.getChildCount() == 1) {
            return expr((ExprContext) ctx.getChild(0));
        }
        List<ExprContext> operands = ctx.expr();
        Expr left = expr(operands.get(0));
        if (operands.size() == 1) {
            return left;
        }
        List<Comp_opContext> opCtxs = ctx.comp_op();
        List<CompareOperator> ops = new ArrayList<>(opCtxs.size());
        List<Expr> comparators = new ArrayList<>(opCtxs.size());
        for (int i = 0; i < opCtxs.size(); i++) {
            ops.add(compareOperator(opCtxs.get(i)));
            comparators.add(expr(operands.get(i + 1)));
        }
        return new Expr.Compare(s.span(ctx), left, ops, comparators);
    }

    private static CompareOperator compareOperator(Comp_opContext ctx) {
        return switch (ctx.start.getType()) {
            case TaipanLexer.LESS -> CompareOperator.LT;
            case TaipanLexer.GREATER -> CompareOperator.GT;
            case TaipanLexer.EQEQUAL -> CompareOperator.EQ;
            case TaipanLexer.GREATEREQUAL -> CompareOperator.GE;
            case TaipanLexer.LESSEQUAL -> CompareOperator.LE;
            case TaipanLexer.NOTEQUAL -> CompareOperator.NE;
            case TaipanLexer.IN -> CompareOperator.IN;
            case TaipanLexer.NOT -> CompareOperator.NOT_IN;
            default -> ctx.getChildCount() == 2 ? CompareOperator.IS_NOT : CompareOperator.IS;
        };
    }

    // ---------------------------------------------------------------- arithmetic

    Expr expr(ExprContext ctx) {
        if (ctx instanceof PrimaryExprContext primary) {
            return atomExpr(primary.atom_expr());
        }
        if (ctx instanceof BinaryExprContext binary) {
            return binary(binary);
        }
        if (ctx instanceof UnaryExprContext) {
            return unary(ctx);
        }
        PowerExprContext power = (PowerExprContext) ctx;
        return new Expr.BinOp(s.span(ctx), expr(power.expr(0)), Operator.POW, expr(power.expr(1)));
    }

    /** A chain of prefix operators (- - ~x), built from the inside out without recursing. */
    private Expr unary(ExprContext ctx) {
        ArrayDeque<UnaryExprContext> chain = new ArrayDeque<>();
        ExprContext current = ctx;
        while (current instanceof UnaryExprContext u) {
            chain.push(u);
            current = u.expr();
        }
        Expr e = expr(current);
        while (!chain.isEmpty()) {
            UnaryExprContext u = chain.pop();
            UnaryOperator op = switch (u.op.getType()) {
                case TaipanLexer.MINUS -> UnaryOperator.NEG;
                case TaipanLexer.PLUS -> UnaryOperator.POS;
                default -> UnaryOperator.INVERT;
            };
            e = new Expr.UnaryOp(s.span(u), op, e);
        }
        return e;
    }

    /** A left-associative chain, built bottom-up without recursing down its left spine. */
    private Expr binary(BinaryExprContext ctx) {
        ArrayDeque<BinaryExprContext> spine = new ArrayDeque<>();
        ExprContext current = ctx;
        while (current instanceof BinaryExprContext b) {
            spine.push(b);
            current = b.expr(0);
        }
        Expr left = expr(current);
        while (!spine.isEmpty()) {
            BinaryExprContext b = spine.pop();
            Expr right = expr(b.expr(1));
            left = new Expr.BinOp(s.span(b), left, binaryOperator(b.op), right);
        }
        return left;
    }

    private static Operator binaryOperator(Token op) {
        return switch (op.getType()) {
            case TaipanLexer.STAR -> Operator.MUL;
            case TaipanLexer.SLASH -> Operator.DIV;
            case TaipanLexer.PERCENT -> Operator.MOD;
            case TaipanLexer.DOUBLESLASH -> Operator.FLOORDIV;
            case TaipanLexer.AT -> Operator.MATMUL;
            case TaipanLexer.PLUS -> Operator.ADD;
            case TaipanLexer.MINUS -> Operator.SUB;
            case TaipanLexer.LEFTSHIFT -> Operator.LSHIFT;
            case TaipanLexer.RIGHTSHIFT -> Operator.RSHIFT;
            case TaipanLexer.AMPER -> Operator.BITAND;
            case TaipanLexer.CIRCUMFLEX -> Operator.BITXOR;
            default -> Operator.BITOR;
        };
    }

    // ---------------------------------------------------------------- primaries

    Expr atomExpr(Atom_exprContext ctx) {
        int first = ctx.getChild(0) instanceof AtomContext ? 0 : 1;
        AtomContext atomCtx = (AtomContext) ctx.getChild(first);
        Expr e = atom(atomCtx);
        Token start = atomCtx.start;
        int count = ctx.getChildCount();
        for (int i = first + 1; i < count; i++) {
            TrailerContext trailer = (TrailerContext) ctx.getChild(i);
            Span at = s.span(start, trailer.stop);
            if (trailer instanceof AttributeTrailerContext) {
                e = new Expr.Attribute(at, e, name(trailer.stop));
            } else if (trailer instanceof CallTrailerContext call) {
                e = arguments.call(at, e, call);
            } else {
                e = new Expr.Subscript(at, e, slice((SubscriptTrailerContext) trailer));
            }
        }
        if (first == 1) {
            e = new Expr.Await(s.span(ctx), e);
        }
        return e;
    }

    private Expr atom(AtomContext ctx) {
        if (ctx instanceof NameAtomContext) {
            return new Expr.Name(s.span(ctx.start), name(ctx.start));
        }
        if (ctx instanceof NumberAtomContext) {
            return number(ctx.start, s.span(ctx));
        }
        if (ctx instanceof StringAtomContext str) {
            return strings.atom(str);
        }
        if (ctx instanceof ParenAtomContext paren) {
            return paren(paren);
        }
        if (ctx instanceof ListAtomContext list) {
            return list(list);
        }
        if (ctx instanceof BraceAtomContext brace) {
            return brace(brace);
        }
        Expr.ConstKind kind = switch (ctx.start.getType()) {
            case TaipanLexer.NONE -> Expr.ConstKind.NONE;
            case TaipanLexer.TRUE -> Expr.ConstKind.TRUE;
            case TaipanLexer.FALSE -> Expr.ConstKind.FALSE;
            default -> Expr.ConstKind.ELLIPSIS;
        };
        return new Expr.Constant(s.span(ctx), kind, null);
    }

    private Expr paren(ParenAtomContext ctx) {
        if (ctx.yield_expr() != null) {
            return yieldExpr(ctx.yield_expr());
        }
        Testlist_compContext tc = ctx.testlist_comp();
        Span at = s.span(ctx);
        if (tc == null) {
            return new Expr.Tuple(at, List.of());
        }
        List<List_itemContext> items = tc.list_item();
        if (tc.comp_for() != null) {
            return new Expr.GeneratorExp(at, comprehensionElement(items.get(0)), comprehensions(tc.comp_for()));
        }
        if (items.size() == 1 && tc.COMMA().isEmpty()) {
            return listItem(items.get(0));
        }
        return new Expr.Tuple(at, listItems(items));
    }

    private Expr list(ListAtomContext ctx) {
        Testlist_compContext tc = ctx.testlist_comp();
        Span at = s.span(ctx);
        if (tc == null) {
            return new Expr.ListExpr(at, List.of());
        }
        if (tc.comp_for() != null) {
            return new Expr.ListComp(at, comprehensionElement(tc.list_item(0)), comprehensions(tc.comp_for()));
        }
        return new Expr.ListExpr(at, listItems(tc.list_item()));
    }

    private Expr brace(BraceAtomContext ctx) {
        Span at = s.span(ctx);
        DictorsetmakerContext maker = ctx.dictorsetmaker();
        if (maker == null) {
            return new Expr.DictExpr(at, List.of(), List.of());
        }
        if (maker instanceof SetMakerContext set) {
            if (set.comp_for() != null) {
                return new Expr.SetComp(at, comprehensionElement(set.list_item(0)), comprehensions(set.comp_for()));
            }
            return new Expr.SetExpr(at, listItems(set.list_item()));
        }
        DictMakerContext dict = (DictMakerContext) maker;
        List<Dict_itemContext> items = dict.dict_item();
        if (dict.comp_for() != null) {
            Dict_itemContext item = items.get(0);
            if (item.DOUBLESTAR() != null) {
                throw s.error("dict unpacking cannot be used in dict comprehension", item.DOUBLESTAR().getSymbol());
            }
            Expr key = test(item.test(0));
            Expr value = test(item.test(1));
            return new Expr.DictComp(at, key, value, comprehensions(dict.comp_for()));
        }
        List<Expr> keys = new ArrayList<>(items.size());
        List<Expr> values = new ArrayList<>(items.size());
        for (Dict_itemContext item : items) {
            if (item.DOUBLESTAR() != null) {
                keys.add(null);
                values.add(expr(item.expr()));
            } else {
                keys.add(test(item.test(0)));
                values.add(test(item.test(1)));
            }
        }
        return new Expr.DictExpr(at, keys, values);
    }

    private List<Expr> listItems(List<List_itemContext> items) {
        List<Expr> elts = new ArrayList<>(items.size());
        for (List_itemContext item : items) {
            elts.add(listItem(item));
        }
        return elts;
    }

    private Expr listItem(List_itemContext ctx) {
        if (ctx.STAR() != null) {
            return new Expr.Starred(s.span(ctx), expr(ctx.expr()));
        }
        return namedexpr(ctx.namedexpr_test());
    }

    private Expr comprehensionElement(List_itemContext ctx) {
        if (ctx.STAR() != null) {
            throw s.error("iterable unpacking cannot be used in comprehension", s.span(ctx));
        }
        return namedexpr(ctx.namedexpr_test());
    }

    List<Comprehension> comprehensions(Comp_forContext ctx) {
        List<For_if_clauseContext> clauses = ctx.for_if_clause();
        List<Comprehension> result = new ArrayList<>(clauses.size());
        for (For_if_clauseContext clause : clauses) {
            Expr target = starTargets(clause.star_targets());
            targets.checkStarTarget(target);
            List<Or_testContext> ors = clause.or_test();
            Expr iter = orTest(ors.get(0));
            List<Expr> ifs = new ArrayList<>(ors.size() - 1);
            for (int i = 1; i < ors.size(); i++) {
                ifs.add(orTest(ors.get(i)));
            }
            result.add(new Comprehension(target, iter, ifs, clause.ASYNC() != null));
        }
        return result;
    }

    private Expr slice(SubscriptTrailerContext ctx) {
        List<SubscriptContext> subs = ctx.subscript();
        if (subs.size() == 1 && ctx.COMMA().isEmpty() && !(subs.get(0) instanceof StarSubscriptContext)) {
            return subscript(subs.get(0));
        }
        List<Expr> elts = new ArrayList<>(subs.size());
        for (SubscriptContext sub : subs) {
            elts.add(subscript(sub));
        }
        ParseTree beforeClose = ctx.getChild(ctx.getChildCount() - 2);
        Token last = beforeClose instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) beforeClose).stop;
        return new Expr.Tuple(s.span(subs.get(0).start, last), elts);
    }

    private Expr subscript(SubscriptContext ctx) {
        if (ctx instanceof IndexSubscriptContext index) {
            return namedexpr(index.namedexpr_test());
        }
        if (ctx instanceof StarSubscriptContext star) {
            return new Expr.Starred(s.span(ctx), expr(star.expr()));
        }
        Expr[] parts = new Expr[3];
        int part = 0;
        for (ParseTree child : ((SliceSubscriptContext) ctx).children) {
            if (child instanceof TerminalNode) {
                part++;
            } else {
                parts[part] = test((TestContext) child);
            }
        }
        return new Expr.Slice(s.span(ctx), parts[0], parts[1], parts[2]);
    }

    // ---------------------------------------------------------------- leaves

    /** An identifier, NFKC-normalized as CPython does for non-ASCII names. */
    static String name(TerminalNode node) {
        return name(node.getSymbol());
    }

    static String name(Token token) {
        String text = token.getText();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    private static Expr number(Token token, Span at) {
        String text = token.getText();
        if (text.indexOf('_') >= 0) {
            text = text.replace("_", "");
        }
        char last = text.charAt(text.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Expr.Constant(at, Expr.ConstKind.IMAGINARY,
                    Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        if (text.length() > 2 && text.charAt(0) == '0') {
            int radix = switch (text.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                return new Expr.Constant(at, Expr.ConstKind.INT, new BigInteger(text.substring(2), radix));
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return new Expr.Constant(at, Expr.ConstKind.FLOAT, Double.parseDouble(text));
            }
        }
        BigInteger value = text.length() < 18 ? BigInteger.valueOf(Long.parseLong(text)) : new BigInteger(text);
        return new Expr.Constant(at, Expr.ConstKind.INT, value);
    }
}
