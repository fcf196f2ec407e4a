package dev.taipan.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.taipan.ast.Arg;
import dev.taipan.ast.Arguments;
import dev.taipan.ast.Comprehension;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Keyword;
import dev.taipan.ast.Span;
import dev.taipan.grammar.TaipanLexer;
import dev.taipan.grammar.TaipanParser.*;

/**
 * Builds call arguments (positional, *args, keywords, **kwargs, a lone generator expression)
 * and parameter lists of def and lambda, checking their order with CPython's messages.
 */
final class ArgumentsBuilder {
    private final ExpressionBuilder exprs;
    private final ParseSession s;

    ArgumentsBuilder(ExpressionBuilder exprs) {
        this.exprs = exprs;
        this.s = exprs.s;
    }

    /** The positional arguments and keywords of a call or class header. */
    record CallArgs(List<Expr> args, List<Keyword> keywords) {
        static final CallArgs EMPTY = new CallArgs(List.of(), List.of());
    }

    Expr call(Span at, Expr func, CallTrailerContext ctx) {
        CallArgs a = arguments(ctx.arglist(), ctx.start, ctx.stop);
        return new Expr.Call(at, func, a.args(), a.keywords());
    }

    CallArgs arguments(ArglistContext list, Token open, Token close) {
        if (list == null) {
            return CallArgs.EMPTY;
        }
        List<ArgumentContext> items = list.argument();
        boolean trailingComma = list.COMMA().size() == items.size();
        List<Expr> args = new ArrayList<>(items.size());
        List<Keyword> keywords = new ArrayList<>();
        boolean seenKeyword = false;
        boolean seenUnpacking = false;
        for (ArgumentContext item : items) {
            if (item instanceof PositionalArgumentContext positional) {
                if (positional.comp_for() != null) {
                    Expr elt = exprs.namedexpr(positional.namedexpr_test());
                    List<Comprehension> generators = exprs.comprehensions(positional.comp_for());
                    if (items.size() > 1 || trailingComma) {
                        throw s.error("Generator expression must be parenthesized", elt.at(), lastItem(generators));
                    }
                    args.add(new Expr.GeneratorExp(s.span(open, close), elt, generators));
                    continue;
                }
                if (seenKeyword) {
                    throw s.error(seenUnpacking ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument", close);
                }
                Namedexpr_testContext named = positional.namedexpr_test();
                TestContext target = named.test(0);
                if (named.COLONEQUAL() != null
                        && (target.start != target.stop || target.start.getType() != TaipanLexer.NAME)) {
                    // In arguments CPython only accepts NAME := value, with no hint
                    throw s.error("invalid syntax", named.COLONEQUAL().getSymbol());
                }
                args.add(exprs.namedexpr(named));
            } else if (item instanceof StarArgumentContext star) {
                if (seenUnpacking) {
                    Token comma = previousToken(list, star);
                    Token furthest = furthestAfterStarred(items, items.indexOf(item), close);
                    throw s.error("SyntaxError", "iterable argument unpacking follows keyword argument unpacking",
                            comma.getLine(), comma.getCharPositionInLine() + 1, s.endLine(furthest),
                            s.endCol(furthest));
                }
                args.add(new Expr.Starred(s.span(star), exprs.test(star.test())));
            } else if (item instanceof KeywordArgumentContext keyword) {
                TestContext lhs = keyword.test(0);
                Token equals = keyword.EQUAL().getSymbol();
                if (lhs.start != lhs.stop || lhs.start.getType() != TaipanLexer.NAME) {
                    int type = lhs.start.getType();
                    if (lhs.start == lhs.stop
                            && (type == TaipanLexer.TRUE || type == TaipanLexer.FALSE || type == TaipanLexer.NONE)) {
                        throw s.error("cannot assign to " + lhs.start.getText(), s.span(lhs), s.span(equals));
                    }
                    throw s.error("expression cannot contain assignment, perhaps you meant \"==\"?", s.span(lhs),
                            s.span(equals));
                }
                keywords.add(new Keyword(s.span(keyword), ExpressionBuilder.name(lhs.start),
                        exprs.test(keyword.test(1))));
                seenKeyword = true;
            } else {
                DoubleStarArgumentContext doubleStar = (DoubleStarArgumentContext) item;
                keywords.add(new Keyword(s.span(doubleStar), null, exprs.test(doubleStar.test())));
                seenKeyword = true;
                seenUnpacking = true;
            }
        }
        return new CallArgs(args, keywords);
    }

    /** The token CPython's parser stops at after a run of *args: the first argument that is not starred. */
    private static Token furthestAfterStarred(List<ArgumentContext> items, int from, Token close) {
        for (int i = from; i < items.size(); i++) {
            if (!(items.get(i) instanceof StarArgumentContext)) {
                return items.get(i).start;
            }
        }
        return close;
    }

    private static Span lastItem(List<Comprehension> generators) {
        Comprehension last = generators.get(generators.size() - 1);
        return last.ifs().isEmpty() ? last.iter().at() : last.ifs().get(last.ifs().size() - 1).at();
    }

    private static Token previousToken(ParserRuleContext parent, ParserRuleContext child) {
        int index = parent.children.indexOf(child);
        if (index > 0 && parent.getChild(index - 1) instanceof TerminalNode t) {
            return t.getSymbol();
        }
        return child.start;
    }

    // ---------------------------------------------------------------- parameters

    /** One parameter as parsed: its kind token, name, annotation and default (each may be null). */
    private record Param(ParserRuleContext ctx, int kind, Token name, TestContext annotation, TestContext dflt) {}

    Arguments parameters(ParametersContext ctx) {
        if (ctx == null) {
            return Arguments.EMPTY;
        }
        List<Param> params = new ArrayList<>();
        for (ParameterContext p : ctx.parameter()) {
            int kind = p.start.getType();
            TerminalNode nameNode = p.NAME();
            List<TestContext> tests = p.test();
            TestContext annotation = p.COLON() != null ? tests.get(0) : null;
            TestContext dflt = p.EQUAL() != null ? tests.get(tests.size() - 1) : null;
            params.add(new Param(p, kind, nameNode == null ? null : nameNode.getSymbol(), annotation, dflt));
        }
        return build(params);
    }

    Arguments lambdaParameters(Lambda_parametersContext ctx) {
        if (ctx == null) {
            return Arguments.EMPTY;
        }
        List<Param> params = new ArrayList<>();
        for (Lambda_parameterContext p : ctx.lambda_parameter()) {
            TerminalNode nameNode = p.NAME();
            params.add(new Param(p, p.start.getType(), nameNode == null ? null : nameNode.getSymbol(), null, p.test()));
        }
        return build(params);
    }

    private Arguments build(List<Param> params) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean seenSlash = false;
        boolean seenStar = false;
        boolean seenKwarg = false;
        boolean seenDefault = false;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (seenKwarg) {
                Span at = p.kind() == TaipanLexer.NAME ? argSpan(p) : s.span(p.ctx().start);
                throw s.error("arguments cannot follow var-keyword argument", at);
            }
            switch (p.kind()) {
                case TaipanLexer.SLASH -> {
                    if (seenSlash) {
                        throw s.error("/ may appear only once", p.ctx().start);
                    }
                    if (seenStar) {
                        throw s.error("/ must be ahead of *", p.ctx().start);
                    }
                    if (args.isEmpty()) {
                        throw s.error("at least one argument must precede /", p.ctx().start);
                    }
                    seenSlash = true;
                    posonly.addAll(args);
                    args.clear();
                }
                case TaipanLexer.STAR -> {
                    if (seenStar) {
                        throw s.error("* argument may appear only once", p.ctx().start);
                    }
                    seenStar = true;
                    if (p.name() == null) {
                        boolean next = i + 1 < params.size() && params.get(i + 1).kind() == TaipanLexer.NAME;
                        if (!next) {
                            throw s.error("named arguments must follow bare *", p.ctx().start);
                        }
                    } else {
                        vararg = arg(p);
                    }
                }
                case TaipanLexer.DOUBLESTAR -> {
                    kwarg = arg(p);
                    seenKwarg = true;
                }
                default -> {
                    Arg arg = arg(p);
                    if (seenStar) {
                        kwonly.add(arg);
                        kwDefaults.add(p.dflt() == null ? null : exprs.test(p.dflt()));
                    } else if (p.dflt() != null) {
                        args.add(arg);
                        defaults.add(exprs.test(p.dflt()));
                        seenDefault = true;
                    } else {
                        if (seenDefault) {
                            throw s.error("parameter without a default follows parameter with a default", arg.at());
                        }
                        args.add(arg);
                    }
                }
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg arg(Param p) {
        Expr annotation = p.annotation() == null ? null : exprs.test(p.annotation());
        return new Arg(argSpan(p), ExpressionBuilder.name(p.name()), annotation);
    }

    private Span argSpan(Param p) {
        return p.annotation() == null ? s.span(p.name()) : s.span(p.name(), p.annotation().stop);
    }
}
