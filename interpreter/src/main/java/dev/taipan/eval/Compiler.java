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
import dev.taipan.runtime.Code;
import java.util.ArrayList;
import java.util.List;

/** Turns the AST of a module into executable nodes, using the scopes the Resolver computed. */
final class Compiler {
    private final Resolver resolver;
    final String filename;
    final String[] lines;
    private Scope scope;
    private final ExprCompiler exprs;
    /** Interactive input (InteractiveInput): module-level expression statements show their value. */
    boolean interactive;
    /**
     * Whether def bodies are compiled on their function's first call rather than now: for the
     * bundled library, whose modules define many functions a program never calls (it knows
     * them to compile, so no error moves from import time to call time).
     */
    boolean deferBodies;

    Compiler(Resolver resolver, String filename, String[] lines) {
        this.resolver = resolver;
        this.filename = filename;
        this.lines = lines;
        this.exprs = new ExprCompiler(this);
    }

    Scope scope() {
        return scope;
    }

    /** String constants of one compilation unit, shared as CPython shares them (identifier-like ones across units). */
    private final java.util.Map<String, dev.taipan.runtime.PyStr> strings = new java.util.HashMap<>();

    dev.taipan.runtime.PyStr strConstant(String s) {
        if (dev.taipan.runtime.PyStr.isIdentifierLike(s)) return dev.taipan.runtime.PyStr.intern(s);
        return strings.computeIfAbsent(s, dev.taipan.runtime.PyStr::of);
    }

    Resolver resolver() {
        return resolver;
    }

    /** Compiles module-level code into a code object (flags MODULE). */
    FunctionCode compileModule(List<Stmt> body, Object key, String name) {
        scope = resolver.scopeOf(key);
        FunctionCode code = new FunctionCode(name, name, filename, lines, 1, 0, 0, 0, false, false, new String[0], new int[0], new int[0],
                Code.MODULE);
        code.body = block(body, new Span(1, 0, 1, 0));
        code.doc = docstring(body);
        return code;
    }

    /** Compiles an expression (eval input) as module-level code returning its value. */
    FunctionCode compileExpression(Expr e, Object key) {
        scope = resolver.scopeOf(key);
        FunctionCode code = new FunctionCode("<module>", "<module>", filename, lines, 1, 0, 0, 0, false, false, new String[0], new int[0],
                new int[0], Code.MODULE);
        code.returnExpr = exprs.expr(e);
        return code;
    }

    // ---- names -------------------------------------------------------------------------------

    TargetNode name(String raw, Span at) {
        String id = scope.mangle(raw);
        Scope.Where w = scope.whereOf(id);
        return switch (w) {
            case LOCAL -> new Names.Local(at, scope.slotOf(id), id);
            case CELL -> new Names.Cell(at, scope.slotOf(id), id, false);
            case FREE -> scope.kind == Scope.Kind.CLASS
                    ? new Names.Namespace(at, id, scope.slotOf(id))
                    : new Names.Cell(at, scope.slotOf(id), id, true);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new Names.Global(at, id);
            case NAMESPACE -> new Names.Namespace(at, id, scope.classFreeOverlap.contains(id) ? scope.slotOf(id) : -1);
        };
    }

    /** Store target for a name inside a class body where the name is also a pass-through free var. */
    TargetNode storeName(String raw, Span at) {
        String id = scope.mangle(raw);
        if (scope.kind == Scope.Kind.CLASS) {
            Scope.Where w = scope.whereOf(id);
            if (w == Scope.Where.NAMESPACE || w == Scope.Where.FREE && !scope.flags.containsKey(id)) {
                return new Names.Namespace(at, id, -1);
            }
        }
        return name(raw, at);
    }

    // ---- statements --------------------------------------------------------------------------

    StmtNode block(List<Stmt> body, Span at) {
        StmtNode[] nodes = new StmtNode[body.size()];
        for (int i = 0; i < nodes.length; i++) nodes[i] = stmt(body.get(i));
        return new Statements.Block(at, nodes);
    }

    private StmtNode blockOrNull(List<Stmt> body, Span at) {
        return body.isEmpty() ? null : block(body, at);
    }

    private StmtNode stmt(Stmt s) {
        Span at = s.at();
        switch (s) {
            case Stmt.ExprStmt e:
                if (interactive && scope.kind == Scope.Kind.MODULE) return new InteractiveInput.PrintExpr(at, exprs.expr(e.value()));
                if (e.value() instanceof Expr.Yield y) {
                    return new Generators.YieldStmt(at, y.value() == null ? null : exprs.expr(y.value()));
                }
                if (e.value() instanceof Expr.Call) return new Statements.CallStmt(at, exprs.expr(e.value()));
                if (e.value() instanceof Expr.Await) {
                    // `await x` as a statement: one node fewer on the stack a suspended task keeps
                    ExprNode aw = exprs.expr(e.value());
                    if (aw instanceof Awaits.Await a) return new Awaits.AwaitStmt(at, a);
                    return new Statements.ExprStmt(at, aw);
                }
                return new Statements.ExprStmt(at, exprs.expr(e.value()));
            case Stmt.Assign a: {
                ExprNode v = exprs.expr(a.value());
                if (a.targets().size() == 1) return new Statements.Assign(at, target(a.targets().get(0)), v);
                TargetNode[] ts = new TargetNode[a.targets().size()];
                for (int i = 0; i < ts.length; i++) ts[i] = target(a.targets().get(i));
                return new Statements.MultiAssign(at, ts, v);
            }
            case Stmt.AugAssign a: {
                ExprNode v = exprs.expr(a.value());
                if (a.target() instanceof Expr.Attribute attr) {
                    return new Statements.AugAttribute(at, exprs.expr(attr.value()), scope.mangle(attr.attr()), a.op(), v, attr.at());
                }
                if (a.target() instanceof Expr.Subscript sub) {
                    return new Statements.AugSubscript(at, exprs.expr(sub.value()), exprs.expr(sub.slice()), a.op(), v, sub.at());
                }
                return new Statements.AugAssign(at, target(a.target()), a.op(), v);
            }
            case Stmt.AnnAssign a: {
                TargetNode t = a.value() != null || a.target() instanceof Expr.Name ? target(a.target()) : null;
                boolean record = a.simple() && a.target() instanceof Expr.Name && scope.kind != Scope.Kind.FUNCTION;
                String nm = record ? ((Expr.Name) a.target()).id() : null;
                return new Statements.AnnAssign(at, t, a.value() == null ? null : exprs.expr(a.value()), nm,
                        record ? exprs.expr(a.annotation()) : null);
            }
            case Stmt.If i: {
                if (i.orelse().isEmpty() && i.body().size() == 1 && i.body().get(0) instanceof Stmt.Return r && r.value() != null) {
                    return new Statements.IfReturn(at, exprs.expr(i.test()), exprs.expr(r.value()), r.at().line());
                }
                return new Statements.If(at, exprs.expr(i.test()), block(i.body(), at), blockOrNull(i.orelse(), at));
            }
            case Stmt.While w:
                return new Statements.While(at, exprs.expr(w.test()), block(w.body(), at), blockOrNull(w.orelse(), at));
            case Stmt.For fo: {
                if (fo.isAsync()) {
                    ExprNode iter = exprs.expr(fo.iter());
                    return new AsyncStatements.AsyncFor(at, target(fo.target()), iter, block(fo.body(), at),
                            blockOrNull(fo.orelse(), at), false, Statements.For.makesFresh(iter));
                }
                return new Statements.For(at, target(fo.target()), exprs.expr(fo.iter()), block(fo.body(), at), blockOrNull(fo.orelse(), at));
            }
            case Stmt.Break b:
                return new Statements.Jump(at, StmtNode.BREAK);
            case Stmt.Continue c:
                return new Statements.Jump(at, StmtNode.CONTINUE);
            case Stmt.Pass p:
                return new Statements.Pass(at);
            case Stmt.Return r:
                return new Statements.Return(at, r.value() == null ? null : exprs.expr(r.value()));
            case Stmt.FunctionDef fd:
                return new Statements.Assign(at, storeName(fd.name(), at), functionDef(fd));
            case Stmt.ClassDef cd:
                return new Statements.Assign(at, storeName(cd.name(), at), classDef(cd));
            case Stmt.Try t:
                return tryStmt(t);
            case Stmt.Raise r:
                return new Handlers.Raise(at, r.exc() == null ? null : exprs.expr(r.exc()), r.cause() == null ? null : exprs.expr(r.cause()));
            case Stmt.With w: {
                StmtNode body = block(w.body(), at);
                for (int i = w.items().size() - 1; i >= 0; i--) {
                    WithItem it = w.items().get(i);
                    body = new Handlers.With(at, exprs.expr(it.context()), it.target() == null ? null : target(it.target()), body,
                            w.isAsync());
                }
                return body;
            }
            case Stmt.Import im:
                return Imports.importStmt(this, im);
            case Stmt.ImportFrom im:
                return Imports.importFrom(this, im);
            case Stmt.Global g:
                return new Statements.Pass(at);
            case Stmt.Nonlocal n:
                return new Statements.Pass(at);
            case Stmt.Delete d: {
                TargetNode[] ts = new TargetNode[d.targets().size()];
                for (int i = 0; i < ts.length; i++) ts[i] = target(d.targets().get(i));
                return new Statements.Delete(at, ts);
            }
            case Stmt.Assert a:
                return new Statements.Assert(at, exprs.expr(a.test()), a.msg() == null ? null : exprs.expr(a.msg()));
        }
    }

    dev.taipan.parse.SyntaxErrorException unsupported(String msg, Span at) {
        return CompileError.create("SyntaxError", msg, at, filename, lines);
    }

    private StmtNode tryStmt(Stmt.Try t) {
        Span at = t.at();
        StmtNode node = block(t.body(), at);
        if (!t.handlers().isEmpty()) {
            Handlers.Handler[] hs = new Handlers.Handler[t.handlers().size()];
            for (int i = 0; i < hs.length; i++) {
                ExceptHandler h = t.handlers().get(i);
                hs[i] = new Handlers.Handler(h.type() == null ? null : exprs.expr(h.type()),
                        h.name() == null ? null : storeName(h.name(), h.at()), block(h.body(), h.at()), h.at().line());
            }
            StmtNode orelse = blockOrNull(t.orelse(), at);
            node = t.isStar() ? new Handlers.TryStar(at, node, hs, orelse) : new Handlers.TryExcept(at, node, hs, orelse);
        }
        if (!t.finalbody().isEmpty()) {
            node = new Handlers.TryFinally(at, node, block(t.finalbody(), at));
        }
        return node;
    }

    TargetNode target(Expr e) {
        switch (e) {
            case Expr.Name n:
                return storeName(n.id(), n.at());
            case Expr.Attribute a:
                return new Access.Attribute(a.at(), exprs.expr(a.value()), scope.mangle(a.attr()));
            case Expr.Subscript s:
                return new Access.Subscript(s.at(), exprs.expr(s.value()), exprs.expr(s.slice()));
            case Expr.Tuple t:
                return unpack(t.at(), t.elts(), false);
            case Expr.ListExpr l:
                return unpack(l.at(), l.elts(), true);
            case Expr.Starred st:
                return new Access.StarTarget(st.at(), target(st.value()));
            default:
                throw CompileError.create("SyntaxError", "cannot assign to expression", e.at(), filename, lines);
        }
    }

    private TargetNode unpack(Span at, List<Expr> elts, boolean isList) {
        TargetNode[] ts = new TargetNode[elts.size()];
        ExprNode[] loads = new ExprNode[elts.size()];
        int star = -1;
        for (int i = 0; i < ts.length; i++) {
            Expr el = elts.get(i);
            if (el instanceof Expr.Starred) star = i;
            ts[i] = target(el);
            loads[i] = el instanceof Expr.Starred ? ts[i] : ts[i];
        }
        return new Access.Unpack(at, ts, star, isList, loads);
    }

    // ---- functions and classes -----------------------------------------------------------------

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                && c.kind() == Expr.ConstKind.STR) {
            return cleanDoc((String) c.value());
        }
        return null;
    }

    /** Python 3.13 strips docstrings at compile time: tabs expanded, the common indent of lines after the first removed. */
    static String cleanDoc(String doc) {
        String[] lines = doc.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('\t') >= 0) lines[i] = expandTabs(lines[i]);
        }
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            int k = 0;
            while (k < l.length() && l.charAt(k) == ' ') k++;
            if (k < l.length()) margin = Math.min(margin, k);
        }
        if (margin == Integer.MAX_VALUE) margin = 0;
        String first = lines[0];
        int lead = 0;
        while (lead < first.length() && first.charAt(lead) == ' ') lead++;
        StringBuilder sb = new StringBuilder(first.length() + doc.length());
        if (!first.isBlank()) sb.append(first, lead, first.length());
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            int k = 0;
            while (k < l.length() && k < margin && l.charAt(k) == ' ') k++;
            sb.append('\n').append(l, k, l.length());
        }
        return sb.toString();
    }

    private static String expandTabs(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\t') {
                int n = 8 - sb.length() % 8;
                sb.append(" ".repeat(n));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * CPython's __qualname__: a function's children get "<locals>"; list/set/dict comprehensions
     * are inlined (3.12+) and leave no trace; a generator expression is a scope without "<locals>".
     */
    String qualname(String name, Scope inner) {
        Scope p = inner.parent;
        while (p != null && p.isComprehension && !isGenexp(p)) p = p.parent;
        if (p == null || p.kind == Scope.Kind.MODULE || p.parent == null) return name;
        String prefix = qualnameOf(p);
        if (p.kind == Scope.Kind.FUNCTION && !p.isComprehension) return prefix + ".<locals>." + name;
        return prefix + "." + name;
    }

    private final java.util.Set<Scope> genexpScopes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private boolean isGenexp(Scope s) {
        return genexpScopes.contains(s);
    }

    private final java.util.Map<Scope, String> qualnames = new java.util.IdentityHashMap<>();

    private String qualnameOf(Scope s) {
        String q = qualnames.get(s);
        return q != null ? q : s.name;
    }

    ExprNode functionDef(Stmt.FunctionDef fd) {
        Scope inner = resolver.scopeOf(fd);
        String qn = qualname(fd.name(), inner);
        qualnames.put(inner, qn);
        int flags = 0;
        if (inner.isGenerator && fd.isAsync()) flags |= Code.ASYNC_GENERATOR;
        else if (fd.isAsync()) flags |= Code.COROUTINE;
        else if (inner.isGenerator) flags |= Code.GENERATOR;
        FunctionCode code = newCode(fd.name(), qn, inner, fd.args(), fd.at().line(), flags);
        List<Stmt> body = fd.body();
        code.cleanupFree = flags == Code.ASYNC_GENERATOR && !hasCleanup(body);
        if (deferBodies) {
            code.deferred = () -> {
                synchronized (this) {
                    if (code.body == null && code.returnExpr == null) compileBody(fd, code, inner);
                }
            };
        } else {
            compileBody(fd, code, inner);
        }
        return makeFunction(fd.at(), code, inner, fd.args(), fd.decorators(), fd.returns(), docstring(body));
    }

    private void compileBody(Stmt.FunctionDef fd, FunctionCode code, Scope inner) {
        Scope saved = scope;
        scope = inner;
        List<Stmt> body = fd.body();
        if (code.flags == 0 && isGuardChain(body)) {
            code.returnExpr = guardChain(body, 0);
        } else {
            code.body = block(body, fd.at());
        }
        scope = saved;
    }

    /** Whether statements hold a try or a with of their own (nested functions aside): code that closing would run. */
    private static boolean hasCleanup(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.Try t -> true;
                case Stmt.With w -> true;
                case Stmt.If i -> hasCleanup(i.body()) || hasCleanup(i.orelse());
                case Stmt.While w -> hasCleanup(w.body()) || hasCleanup(w.orelse());
                case Stmt.For f -> hasCleanup(f.body()) || hasCleanup(f.orelse());
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }

    /** [if c1: return v1, ..., return vN]: a body that is one conditional expression. */
    private static boolean isGuardChain(List<Stmt> body) {
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Stmt.Return last) || last.value() == null) return false;
        for (int k = 0; k < body.size() - 1; k++) {
            if (!(body.get(k) instanceof Stmt.If i) || !i.orelse().isEmpty() || i.body().size() != 1
                    || !(i.body().get(0) instanceof Stmt.Return r) || r.value() == null) {
                return false;
            }
        }
        return true;
    }

    private ExprNode guardChain(List<Stmt> body, int k) {
        int guards = body.size() - 1;
        ExprNode[] tests = new ExprNode[guards];
        int[] testLines = new int[guards];
        ExprNode[] values = new ExprNode[guards + 1];
        int[] valueLines = new int[guards + 1];
        for (int i = 0; i < guards; i++) {
            Stmt.If g = (Stmt.If) body.get(i);
            Stmt.Return r = (Stmt.Return) g.body().get(0);
            tests[i] = exprs.expr(g.test());
            testLines[i] = g.at().line();
            values[i] = exprs.expr(r.value());
            valueLines[i] = r.at().line();
        }
        Stmt.Return last = (Stmt.Return) body.get(guards);
        values[guards] = exprs.expr(last.value());
        valueLines[guards] = last.at().line();
        return new Statements.GuardChain(body.get(0).at(), tests, testLines, values, valueLines);
    }

    ExprNode lambda(Expr.Lambda l) {
        Scope inner = resolver.scopeOf(l);
        String qn = qualname("<lambda>", inner);
        qualnames.put(inner, qn);
        int flags = inner.isGenerator ? Code.GENERATOR : 0;
        FunctionCode code = newCode("<lambda>", qn, inner, l.args(), l.at().line(), flags);
        Scope saved = scope;
        scope = inner;
        if (flags == 0) {
            code.returnExpr = exprs.expr(l.body());
        } else {
            code.body = new Statements.Block(l.at(), new StmtNode[] {new Statements.ExprStmt(l.at(), exprs.expr(l.body()))});
        }
        scope = saved;
        return makeFunction(l.at(), code, inner, l.args(), List.of(), null, null);
    }

    private FunctionCode newCode(String name, String qn, Scope inner, Arguments a, int line, int flags) {
        int argcount = a.posonly().size() + a.args().size();
        String[] varnames = inner.slotNames.toArray(new String[0]);
        int[] cells = new int[inner.cellVars.size()];
        for (int i = 0; i < cells.length; i++) cells[i] = inner.slotOf(inner.cellVars.get(i));
        int[] frees = new int[inner.freeVars.size()];
        for (int i = 0; i < frees.length; i++) frees[i] = inner.slotOf(inner.freeVars.get(i));
        return new FunctionCode(name, qn, filename, lines, line, argcount, a.posonly().size(), a.kwonly().size(), a.vararg() != null,
                a.kwarg() != null, varnames, cells, frees, flags);
    }

    /** Slots in the current frame holding the cells for inner's free variables, in order. */
    int[] closureSlots(Scope inner) {
        int[] slots = new int[inner.freeVars.size()];
        for (int i = 0; i < slots.length; i++) slots[i] = scope.slotOf(inner.freeVars.get(i));
        return slots;
    }

    private ExprNode makeFunction(Span at, FunctionCode code, Scope inner, Arguments a, List<Expr> decorators, Expr returns, String doc) {
        ExprNode[] defs = new ExprNode[a.defaults().size()];
        for (int i = 0; i < defs.length; i++) defs[i] = exprs.expr(a.defaults().get(i));
        String[] kwNames = new String[a.kwonly().size()];
        ExprNode[] kwDefs = new ExprNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            kwNames[i] = a.kwonly().get(i).name();
            Expr d = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
            kwDefs[i] = d == null ? null : exprs.expr(d);
        }
        ExprNode[] decs = new ExprNode[decorators.size()];
        for (int i = 0; i < decs.length; i++) decs[i] = exprs.expr(decorators.get(i));
        List<String> annNames = new ArrayList<>();
        List<ExprNode> anns = new ArrayList<>();
        List<Arg> all = new ArrayList<>(a.posonly());
        all.addAll(a.args());
        if (a.vararg() != null) all.add(a.vararg());
        all.addAll(a.kwonly());
        if (a.kwarg() != null) all.add(a.kwarg());
        for (Arg p : all) {
            if (p.annotation() != null) {
                annNames.add(p.name());
                anns.add(exprs.expr(p.annotation()));
            }
        }
        if (returns != null) {
            annNames.add("return");
            anns.add(exprs.expr(returns));
        }
        return new Definitions.MakeFunction(at, code, defs, kwNames, kwDefs, closureSlots(inner), decs, annNames.toArray(new String[0]),
                anns.toArray(new ExprNode[0]), doc);
    }

    private ExprNode classDef(Stmt.ClassDef cd) {
        Scope inner = resolver.scopeOf(cd);
        String qn = qualname(cd.name(), inner);
        qualnames.put(inner, qn);
        String[] varnames = inner.slotNames.toArray(new String[0]);
        int[] frees = new int[inner.freeVars.size()];
        for (int i = 0; i < frees.length; i++) frees[i] = inner.slotOf(inner.freeVars.get(i));
        FunctionCode code = new FunctionCode(cd.name(), qn, filename, lines, cd.at().line(), 0, 0, 0, false, false, varnames, new int[0],
                frees, Code.CLASS_BODY);
        Scope saved = scope;
        scope = inner;
        code.body = block(cd.body(), cd.at());
        scope = saved;
        ExprNode[] bases = new ExprNode[cd.bases().size()];
        boolean[] stars = new boolean[bases.length];
        boolean anyStar = false;
        for (int i = 0; i < bases.length; i++) {
            Expr b = cd.bases().get(i);
            if (b instanceof Expr.Starred st) {
                stars[i] = true;
                anyStar = true;
                bases[i] = exprs.expr(st.value());
            } else {
                bases[i] = exprs.expr(b);
            }
        }
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (Keyword k : cd.keywords()) {
            if (k.arg() == null) throw unsupported("**kwargs in a class statement are not supported by Taipan", k.at());
            kwNames.add(k.arg());
            kwValues.add(exprs.expr(k.value()));
        }
        ExprNode[] decs = new ExprNode[cd.decorators().size()];
        for (int i = 0; i < decs.length; i++) decs[i] = exprs.expr(cd.decorators().get(i));
        int classCell = inner.needsClassCell ? inner.slotOf("__class__") : -1;
        Definitions.ClassDef node = new Definitions.ClassDef(cd.at(), cd.name(), code, bases, anyStar ? stars : null,
                kwNames.toArray(new String[0]), kwValues.toArray(new ExprNode[0]), closureSlots(inner), decs, classCell, docstring(cd.body()));
        List<String> attrs = StaticAttributes.of(cd.body());
        dev.taipan.runtime.PyObject[] names = new dev.taipan.runtime.PyObject[attrs.size()];
        for (int i = 0; i < names.length; i++) names[i] = dev.taipan.runtime.PyStr.of(attrs.get(i));
        node.staticAttributes = dev.taipan.runtime.PyTuple.wrap(names);
        return node;
    }

    /** A comprehension: its own code object with `.0` as the iterator parameter. */
    ExprNode comprehension(Expr node, List<Comprehension> gens, int kind, Expr elt, Expr value) {
        Scope inner = resolver.scopeOf(node);
        if (kind == Definitions.Comprehension.GENEXP) genexpScopes.add(inner);
        String nm = switch (kind) {
            case Definitions.Comprehension.LIST -> "<listcomp>";
            case Definitions.Comprehension.SET -> "<setcomp>";
            case Definitions.Comprehension.DICT -> "<dictcomp>";
            default -> "<genexpr>";
        };
        String qn = qualname(nm, inner);
        qualnames.put(inner, qn);
        int acc = kind == Definitions.Comprehension.GENEXP ? -1 : inner.addSlot(".acc");
        String[] varnames = inner.slotNames.toArray(new String[0]);
        int[] cells = new int[inner.cellVars.size()];
        for (int i = 0; i < cells.length; i++) cells[i] = inner.slotOf(inner.cellVars.get(i));
        int[] frees = new int[inner.freeVars.size()];
        for (int i = 0; i < frees.length; i++) frees[i] = inner.slotOf(inner.freeVars.get(i));
        int flags = kind != Definitions.Comprehension.GENEXP ? 0 : inner.isCoroutine ? Code.ASYNC_GENERATOR : Code.GENERATOR;
        FunctionCode code = new FunctionCode(nm, qn, filename, lines, node.at().line(), 1, 0, 0, false, false, varnames, cells, frees, flags);
        code.cleanupFree = flags == Code.ASYNC_GENERATOR;
        ExprNode firstIter = exprs.expr(gens.get(0).iter());
        Scope saved = scope;
        scope = inner;
        Span at = node.at();
        StmtNode innermost;
        if (kind == Definitions.Comprehension.GENEXP) {
            innermost = new Generators.YieldStmt(elt.at(), exprs.expr(elt));
        } else if (kind == Definitions.Comprehension.LIST) {
            innermost = new Generators.ListAppend(at, acc, exprs.expr(elt));
        } else if (kind == Definitions.Comprehension.SET) {
            innermost = new Generators.CollectionAdd(at, acc, exprs.expr(elt), null);
        } else {
            innermost = new Generators.CollectionAdd(at, acc, exprs.expr(elt), exprs.expr(value));
        }
        StmtNode body = innermost;
        for (int g = gens.size() - 1; g >= 0; g--) {
            Comprehension c = gens.get(g);
            for (int k = c.ifs().size() - 1; k >= 0; k--) {
                body = new Statements.If(at, exprs.expr(c.ifs().get(k)), body, null);
            }
            ExprNode iter = g == 0 ? new Names.Local(at, 0, ".0") : exprs.expr(c.iter());
            boolean fresh = g == 0 ? Statements.For.makesFresh(firstIter) : Statements.For.makesFresh(iter);
            body = c.isAsync() ? new AsyncStatements.AsyncFor(at, target(c.target()), iter, body, null, g == 0, fresh)
                    : new Statements.For(at, target(c.target()), iter, body, null, fresh);
        }
        if (kind == Definitions.Comprehension.GENEXP) {
            code.body = body;
        } else {
            code.body = new Statements.Block(at, new StmtNode[] {body, new Statements.Return(at, new Names.Local(at, acc, ".acc"))});
        }
        scope = saved;
        Definitions.Comprehension comp = new Definitions.Comprehension(at, code, firstIter, closureSlots(inner), kind, acc);
        comp.asyncFirst = gens.get(0).isAsync();
        return comp;
    }
}
