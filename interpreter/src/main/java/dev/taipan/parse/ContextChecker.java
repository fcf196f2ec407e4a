package dev.taipan.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.taipan.ast.Arg;
import dev.taipan.ast.Arguments;
import dev.taipan.ast.CompareOperator;
import dev.taipan.ast.Comprehension;
import dev.taipan.ast.ExceptHandler;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Keyword;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.WithItem;

/**
 * The errors CPython finds after parsing, in its order: first the future imports, then the
 * symbol table's (duplicate parameters, yield in a comprehension, misplaced walrus), then
 * code generation's in source order ('return' outside function, 'await' outside async function,
 * 'break' outside loop, misplaced starred expressions, repeated keywords), plus the compiler's
 * SyntaxWarnings ("is" with a literal, always-true assert, "perhaps you missed a comma?").
 */
final class ContextChecker {
    private final ParseSession s;
    private CheckScope scope;
    /** The first error of CPython's symbol table pass, which wins over any code generation error. */
    private SyntaxErrorException symtableError;
    /** The first code generation error in source order. */
    private SyntaxErrorException codegenError;
    /** The leading `from __future__ import` statements, allowed where others are not. */
    private Set<Stmt> futureStatements = Set.of();
    /** True while inside the iterable of a comprehension (a walrus is not allowed there). */
    private boolean inIterable;

    /** Whether await, async for and async with are allowed at module level (PyCF_ALLOW_TOP_LEVEL_AWAIT). */
    private final boolean topLevelAwait;

    ContextChecker(ParseSession s) {
        this(s, false);
    }

    ContextChecker(ParseSession s, boolean topLevelAwait) {
        this.s = s;
        this.topLevelAwait = topLevelAwait;
    }

    /** Whether the current scope may await: an async function, or the module (or its comprehensions) with top-level await. */
    private boolean mayAwaitHere() {
        return scope.kind == CheckScope.Kind.ASYNC_FUNCTION || topLevelAwait && scope.owner().kind == CheckScope.Kind.MODULE;
    }

    void checkModule(List<Stmt> body) {
        futureStatements = FutureImports.check(s, body);
        scope = new CheckScope(CheckScope.Kind.MODULE, null, false);
        stmts(body);
        report();
    }

    /** For eval input: one expression at module level. */
    void checkExpression(Expr e) {
        scope = new CheckScope(CheckScope.Kind.MODULE, null, false);
        expr(e);
        report();
    }

    private void report() {
        if (symtableError != null) {
            throw symtableError;
        }
        if (codegenError != null) {
            throw codegenError;
        }
    }

    /** Records a code generation error (the walk goes on: a symbol table error found later wins). */
    void codegen(String msg, Expr at) {
        codegen(msg, at.at());
    }

    void codegen(String msg, dev.taipan.ast.Span at) {
        if (codegenError == null) {
            codegenError = s.compileError(msg, at);
        }
    }

    private void symtable(String msg, dev.taipan.ast.Span at) {
        if (symtableError == null) {
            symtableError = s.compileError(msg, at);
        }
    }

    // ================================================================ code generation pass

    private void stmts(List<Stmt> body) {
        for (Stmt stmt : body) {
            stmt(stmt);
        }
    }

    private void stmt(Stmt stmt) {
        switch (stmt) {
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Assign a -> {
                expr(a.value());
                for (Expr target : a.targets()) {
                    target(target);
                }
            }
            case Stmt.AugAssign a -> {
                ForbiddenNames.target(this, a.target(), false);
                expr(a.target());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                }
                target(a.target());
                expr(a.annotation());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                loopBody(w.body());
                stmts(w.orelse());
            }
            case Stmt.For f -> {
                if (f.isAsync() && !mayAwaitHere()) {
                    codegen("'async for' outside async function", f.at());
                }
                expr(f.iter());
                target(f.target());
                loopBody(f.body());
                stmts(f.orelse());
            }
            case Stmt.Break b -> {
                if (scope.loops == 0) {
                    codegen("'break' outside loop", b.at());
                }
            }
            case Stmt.Continue c -> {
                if (scope.loops == 0) {
                    codegen("'continue' not properly in loop", c.at());
                }
            }
            case Stmt.Return r -> {
                if (!scope.isFunctionLike()) {
                    codegen("'return' outside function", r.at());
                }
                if (r.value() != null && scope.kind == CheckScope.Kind.ASYNC_FUNCTION && scope.generator) {
                    codegen("'return' with value in async generator", r.at());
                }
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Stmt.FunctionDef f -> {
                function(f);
                if (f.name().equals(ForbiddenNames.DEBUG)) {
                    codegen("cannot assign to __debug__", f.at());
                }
            }
            case Stmt.ClassDef c -> {
                exprs(c.decorators());
                CheckScope saved = scope;
                scope = new CheckScope(CheckScope.Kind.CLASS, saved, false);
                stmts(c.body());
                scope = saved;
                keywordsRepeated(c.keywords());
                elements(c.bases());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
                if (c.name().equals(ForbiddenNames.DEBUG)) {
                    codegen("cannot assign to __debug__", c.at());
                }
            }
            case Stmt.Try t -> {
                stmts(t.body());
                for (int i = 0; i < t.handlers().size(); i++) {
                    ExceptHandler h = t.handlers().get(i);
                    if (h.type() == null && i < t.handlers().size() - 1) {
                        codegen("default 'except:' must be last", h.at());
                    }
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    stmts(h.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Stmt.With w -> {
                if (w.isAsync() && !mayAwaitHere()) {
                    codegen("'async with' outside async function", w.at());
                }
                for (WithItem item : w.items()) {
                    expr(item.context());
                    if (item.target() != null) {
                        target(item.target());
                    }
                }
                stmts(w.body());
            }
            case Stmt.Delete d -> {
                for (Expr target : d.targets()) {
                    ForbiddenNames.target(this, target, true);
                }
                exprs(d.targets());
            }
            case Stmt.Assert a -> {
                if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    warn("assertion is always true, perhaps remove parentheses?", a);
                }
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Import i -> ForbiddenNames.imported(this, i, i.names());
            case Stmt.ImportFrom i -> {
                if (FutureImports.isFuture(i) && !futureStatements.contains(i)) {
                    codegen("from __future__ imports must occur at the beginning of the file", i.at());
                }
                for (dev.taipan.ast.Alias alias : i.names()) {
                    if (alias.name().equals("*") && scope.kind != CheckScope.Kind.MODULE) {
                        symtable("import * only allowed at module level", alias.at());
                    }
                }
                ForbiddenNames.imported(this, i, i.names());
            }
            case Stmt.Global g -> {
            }
            case Stmt.Nonlocal n -> {
            }
            case Stmt.Pass p -> {
            }
        }
    }

    private void warn(String msg, Stmt at) {
        s.warn(msg, at.at().line(), at.at().col() + 1);
    }

    private void warn(String msg, Expr at) {
        s.warn(msg, at.at().line(), at.at().col() + 1);
    }

    private void loopBody(List<Stmt> body) {
        scope.loops++;
        stmts(body);
        scope.loops--;
    }

    private void function(Stmt.FunctionDef f) {
        exprs(f.decorators());
        arguments(f.args());
        if (f.returns() != null) {
            expr(f.returns());
        }
        duplicates(f.args());
        CheckScope saved = scope;
        boolean asyncGenerator = f.isAsync() && AstChildren.containsYield(f.body());
        scope = new CheckScope(f.isAsync() ? CheckScope.Kind.ASYNC_FUNCTION : CheckScope.Kind.FUNCTION, saved, asyncGenerator);
        boolean savedIterable = inIterable;
        inIterable = false;
        stmts(f.body());
        inIterable = savedIterable;
        scope = saved;
    }

    private void duplicates(Arguments args) {
        Set<String> seen = new HashSet<>();
        for (Arg arg : allArgs(args)) {
            if (!seen.add(arg.name())) {
                symtable("duplicate argument '" + arg.name() + "' in function definition", arg.at());
            }
        }
    }

    private void arguments(Arguments a) {
        ForbiddenNames.parameters(this, a);
        exprs(a.defaults());
        for (Expr d : a.kwDefaults()) {
            if (d != null) {
                expr(d);
            }
        }
        for (Arg arg : allArgs(a)) {
            if (arg.annotation() != null) {
                expr(arg.annotation());
            }
        }
    }

    static List<Arg> allArgs(Arguments a) {
        List<Arg> all = new ArrayList<>(a.posonly());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonly());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        return all;
    }

    /** An assignment target: a starred target must be inside a list or tuple, at most once. */
    private void target(Expr t) {
        switch (t) {
            case Expr.Starred st -> codegen("starred assignment target must be in a list or tuple", st.at());
            case Expr.Tuple tuple -> unpackTarget(tuple, tuple.elts());
            case Expr.ListExpr list -> unpackTarget(list, list.elts());
            default -> {
                ForbiddenNames.target(this, t, false);
                expr(t);
            }
        }
    }

    private void unpackTarget(Expr container, List<Expr> elts) {
        boolean seenStar = false;
        for (Expr elt : elts) {
            if (elt instanceof Expr.Starred) {
                if (seenStar) {
                    codegen("multiple starred expressions in assignment", container.at());
                }
                seenStar = true;
            }
        }
        for (Expr elt : elts) {
            target(elt instanceof Expr.Starred st ? st.value() : elt);
        }
    }

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    /** Elements of a display or call arguments, where *x is allowed. */
    private void elements(List<Expr> list) {
        for (Expr e : list) {
            expr(e instanceof Expr.Starred st ? st.value() : e);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Name n -> {
            }
            case Expr.Constant c -> {
            }
            case Expr.Starred st -> codegen("can't use starred expression here", st.at());
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case Expr.BinOp b -> binary(b);
            case Expr.UnaryOp u -> {
                Expr operand = u.operand();
                while (operand instanceof Expr.UnaryOp inner) {
                    operand = inner.operand();
                }
                expr(operand);
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.NamedExpr n -> {
                ForbiddenNames.target(this, n.target(), false);
                namedInComprehension(n);
                expr(n.value());
            }
            case Expr.Lambda l -> {
                arguments(l.args());
                duplicates(l.args());
                CheckScope saved = scope;
                scope = new CheckScope(CheckScope.Kind.LAMBDA, saved, false);
                boolean savedIterable = inIterable;
                inIterable = false;
                expr(l.body());
                inIterable = savedIterable;
                scope = saved;
            }
            case Expr.Call c -> {
                expr(c.func());
                CompilerWarnings.checkCaller(this, c.func());
                keywordsRepeated(c.keywords());
                for (Keyword k : c.keywords()) {
                    if (ForbiddenNames.DEBUG.equals(k.arg())) {
                        codegen("cannot assign to __debug__", k.at());
                    }
                }
                elements(c.args());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript sub -> {
                expr(sub.value());
                CompilerWarnings.checkSubscript(this, sub);
                expr(sub.slice());
            }
            case Expr.Slice sl -> {
                for (Expr part : new Expr[] {sl.lower(), sl.upper(), sl.step()}) {
                    if (part != null) {
                        expr(part);
                    }
                }
            }
            case Expr.Tuple t -> elements(t.elts());
            case Expr.ListExpr l -> elements(l.elts());
            case Expr.SetExpr st -> elements(st.elts());
            case Expr.DictExpr d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    if (d.keys().get(i) != null) {
                        expr(d.keys().get(i));
                    }
                    expr(d.values().get(i));
                }
            }
            case Expr.ListComp c -> comprehension(c, CheckScope.Kind.LIST_COMP, c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, CheckScope.Kind.SET_COMP, c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, CheckScope.Kind.DICT_COMP, c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, CheckScope.Kind.GENEXP, c.generators(), c.elt(), null);
            case Expr.Await a -> {
                boolean topLevel = topLevelAwait && scope.owner().kind == CheckScope.Kind.MODULE;
                if (!topLevel && !scope.owner().isFunctionLike() && !scope.isComprehension()) {
                    codegen("'await' outside function", a.at());
                }
                if (!topLevel && !scope.isComprehension() && scope.kind != CheckScope.Kind.ASYNC_FUNCTION) {
                    codegen("'await' outside async function", a.at());
                }
                expr(a.value());
            }
            case Expr.Yield y -> {
                yieldInComprehension(y);
                if (!scope.isFunctionLike()) {
                    codegen("'yield' outside function", y.at());
                }
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case Expr.YieldFrom y -> {
                yieldInComprehension(y);
                if (!scope.isFunctionLike()) {
                    codegen("'yield from' outside function", y.at());
                }
                if (scope.kind == CheckScope.Kind.ASYNC_FUNCTION) {
                    codegen("'yield from' inside async function", y.at());
                }
                expr(y.value());
            }
        }
    }

    /** A long a + b + c + ... chain nests to the left: walk its spine without recursing. */
    private void binary(Expr.BinOp b) {
        java.util.ArrayDeque<Expr> rights = new java.util.ArrayDeque<>();
        Expr left = b;
        while (left instanceof Expr.BinOp chain) {
            rights.push(chain.right());
            left = chain.left();
        }
        expr(left);
        while (!rights.isEmpty()) {
            expr(rights.pop());
        }
    }

    private void comprehension(Expr node, CheckScope.Kind kind, List<Comprehension> generators, Expr elt, Expr value) {
        boolean isAsync = kind != CheckScope.Kind.GENEXP && AstChildren.isAsyncComprehension(generators, elt, value);
        if (isAsync && scope.owner().kind != CheckScope.Kind.ASYNC_FUNCTION
                && !(topLevelAwait && scope.owner().kind == CheckScope.Kind.MODULE)) {
            codegen("asynchronous comprehension outside of an asynchronous function", node.at());
        }
        boolean savedIterable = inIterable;
        inIterable = true;
        expr(generators.get(0).iter());
        inIterable = savedIterable;
        CheckScope saved = scope;
        scope = new CheckScope(kind, saved, false);
        inIterable = false;
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            AstChildren.collectNames(g.target(), scope.iterationNames);
            target(g.target());
            if (i > 0) {
                inIterable = true;
                expr(g.iter());
                inIterable = savedIterable;
            }
            exprs(g.ifs());
        }
        expr(elt);
        if (value != null) {
            expr(value);
        }
        inIterable = savedIterable;
        scope = saved;
    }

    private void compare(Expr.Compare c) {
        Expr left = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            Expr right = c.comparators().get(i);
            CompareOperator op = c.ops().get(i);
            if (op == CompareOperator.IS || op == CompareOperator.IS_NOT) {
                String leftType = CompilerWarnings.literalType(left);
                String literal = leftType != null ? leftType : CompilerWarnings.literalType(right);
                if (literal != null) {
                    boolean not = op == CompareOperator.IS_NOT;
                    warn("\"" + op.symbol + "\" with '" + literal + "' literal. Did you mean \"" + (not ? "!=" : "==")
                            + "\"?", c);
                }
            }
            left = right;
        }
        expr(c.left());
        exprs(c.comparators());
    }

    private void keywordsRepeated(List<Keyword> keywords) {
        for (int i = 1; i < keywords.size(); i++) {
            String name = keywords.get(i).arg();
            if (name == null) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (name.equals(keywords.get(j).arg())) {
                    codegen("keyword argument repeated: " + name, keywords.get(i).at());
                }
            }
        }
    }

    void warnAt(String msg, Expr at) {
        warn(msg, at);
    }

    private void yieldInComprehension(Expr e) {
        if (scope.isComprehension()) {
            String what = switch (scope.kind) {
                case LIST_COMP -> "list comprehension";
                case SET_COMP -> "set comprehension";
                case DICT_COMP -> "dict comprehension";
                default -> "generator expression";
            };
            symtable("'yield' inside " + what, e.at());
        }
    }

    private void namedInComprehension(Expr.NamedExpr n) {
        if (inIterable) {
            symtable("assignment expression cannot be used in a comprehension iterable expression", n.at());
            return;
        }
        if (!scope.isComprehension()) {
            return;
        }
        for (CheckScope sc = scope; sc.isComprehension(); sc = sc.parent) {
            if (sc.iterationNames.contains(n.target().id())) {
                symtable("assignment expression cannot rebind comprehension iteration variable '"
                        + n.target().id() + "'", n.target().at());
                return;
            }
        }
        if (scope.owner().kind == CheckScope.Kind.CLASS) {
            symtable("assignment expression within a comprehension cannot be used in a class body",
                    n.target().at());
        }
    }

}
