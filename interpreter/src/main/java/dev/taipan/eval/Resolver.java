package dev.taipan.eval;

import dev.taipan.ast.Arg;
import dev.taipan.ast.Arguments;
import dev.taipan.ast.Comprehension;
import dev.taipan.ast.ExceptHandler;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Keyword;
import dev.taipan.ast.Span;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.WithItem;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scope pass: decides for every name whether it is a local slot, a cell, a free variable,
 * a global or a class-namespace name, and which functions are generators. Reports the scope
 * errors CPython reports at compile time.
 */
final class Resolver {
    final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final String filename;
    private final String[] lines;
    private Scope current;

    private Resolver(String filename, String[] lines) {
        this.filename = filename;
        this.lines = lines;
    }

    /** Resolves a module (or exec'd code); key is the object used to look the module scope up. */
    static Resolver resolveModule(List<Stmt> body, Object key, String filename, String[] lines, boolean namespaceScope) {
        Resolver r = new Resolver(filename, lines);
        Scope s = new Scope(namespaceScope ? Scope.Kind.CLASS : Scope.Kind.MODULE, "<module>", null, false);
        r.scopes.put(key, s);
        r.current = s;
        r.stmts(body);
        r.analyze(s, new HashSet<>());
        return r;
    }

    Scope scopeOf(Object node) {
        return scopes.get(node);
    }

    private dev.taipan.parse.SyntaxErrorException error(String msg, Span at) {
        return CompileError.create("SyntaxError", msg, at, filename, lines);
    }

    // ---- collection --------------------------------------------------------------------------

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void bind(String name, Span at) {
        String n = current.mangle(name);
        int fl = current.flagsOf(n);
        if ((fl & Scope.GLOBAL) != 0 || (fl & Scope.NONLOCAL) != 0) {
            current.add(n, Scope.BOUND);
            return;
        }
        current.add(n, Scope.BOUND);
    }

    private void use(String name) {
        String n = current.mangle(name);
        current.add(n, Scope.USED);
        if (n.equals("super") || n.equals("__class__")) {
            if (current.kind == Scope.Kind.FUNCTION) current.usesSuper = true;
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) target(t);
            }
            case Stmt.AugAssign a -> {
                expr(a.value());
                if (a.target() instanceof Expr.Name n) {
                    use(n.id());
                    bind(n.id(), n.at());
                } else {
                    expr(a.target());
                }
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) expr(a.value());
                if (current.kind != Scope.Kind.FUNCTION) expr(a.annotation());
                if (a.target() instanceof Expr.Name n) {
                    bind(n.id(), n.at());
                } else {
                    target(a.target());
                }
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.For f -> {
                expr(f.iter());
                target(f.target());
                stmts(f.body());
                stmts(f.orelse());
                if (f.isAsync()) current.isCoroutine = true;
            }
            case Stmt.Break b -> {}
            case Stmt.Continue c -> {}
            case Stmt.Pass p -> {}
            case Stmt.Return r -> {
                if (r.value() != null) expr(r.value());
            }
            case Stmt.FunctionDef fd -> functionDef(fd);
            case Stmt.ClassDef cd -> classDef(cd);
            case Stmt.Try t -> {
                stmts(t.body());
                for (ExceptHandler h : t.handlers()) {
                    if (h.type() != null) expr(h.type());
                    if (h.name() != null) bind(h.name(), h.at());
                    stmts(h.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) expr(r.exc());
                if (r.cause() != null) expr(r.cause());
            }
            case Stmt.With w -> {
                for (WithItem it : w.items()) {
                    expr(it.context());
                    if (it.target() != null) target(it.target());
                }
                stmts(w.body());
                if (w.isAsync()) current.isCoroutine = true;
            }
            case Stmt.Import im -> {
                for (var a : im.names()) {
                    String n = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                    bind(n, a.at());
                }
            }
            case Stmt.ImportFrom im -> {
                for (var a : im.names()) {
                    if (a.name().equals("*")) {
                        if (current.kind == Scope.Kind.FUNCTION) {
                            throw error("import * only allowed at module level", im.at());
                        }
                        continue;
                    }
                    bind(a.asname() != null ? a.asname() : a.name(), a.at());
                }
            }
            case Stmt.Global g -> {
                for (String raw : g.names()) {
                    String n = current.mangle(raw);
                    int fl = current.flagsOf(n);
                    if ((fl & Scope.PARAM) != 0) throw error("name '" + n + "' is parameter and global", g.at());
                    if ((fl & Scope.NONLOCAL) != 0) throw error("name '" + n + "' is nonlocal and global", g.at());
                    if ((fl & Scope.USED) != 0) throw error("name '" + n + "' is used prior to global declaration", g.at());
                    if ((fl & Scope.BOUND) != 0) throw error("name '" + n + "' is assigned to before global declaration", g.at());
                    current.add(n, Scope.GLOBAL);
                }
            }
            case Stmt.Nonlocal g -> {
                if (current.kind == Scope.Kind.MODULE) throw error("nonlocal declaration not allowed at module level", g.at());
                for (String raw : g.names()) {
                    String n = current.mangle(raw);
                    int fl = current.flagsOf(n);
                    if ((fl & Scope.PARAM) != 0) throw error("name '" + n + "' is parameter and nonlocal", g.at());
                    if ((fl & Scope.GLOBAL) != 0) throw error("name '" + n + "' is nonlocal and global", g.at());
                    if ((fl & Scope.USED) != 0) throw error("name '" + n + "' is used prior to nonlocal declaration", g.at());
                    if ((fl & Scope.BOUND) != 0) throw error("name '" + n + "' is assigned to before nonlocal declaration", g.at());
                    current.add(n, Scope.NONLOCAL);
                    nonlocalSpans.put(current.name + "\u0000" + n, g.at());
                }
            }
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) target(t);
            }
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) expr(a.msg());
            }
        }
    }

    private final Map<String, Span> nonlocalSpans = new java.util.HashMap<>();

    private void target(Expr t) {
        switch (t) {
            case Expr.Name n -> bind(n.id(), n.at());
            case Expr.Tuple tu -> tu.elts().forEach(this::target);
            case Expr.ListExpr l -> l.elts().forEach(this::target);
            case Expr.Starred st -> target(st.value());
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript sub -> {
                expr(sub.value());
                expr(sub.slice());
            }
            default -> expr(t);
        }
    }

    private void arguments(Arguments a) {
        for (Expr d : a.defaults()) expr(d);
        for (Expr d : a.kwDefaults()) if (d != null) expr(d);
    }

    private void annotations(Arguments a, Expr returns) {
        for (Arg p : a.posonly()) if (p.annotation() != null) expr(p.annotation());
        for (Arg p : a.args()) if (p.annotation() != null) expr(p.annotation());
        if (a.vararg() != null && a.vararg().annotation() != null) expr(a.vararg().annotation());
        for (Arg p : a.kwonly()) if (p.annotation() != null) expr(p.annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) expr(a.kwarg().annotation());
        if (returns != null) expr(returns);
    }

    private void params(Scope s, Arguments a) {
        for (Arg p : a.posonly()) param(s, p.name());
        for (Arg p : a.args()) param(s, p.name());
        for (Arg p : a.kwonly()) param(s, p.name());
        if (a.vararg() != null) param(s, a.vararg().name());
        if (a.kwarg() != null) param(s, a.kwarg().name());
    }

    private void param(Scope s, String name) {
        String n = s.mangle(name);
        s.add(n, Scope.PARAM | Scope.BOUND);
        s.params.add(n);
    }

    private void functionDef(Stmt.FunctionDef fd) {
        for (Expr d : fd.decorators()) expr(d);
        arguments(fd.args());
        annotations(fd.args(), fd.returns());
        bind(fd.name(), fd.at());
        Scope s = new Scope(Scope.Kind.FUNCTION, fd.name(), current, false);
        s.isCoroutine = fd.isAsync();
        scopes.put(fd, s);
        params(s, fd.args());
        Scope saved = current;
        current = s;
        stmts(fd.body());
        current = saved;
    }

    private void classDef(Stmt.ClassDef cd) {
        for (Expr d : cd.decorators()) expr(d);
        for (Expr b : cd.bases()) expr(b);
        for (Keyword k : cd.keywords()) expr(k.value());
        bind(cd.name(), cd.at());
        Scope s = new Scope(Scope.Kind.CLASS, cd.name(), current, false);
        scopes.put(cd, s);
        Scope saved = current;
        current = s;
        stmts(cd.body());
        current = saved;
    }

    private void comprehension(Object node, List<Comprehension> gens, Runnable inner) {
        expr(gens.get(0).iter());
        Scope s = new Scope(Scope.Kind.FUNCTION, "<comprehension>", current, true);
        scopes.put(node, s);
        param(s, ".0");
        Scope saved = current;
        current = s;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            if (i > 0) expr(c.iter());
            target(c.target());
            for (Expr cond : c.ifs()) expr(cond);
            if (c.isAsync()) s.isCoroutine = true;
        }
        inner.run();
        current = saved;
    }

    private void expr(Expr e) {
        if (e == null) return;
        switch (e) {
            case Expr.Name n -> use(n.id());
            case Expr.Constant c -> {}
            case Expr.JoinedStr j -> j.values().forEach(this::expr);
            case Expr.FormattedValue f -> {
                expr(f.value());
                expr(f.formatSpec());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.BoolOp b -> b.values().forEach(this::expr);
            case Expr.Compare c -> {
                expr(c.left());
                c.comparators().forEach(this::expr);
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.NamedExpr ne -> {
                expr(ne.value());
                Scope target = current;
                while (target.isComprehension) target = target.parent;
                if (target != current && target.kind == Scope.Kind.CLASS) {
                    throw error("assignment expression within a comprehension cannot be used in a class body", ne.at());
                }
                if (target != current) {
                    Scope inner = current;
                    while (inner != target) {
                        if (inner.flagsOf(ne.target().id()) != 0 && (inner.flagsOf(ne.target().id()) & Scope.PARAM) != 0 && inner.isComprehension) {
                            throw error("assignment expression cannot rebind comprehension iteration variable '" + ne.target().id() + "'", ne.at());
                        }
                        inner = inner.parent;
                    }
                    target.add(ne.target().id(), Scope.BOUND);
                    // the comprehension sees it as free (or global at module level)
                    Scope c = current;
                    while (c != target) {
                        c.add(ne.target().id(), target.kind == Scope.Kind.MODULE ? Scope.GLOBAL : Scope.NONLOCAL);
                        c = c.parent;
                    }
                } else {
                    bind(ne.target().id(), ne.at());
                }
            }
            case Expr.Lambda l -> {
                arguments(l.args());
                Scope s = new Scope(Scope.Kind.FUNCTION, "<lambda>", current, false);
                scopes.put(l, s);
                params(s, l.args());
                Scope saved = current;
                current = s;
                expr(l.body());
                current = saved;
            }
            case Expr.Call c -> {
                expr(c.func());
                c.args().forEach(this::expr);
                for (Keyword k : c.keywords()) expr(k.value());
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Slice s -> {
                expr(s.lower());
                expr(s.upper());
                expr(s.step());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Tuple t -> t.elts().forEach(this::expr);
            case Expr.ListExpr l -> l.elts().forEach(this::expr);
            case Expr.SetExpr s -> s.elts().forEach(this::expr);
            case Expr.DictExpr d -> {
                for (Expr k : d.keys()) if (k != null) expr(k);
                d.values().forEach(this::expr);
            }
            case Expr.ListComp c -> comprehension(c, c.generators(), () -> expr(c.elt()));
            case Expr.SetComp c -> comprehension(c, c.generators(), () -> expr(c.elt()));
            case Expr.GeneratorExp c -> comprehension(c, c.generators(), () -> {
                current.isGenerator = true;
                expr(c.elt());
            });
            case Expr.DictComp c -> comprehension(c, c.generators(), () -> {
                expr(c.key());
                expr(c.value());
            });
            case Expr.Await a -> {
                expr(a.value());
                current.isCoroutine = true;
            }
            case Expr.Yield y -> {
                expr(y.value());
                current.isGenerator = true;
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                current.isGenerator = true;
            }
        }
    }

    // ---- analysis ----------------------------------------------------------------------------

    private void analyze(Scope s, Set<String> enclosingBound) {
        for (var e : s.flags.entrySet()) {
            String n = e.getKey();
            int f = e.getValue();
            Scope.Where w;
            if ((f & Scope.GLOBAL) != 0) {
                w = Scope.Where.GLOBAL_EXPLICIT;
            } else if ((f & Scope.NONLOCAL) != 0) {
                if (!enclosingBound.contains(n)) {
                    Span at = nonlocalSpans.getOrDefault(s.name + "\u0000" + n, Span.NONE);
                    throw error("no binding for nonlocal '" + n + "' found", at);
                }
                w = Scope.Where.FREE;
            } else if ((f & (Scope.BOUND | Scope.PARAM)) != 0) {
                w = switch (s.kind) {
                    case FUNCTION -> Scope.Where.LOCAL;
                    case CLASS -> Scope.Where.NAMESPACE;
                    case MODULE -> Scope.Where.GLOBAL_IMPLICIT;
                };
            } else if (s.kind != Scope.Kind.MODULE && enclosingBound.contains(n)) {
                w = Scope.Where.FREE;
            } else {
                w = s.kind == Scope.Kind.CLASS ? Scope.Where.NAMESPACE : Scope.Where.GLOBAL_IMPLICIT;
            }
            s.where.put(n, w);
        }
        if (s.kind == Scope.Kind.FUNCTION && s.usesSuper && !s.where.containsKey("__class__") && enclosingBound.contains("__class__")) {
            s.where.put("__class__", Scope.Where.FREE);
        }
        Set<String> childBound;
        if (s.kind == Scope.Kind.MODULE) {
            childBound = new HashSet<>();
        } else if (s.kind == Scope.Kind.CLASS) {
            childBound = new HashSet<>(enclosingBound);
            childBound.add("__class__");
        } else {
            childBound = new HashSet<>(enclosingBound);
            for (var e : s.where.entrySet()) {
                if (e.getValue() == Scope.Where.LOCAL || e.getValue() == Scope.Where.FREE) childBound.add(e.getKey());
                if (e.getValue() == Scope.Where.GLOBAL_EXPLICIT) childBound.remove(e.getKey());
            }
        }
        for (Scope c : s.children) {
            analyze(c, childBound);
            for (String n : c.freeVars) {
                if (s.kind == Scope.Kind.CLASS && n.equals("__class__")) {
                    s.needsClassCell = true;
                    continue;
                }
                Scope.Where mine = s.where.get(n);
                if (mine == Scope.Where.LOCAL) {
                    s.where.put(n, Scope.Where.CELL);
                } else if (s.kind == Scope.Kind.CLASS && mine == Scope.Where.NAMESPACE) {
                    s.classFreeOverlap.add(n);
                } else if (mine == null || mine == Scope.Where.GLOBAL_IMPLICIT || mine == Scope.Where.NAMESPACE) {
                    s.where.put(n, Scope.Where.FREE);
                }
            }
        }
        assignSlots(s);
    }

    private void assignSlots(Scope s) {
        if (s.kind == Scope.Kind.FUNCTION) {
            for (String p : s.params) s.addSlot(p);
        }
        for (var e : s.where.entrySet()) {
            Scope.Where w = e.getValue();
            if (w == Scope.Where.LOCAL || w == Scope.Where.CELL) {
                s.addSlot(e.getKey());
                if (w == Scope.Where.CELL) s.cellVars.add(e.getKey());
            }
        }
        if (s.kind == Scope.Kind.CLASS && s.needsClassCell) {
            s.addSlot("__class__");
        }
        for (var e : s.where.entrySet()) {
            if (e.getValue() == Scope.Where.FREE) {
                s.addSlot(e.getKey());
                s.freeVars.add(e.getKey());
            }
        }
        for (String n : s.classFreeOverlap) {
            if (!s.freeVars.contains(n)) {
                s.addSlot(n);
                s.freeVars.add(n);
            }
        }
    }
}
