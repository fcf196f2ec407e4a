package dev.taipan.parse;

import java.util.List;

import dev.taipan.ast.Expr;
import dev.taipan.ast.UnaryOperator;

/**
 * Checks assignment, deletion and augmented-assignment targets the way CPython's parser does,
 * with its messages ("cannot assign to literal here. Maybe you meant '==' instead of '='?",
 * "cannot delete function call", "'tuple' is an illegal expression for augmented assignment").
 */
final class TargetChecker {
    private final ParseSession s;

    TargetChecker(ParseSession s) {
        this.s = s;
    }

    /** CPython's name for a kind of expression in error messages (_PyPegen_get_expr_name). */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript a -> "subscript";
            case Expr.Starred a -> "starred";
            case Expr.Name a -> "name";
            case Expr.ListExpr a -> "list";
            case Expr.Tuple a -> "tuple";
            case Expr.Lambda a -> "lambda";
            case Expr.Call a -> "function call";
            case Expr.BoolOp a -> "expression";
            case Expr.BinOp a -> "expression";
            case Expr.UnaryOp a -> "expression";
            case Expr.GeneratorExp a -> "generator expression";
            case Expr.Yield a -> "yield expression";
            case Expr.YieldFrom a -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp a -> "list comprehension";
            case Expr.SetComp a -> "set comprehension";
            case Expr.DictComp a -> "dict comprehension";
            case Expr.DictExpr a -> "dict literal";
            case Expr.SetExpr a -> "set display";
            case Expr.JoinedStr a -> "f-string expression";
            case Expr.FormattedValue a -> "f-string expression";
            case Expr.Compare a -> "comparison";
            case Expr.IfExp a -> "conditional expression";
            case Expr.NamedExpr a -> "named expression";
            case Expr.Slice a -> "slice";
            case Expr.Constant c -> switch (c.kind()) {
                case NONE -> "None";
                case TRUE -> "True";
                case FALSE -> "False";
                case ELLIPSIS -> "ellipsis";
                default -> "literal";
            };
        };
    }

    /** The first part of e that cannot be a target (_PyPegen_get_invalid_target), or null. */
    static Expr invalidTarget(Expr e, boolean deletion) {
        switch (e) {
            case Expr.ListExpr list -> {
                return firstInvalid(list.elts(), deletion);
            }
            case Expr.Tuple tuple -> {
                return firstInvalid(tuple.elts(), deletion);
            }
            case Expr.Starred starred -> {
                return deletion ? e : invalidTarget(starred.value(), false);
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            case Expr.Subscript a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    private static Expr firstInvalid(List<Expr> elts, boolean deletion) {
        for (Expr elt : elts) {
            Expr bad = invalidTarget(elt, deletion);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /**
     * Targets of t1 = t2 = ... = value, in order. unparenthesizedLast tells whether the last
     * target is a bare tuple (a, b = ...), whose last element then stands right before '='.
     */
    void checkAssign(List<Expr> targets, Expr value, boolean unparenthesizedLast) {
        for (int i = 0; i < targets.size(); i++) {
            Expr t = targets.get(i);
            if (t instanceof Expr.Yield || t instanceof Expr.YieldFrom) {
                throw s.error("assignment to yield expression not possible", t.at());
            }
            Expr bad = invalidTarget(t, false);
            if (bad == null) {
                continue;
            }
            if (targets.size() == 1 && startsWithBitwiseOr(value)) {
                Expr adjacent = t;
                if (t instanceof Expr.Tuple tuple && unparenthesizedLast && !tuple.elts().isEmpty()
                        && tuple.elts().get(tuple.elts().size() - 1).at().endCol() == t.at().endCol()
                        && tuple.elts().get(tuple.elts().size() - 1).at().endLine() == t.at().endLine()) {
                    adjacent = tuple.elts().get(tuple.elts().size() - 1);
                }
                if (adjacent != t && adjacent instanceof Expr.Name) {
                    throw s.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", adjacent.at(),
                            leftmostBitwiseOr(value).at());
                }
                if (isBitwiseOr(adjacent) && !(adjacent instanceof Expr.ListExpr) && !(adjacent instanceof Expr.Tuple)
                        && !(adjacent instanceof Expr.GeneratorExp) && !isNamedConstant(adjacent)) {
                    throw s.error("cannot assign to " + describe(adjacent)
                            + " here. Maybe you meant '==' instead of '='?", adjacent.at());
                }
            }
            throw s.error("cannot assign to " + describe(bad), bad.at());
        }
    }

    private static boolean isNamedConstant(Expr e) {
        return e instanceof Expr.Constant c
                && (c.kind() == Expr.ConstKind.TRUE || c.kind() == Expr.ConstKind.FALSE
                || c.kind() == Expr.ConstKind.NONE);
    }

    /** True if e can be a bitwise_or in CPython's grammar: no and/or/not, comparison, if-else, lambda. */
    private static boolean isBitwiseOr(Expr e) {
        return switch (e) {
            case Expr.BoolOp b -> false;
            case Expr.Compare c -> false;
            case Expr.IfExp i -> false;
            case Expr.Lambda l -> false;
            case Expr.Starred st -> false;
            case Expr.Yield y -> false;
            case Expr.YieldFrom y -> false;
            case Expr.UnaryOp u -> u.op() != UnaryOperator.NOT;
            default -> true;
        };
    }

    private static boolean startsWithBitwiseOr(Expr value) {
        return isBitwiseOr(leftmostBitwiseOr(value));
    }

    /** The first operand of value at CPython's bitwise_or level (into tuples, and/or, comparisons, if-else). */
    private static Expr leftmostBitwiseOr(Expr value) {
        Expr e = value;
        while (true) {
            switch (e) {
                case Expr.Tuple t when !t.elts().isEmpty() && t.elts().get(0).at().col() == t.at().col()
                        && t.elts().get(0).at().line() == t.at().line() -> e = t.elts().get(0);
                case Expr.BoolOp b -> e = b.values().get(0);
                case Expr.Compare c -> e = c.left();
                case Expr.IfExp i -> e = i.body();
                default -> {
                    return e;
                }
            }
        }
    }

    void checkAugmented(Expr target) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw s.error("'" + describe(target) + "' is an illegal expression for augmented assignment", target.at());
        }
    }

    /** x: T = v; bareTuple is true for an unparenthesized a, b: T. */
    void checkAnnotated(Expr target, boolean bareTuple) {
        switch (target) {
            case Expr.Name n -> {
            }
            case Expr.Attribute a -> {
            }
            case Expr.Subscript a -> {
            }
            case Expr.ListExpr l -> throw s.error("only single target (not list) can be annotated", target.at());
            case Expr.Tuple t -> {
                Expr at = bareTuple && !t.elts().isEmpty() ? t.elts().get(0) : t;
                throw s.error("only single target (not tuple) can be annotated", at.at());
            }
            default -> throw s.error("illegal target for annotation", target.at());
        }
    }

    void checkDelete(Expr target) {
        Expr bad = invalidTarget(target, true);
        if (bad != null) {
            throw s.error("cannot delete " + describe(bad), bad.at());
        }
    }

    /** A for-loop, comprehension or with-as target. */
    void checkStarTarget(Expr target) {
        Expr bad = invalidTarget(target, false);
        if (bad != null) {
            throw s.error("cannot assign to " + describe(bad), bad.at());
        }
    }
}
