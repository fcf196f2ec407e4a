package dev.taipan.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.taipan.ast.Alias;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Stmt;

/** CPython's future_parse: the leading `from __future__ import` statements and their features. */
final class FutureImports {
    private static final Set<String> FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private FutureImports() {
    }

    static boolean isFuture(Stmt.ImportFrom from) {
        return from.level() == 0 && "__future__".equals(from.module());
    }

    /** Checks the features of the leading future imports (before any other error) and returns those statements. */
    static Set<Stmt> check(ParseSession s, List<Stmt> body) {
        Set<Stmt> leading = new HashSet<>();
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.kind() == Expr.ConstKind.STR) {
            i++;
        }
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom from) || !isFuture(from)) {
                break;
            }
            for (Alias alias : from.names()) {
                String msg = alias.name().equals("braces") ? "not a chance"
                        : FEATURES.contains(alias.name()) ? null
                        : "future feature " + alias.name() + " is not defined";
                if (msg != null) {
                    String text = s.filename.startsWith("<") ? null : s.lineText(from.at().line());
                    throw new SyntaxErrorException("SyntaxError", msg, s.filename, from.at().line(),
                            from.at().col() + 1, from.at().line(), 0, text, false);
                }
            }
            leading.add(from);
        }
        return leading;
    }
}
