package dev.taipan.eval;

import dev.taipan.ast.CompareOperator;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Keyword;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyNotImplemented;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Compiles expressions to nodes (the expression half of the Compiler). */
final class ExprCompiler {
    private final Compiler c;

    ExprCompiler(Compiler c) {
        this.c = c;
    }

    ExprNode[] all(List<Expr> es) {
        ExprNode[] out = new ExprNode[es.size()];
        for (int i = 0; i < out.length; i++) out[i] = expr(es.get(i));
        return out;
    }

    static PyObject constant(Expr.Constant k) {
        return switch (k.kind()) {
            case NONE -> PyNone.NONE;
            case TRUE -> PyBool.TRUE;
            case FALSE -> PyBool.FALSE;
            case ELLIPSIS -> PyNotImplemented.ELLIPSIS;
            case INT -> PyInt.of((BigInteger) k.value());
            case FLOAT -> new PyFloat((Double) k.value());
            case STR -> PyStr.of((String) k.value());
            case BYTES -> BytesLiteral.of((byte[]) k.value());
            case IMAGINARY -> throw dev.taipan.runtime.Errors.notImplemented("complex numbers are not supported by Taipan");
        };
    }

    ExprNode expr(Expr e) {
        switch (e) {
            case Expr.Name n:
                return c.name(n.id(), n.at());
            case Expr.Constant k:
                return new Names.Const(k.at(), k.kind() == Expr.ConstKind.STR ? c.strConstant((String) k.value()) : constant(k));
            case Expr.JoinedStr j:
                return new Displays.FString(j.at(), all(j.values()));
            case Expr.FormattedValue fv:
                return new Displays.Formatted(fv.at(), expr(fv.value()), fv.conversion(), fv.formatSpec() == null ? null : expr(fv.formatSpec()));
            case Expr.BinOp b:
                return Operators.Binary.create(b.at(), expr(b.left()), b.op(), expr(b.right()));
            case Expr.UnaryOp u:
                return new Operators.Unary(u.at(), u.op(), expr(u.operand()));
            case Expr.BoolOp b:
                return new Operators.BoolOp(b.at(), b.isAnd(), all(b.values()));
            case Expr.Compare cmp: {
                if (cmp.ops().size() == 1) {
                    return new Operators.Compare(cmp.at(), expr(cmp.left()), cmp.ops().get(0), expr(cmp.comparators().get(0)));
                }
                ExprNode[] operands = new ExprNode[cmp.ops().size() + 1];
                operands[0] = expr(cmp.left());
                for (int i = 0; i < cmp.comparators().size(); i++) operands[i + 1] = expr(cmp.comparators().get(i));
                return new Operators.ChainedCompare(cmp.at(), operands, cmp.ops().toArray(new CompareOperator[0]));
            }
            case Expr.IfExp i:
                return new Operators.IfExp(i.at(), expr(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.NamedExpr ne:
                return new Operators.NamedExpr(ne.at(), c.target(ne.target()), expr(ne.value()));
            case Expr.Lambda l:
                return c.lambda(l);
            case Expr.Call call:
                return call(call);
            case Expr.Attribute a:
                return new Access.Attribute(a.at(), expr(a.value()), c.scope().mangle(a.attr()));
            case Expr.Subscript s:
                return new Access.Subscript(s.at(), expr(s.value()), expr(s.slice()));
            case Expr.Slice s:
                return new Access.Slice(s.at(), s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()),
                        s.step() == null ? null : expr(s.step()));
            case Expr.Starred s:
                throw c.unsupported("cannot use starred expression here", s.at());
            case Expr.Tuple t: {
                boolean[] stars = stars(t.elts());
                return new Displays.TupleDisplay(t.at(), unstarred(t.elts()), stars);
            }
            case Expr.ListExpr l:
                return new Displays.ListDisplay(l.at(), unstarred(l.elts()), stars(l.elts()));
            case Expr.SetExpr s:
                return new Displays.SetDisplay(s.at(), unstarred(s.elts()), stars(s.elts()), s.elts().size() >= 3 && allConstant(s.elts()));
            case Expr.DictExpr d: {
                ExprNode[] ks = new ExprNode[d.keys().size()];
                for (int i = 0; i < ks.length; i++) ks[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
                return new Displays.DictDisplay(d.at(), ks, all(d.values()));
            }
            case Expr.ListComp lc:
                return c.comprehension(lc, lc.generators(), Definitions.Comprehension.LIST, lc.elt(), null);
            case Expr.SetComp sc:
                return c.comprehension(sc, sc.generators(), Definitions.Comprehension.SET, sc.elt(), null);
            case Expr.DictComp dc:
                return c.comprehension(dc, dc.generators(), Definitions.Comprehension.DICT, dc.key(), dc.value());
            case Expr.GeneratorExp ge:
                return c.comprehension(ge, ge.generators(), Definitions.Comprehension.GENEXP, ge.elt(), null);
            case Expr.Await a:
            {
                ExprNode v = expr(a.value());
                if (v instanceof Calls.Simple call && call.kwnames == null) return new Awaits.AwaitCall(a.at(), call);
                if (v instanceof Calls.Method call) return new Awaits.AwaitMethod(a.at(), call);
                return new Awaits.Await(a.at(), v);
            }
            case Expr.Yield y:
                return new Generators.Yield(y.at(), y.value() == null ? null : expr(y.value()));
            case Expr.YieldFrom y:
                return new Generators.YieldFrom(y.at(), expr(y.value()));
        }
    }

    /** Literals, including negated numbers (CPython folds -1 into a constant). */
    private static boolean allConstant(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Constant) continue;
            if (e instanceof Expr.UnaryOp u && u.op() == dev.taipan.ast.UnaryOperator.NEG && u.operand() instanceof Expr.Constant) continue;
            if (e instanceof Expr.Tuple t && allConstant(t.elts())) continue;
            return false;
        }
        return true;
    }

    private static boolean[] stars(List<Expr> elts) {
        boolean any = false;
        boolean[] s = new boolean[elts.size()];
        for (int i = 0; i < s.length; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                s[i] = true;
                any = true;
            }
        }
        return any ? s : null;
    }

    private ExprNode[] unstarred(List<Expr> elts) {
        ExprNode[] out = new ExprNode[elts.size()];
        for (int i = 0; i < out.length; i++) {
            Expr e = elts.get(i);
            out[i] = e instanceof Expr.Starred st ? expr(st.value()) : expr(e);
        }
        return out;
    }

    private ExprNode call(Expr.Call call) {
        boolean simple = true;
        for (Expr a : call.args()) if (a instanceof Expr.Starred) simple = false;
        for (Keyword k : call.keywords()) if (k.arg() == null) simple = false;
        if (call.func() instanceof Expr.Name n && n.id().equals("super") && call.args().isEmpty() && call.keywords().isEmpty()) {
            Scope.Where w = c.scope().whereOf("super");
            if (w == Scope.Where.GLOBAL_IMPLICIT && c.scope().kind == Scope.Kind.FUNCTION) {
                Scope s = c.scope();
                int classSlot = s.where.get("__class__") == Scope.Where.FREE ? s.slotOf("__class__") : -1;
                int selfSlot = s.params.isEmpty() ? -1 : s.slotOf(s.params.get(0));
                boolean selfCell = !s.params.isEmpty() && s.whereOf(s.params.get(0)) == Scope.Where.CELL;
                return new Calls.ZeroArgSuper(call.at(), classSlot, selfSlot, selfCell);
            }
        }
        if (simple) {
            int np = call.args().size(), nk = call.keywords().size();
            ExprNode[] args = new ExprNode[np + nk];
            for (int i = 0; i < np; i++) args[i] = expr(call.args().get(i));
            String[] kwnames = nk == 0 ? null : new String[nk];
            for (int i = 0; i < nk; i++) {
                kwnames[i] = call.keywords().get(i).arg();
                args[np + i] = expr(call.keywords().get(i).value());
            }
            if (call.func() instanceof Expr.Attribute a) {
                return new Calls.Method(call.at(), expr(a.value()), c.scope().mangle(a.attr()), args, kwnames, a.at().endCol());
            }
            return new Calls.Simple(call.at(), expr(call.func()), args, kwnames);
        }
        List<ExprNode> args = new ArrayList<>();
        boolean[] starred = new boolean[call.args().size()];
        for (int i = 0; i < starred.length; i++) {
            Expr a = call.args().get(i);
            if (a instanceof Expr.Starred st) {
                starred[i] = true;
                args.add(expr(st.value()));
            } else {
                args.add(expr(a));
            }
        }
        String[] kwNames = new String[call.keywords().size()];
        ExprNode[] kwValues = new ExprNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            kwNames[i] = call.keywords().get(i).arg();
            kwValues[i] = expr(call.keywords().get(i).value());
        }
        return new Calls.General(call.at(), expr(call.func()), args.toArray(new ExprNode[0]), starred, kwNames, kwValues, null);
    }
}
