package dev.taipan.parse;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.taipan.ast.Comprehension;
import dev.taipan.ast.ExceptHandler;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Keyword;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.WithItem;

/** Generic walks over the AST used by the compile-time checks: direct children, yields, awaits, target names. */
final class AstChildren {
    private AstChildren() {
    }

    /** Visits the direct child expressions and statement lists of a statement (not of def/class scopes' bodies' meaning). */
    static void ofStmt(Stmt stmt, Consumer<Expr> exprs, Consumer<List<Stmt>> bodies) {
        switch (stmt) {
            case Stmt.ExprStmt e -> exprs.accept(e.value());
            case Stmt.Assign a -> {
                a.targets().forEach(exprs);
                exprs.accept(a.value());
            }
            case Stmt.AugAssign a -> {
                exprs.accept(a.target());
                exprs.accept(a.value());
            }
            case Stmt.AnnAssign a -> {
                exprs.accept(a.target());
                exprs.accept(a.annotation());
                if (a.value() != null) {
                    exprs.accept(a.value());
                }
            }
            case Stmt.If i -> {
                exprs.accept(i.test());
                bodies.accept(i.body());
                bodies.accept(i.orelse());
            }
            case Stmt.While w -> {
                exprs.accept(w.test());
                bodies.accept(w.body());
                bodies.accept(w.orelse());
            }
            case Stmt.For f -> {
                exprs.accept(f.target());
                exprs.accept(f.iter());
                bodies.accept(f.body());
                bodies.accept(f.orelse());
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    exprs.accept(r.value());
                }
            }
            case Stmt.FunctionDef f -> {
                f.decorators().forEach(exprs);
                bodies.accept(f.body());
            }
            case Stmt.ClassDef c -> {
                c.decorators().forEach(exprs);
                c.bases().forEach(exprs);
                for (Keyword k : c.keywords()) {
                    exprs.accept(k.value());
                }
                bodies.accept(c.body());
            }
            case Stmt.Try t -> {
                bodies.accept(t.body());
                for (ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        exprs.accept(h.type());
                    }
                    bodies.accept(h.body());
                }
                bodies.accept(t.orelse());
                bodies.accept(t.finalbody());
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    exprs.accept(r.exc());
                }
                if (r.cause() != null) {
                    exprs.accept(r.cause());
                }
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    exprs.accept(item.context());
                    if (item.target() != null) {
                        exprs.accept(item.target());
                    }
                }
                bodies.accept(w.body());
            }
            case Stmt.Delete d -> d.targets().forEach(exprs);
            case Stmt.Assert a -> {
                exprs.accept(a.test());
                if (a.msg() != null) {
                    exprs.accept(a.msg());
                }
            }
            default -> {
            }
        }
    }

    /** Visits the direct child expressions of an expression (lambda defaults and body included). */
    static void ofExpr(Expr e, Consumer<Expr> visit) {
        switch (e) {
            case Expr.Name n -> {
            }
            case Expr.Constant c -> {
            }
            case Expr.JoinedStr j -> j.values().forEach(visit);
            case Expr.FormattedValue f -> {
                visit.accept(f.value());
                if (f.formatSpec() != null) {
                    visit.accept(f.formatSpec());
                }
            }
            case Expr.BinOp b -> {
                visit.accept(b.left());
                visit.accept(b.right());
            }
            case Expr.UnaryOp u -> visit.accept(u.operand());
            case Expr.BoolOp b -> b.values().forEach(visit);
            case Expr.Compare c -> {
                visit.accept(c.left());
                c.comparators().forEach(visit);
            }
            case Expr.IfExp i -> {
                visit.accept(i.test());
                visit.accept(i.body());
                visit.accept(i.orelse());
            }
            case Expr.NamedExpr n -> {
                visit.accept(n.target());
                visit.accept(n.value());
            }
            case Expr.Lambda l -> {
                l.args().defaults().forEach(visit);
                for (Expr d : l.args().kwDefaults()) {
                    if (d != null) {
                        visit.accept(d);
                    }
                }
                visit.accept(l.body());
            }
            case Expr.Call c -> {
                visit.accept(c.func());
                c.args().forEach(visit);
                for (Keyword k : c.keywords()) {
                    visit.accept(k.value());
                }
            }
            case Expr.Attribute a -> visit.accept(a.value());
            case Expr.Subscript s -> {
                visit.accept(s.value());
                visit.accept(s.slice());
            }
            case Expr.Slice s -> {
                for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
                    if (part != null) {
                        visit.accept(part);
                    }
                }
            }
            case Expr.Starred s -> visit.accept(s.value());
            case Expr.Tuple t -> t.elts().forEach(visit);
            case Expr.ListExpr l -> l.elts().forEach(visit);
            case Expr.SetExpr s -> s.elts().forEach(visit);
            case Expr.DictExpr d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    if (d.keys().get(i) != null) {
                        visit.accept(d.keys().get(i));
                    }
                    visit.accept(d.values().get(i));
                }
            }
            case Expr.ListComp c -> comprehension(c.generators(), c.elt(), null, visit);
            case Expr.SetComp c -> comprehension(c.generators(), c.elt(), null, visit);
            case Expr.DictComp c -> comprehension(c.generators(), c.key(), c.value(), visit);
            case Expr.GeneratorExp c -> comprehension(c.generators(), c.elt(), null, visit);
            case Expr.Await a -> visit.accept(a.value());
            case Expr.Yield y -> {
                if (y.value() != null) {
                    visit.accept(y.value());
                }
            }
            case Expr.YieldFrom y -> visit.accept(y.value());
        }
    }

    private static void comprehension(List<Comprehension> generators, Expr elt, Expr value, Consumer<Expr> visit) {
        for (Comprehension g : generators) {
            visit.accept(g.target());
            visit.accept(g.iter());
            g.ifs().forEach(visit);
        }
        visit.accept(elt);
        if (value != null) {
            visit.accept(value);
        }
    }

    /** True if a function body yields (not counting nested functions, classes and lambdas). */
    static boolean containsYield(List<Stmt> body) {
        for (Stmt stmt : body) {
            if (!(stmt instanceof Stmt.FunctionDef) && !(stmt instanceof Stmt.ClassDef) && yields(stmt)) {
                return true;
            }
        }
        return false;
    }

    private static boolean yields(Stmt stmt) {
        boolean[] found = new boolean[1];
        ofStmt(stmt, e -> found[0] |= yields(e), stmts -> found[0] |= containsYield(stmts));
        return found[0];
    }

    private static boolean yields(Expr e) {
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return true;
        }
        if (e instanceof Expr.Lambda) {
            return false;
        }
        boolean[] found = new boolean[1];
        ofExpr(e, child -> found[0] |= yields(child));
        return found[0];
    }

    /** True if a list/set/dict comprehension awaits or has an async for (nested genexps and lambdas excluded). */
    static boolean isAsyncComprehension(List<Comprehension> generators, Expr elt, Expr value) {
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (g.isAsync() || i > 0 && awaits(g.iter())) {
                return true;
            }
            for (Expr condition : g.ifs()) {
                if (awaits(condition)) {
                    return true;
                }
            }
        }
        return awaits(elt) || value != null && awaits(value);
    }

    private static boolean awaits(Expr e) {
        switch (e) {
            case Expr.Await a -> {
                return true;
            }
            case Expr.Lambda l -> {
                return false;
            }
            case Expr.GeneratorExp g -> {
                return false;
            }
            case Expr.ListComp c when c.generators().stream().anyMatch(Comprehension::isAsync) -> {
                return true;
            }
            case Expr.SetComp c when c.generators().stream().anyMatch(Comprehension::isAsync) -> {
                return true;
            }
            case Expr.DictComp c when c.generators().stream().anyMatch(Comprehension::isAsync) -> {
                return true;
            }
            default -> {
                boolean[] found = new boolean[1];
                ofExpr(e, child -> found[0] |= awaits(child));
                return found[0];
            }
        }
    }

    /** Adds the names a target binds. */
    static void collectNames(Expr target, Set<String> names) {
        switch (target) {
            case Expr.Name n -> names.add(n.id());
            case Expr.Tuple t -> t.elts().forEach(e -> collectNames(e, names));
            case Expr.ListExpr l -> l.elts().forEach(e -> collectNames(e, names));
            case Expr.Starred s -> collectNames(s.value(), names);
            default -> {
            }
        }
    }
}
