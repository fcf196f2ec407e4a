package dev.taipan.eval;

import dev.taipan.ast.ExceptHandler;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.WithItem;
import java.util.List;
import java.util.TreeSet;

/** Python 3.13's __static_attributes__: the names a class's code assigns as `self.NAME = ...`, sorted. */
final class StaticAttributes {
    private StaticAttributes() {}

    static List<String> of(List<Stmt> classBody) {
        TreeSet<String> names = new TreeSet<>();
        stmts(classBody, names);
        return List.copyOf(names);
    }

    private static void stmts(List<Stmt> body, TreeSet<String> out) {
        for (Stmt s : body) stmt(s, out);
    }

    private static void stmt(Stmt s, TreeSet<String> out) {
        switch (s) {
            case Stmt.Assign a -> a.targets().forEach(t -> target(t, out));
            case Stmt.AnnAssign a -> target(a.target(), out);
            case Stmt.For f -> {
                target(f.target(), out);
                stmts(f.body(), out);
                stmts(f.orelse(), out);
            }
            case Stmt.While w -> {
                stmts(w.body(), out);
                stmts(w.orelse(), out);
            }
            case Stmt.If i -> {
                stmts(i.body(), out);
                stmts(i.orelse(), out);
            }
            case Stmt.With w -> {
                for (WithItem it : w.items()) if (it.target() != null) target(it.target(), out);
                stmts(w.body(), out);
            }
            case Stmt.Try t -> {
                stmts(t.body(), out);
                for (ExceptHandler h : t.handlers()) stmts(h.body(), out);
                stmts(t.orelse(), out);
                stmts(t.finalbody(), out);
            }
            case Stmt.FunctionDef fd -> stmts(fd.body(), out);
            default -> {
            }
        }
    }

    private static void target(Expr t, TreeSet<String> out) {
        switch (t) {
            case Expr.Attribute a when a.value() instanceof Expr.Name n && n.id().equals("self") -> out.add(a.attr());
            case Expr.Tuple tu -> tu.elts().forEach(e -> target(e, out));
            case Expr.ListExpr l -> l.elts().forEach(e -> target(e, out));
            case Expr.Starred st -> target(st.value(), out);
            default -> {
            }
        }
    }
}
