package dev.taipan.parse;

import java.util.List;

import dev.taipan.ast.Alias;
import dev.taipan.ast.Arg;
import dev.taipan.ast.Arguments;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Stmt;

/** __debug__ is a constant: CPython's compiler refuses to bind or delete it anywhere. */
final class ForbiddenNames {
    static final String DEBUG = "__debug__";

    private ForbiddenNames() {
    }

    /** An assignment (or, with delete, a deletion) target, searched through tuples, lists and stars. */
    static void target(ContextChecker checker, Expr target, boolean delete) {
        switch (target) {
            case Expr.Name n when n.id().equals(DEBUG) ->
                    checker.codegen(delete ? "cannot delete __debug__" : "cannot assign to __debug__", n.at());
            case Expr.Attribute a when a.attr().equals(DEBUG) ->
                    checker.codegen(delete ? "cannot delete __debug__" : "cannot assign to __debug__", a.at());
            case Expr.Tuple t -> t.elts().forEach(e -> target(checker, e, delete));
            case Expr.ListExpr l -> l.elts().forEach(e -> target(checker, e, delete));
            case Expr.Starred st -> target(checker, st.value(), delete);
            default -> {
            }
        }
    }

    /** The names an import binds. */
    static void imported(ContextChecker checker, Stmt at, List<Alias> names) {
        for (Alias alias : names) {
            String bound = alias.asname() != null ? alias.asname() : alias.name().split("\\.")[0];
            if (bound.equals(DEBUG)) {
                checker.codegen("cannot assign to __debug__", at.at());
            }
        }
    }

    static void parameters(ContextChecker checker, Arguments a) {
        for (Arg arg : ContextChecker.allArgs(a)) {
            if (arg.name().equals(DEBUG)) {
                checker.codegen("cannot assign to __debug__", arg.at());
            }
        }
    }
}
