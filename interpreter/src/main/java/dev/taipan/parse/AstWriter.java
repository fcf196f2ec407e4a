package dev.taipan.parse;

import static dev.taipan.parse.AstCodec.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import dev.taipan.ast.Alias;
import dev.taipan.ast.Arg;
import dev.taipan.ast.Arguments;
import dev.taipan.ast.CompareOperator;
import dev.taipan.ast.Comprehension;
import dev.taipan.ast.ExceptHandler;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Keyword;
import dev.taipan.ast.Span;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.WithItem;

/** Writes a module's tree in AstCodec's form, depth-first: a tag, the span, then the fields in declaration order. */
final class AstWriter {
    private byte[] buf = new byte[4096];
    private int n;
    private final HashMap<String, Integer> strings = new HashMap<>();
    private int lastLine;

    byte[] bytes() {
        return Arrays.copyOf(buf, n);
    }

    private void ensure(int more) {
        if (n + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
    }

    void raw(int b) {
        ensure(1);
        buf[n++] = (byte) b;
    }

    void fixed(int v) {
        for (int i = 24; i >= 0; i -= 8) raw(v >>> i);
    }

    void fixed64(long v) {
        fixed((int) (v >>> 32));
        fixed((int) v);
    }

    void uint(int v) {
        while ((v & ~0x7f) != 0) {
            raw((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        raw(v);
    }

    void sint(int v) {
        uint((v << 1) ^ (v >> 31));
    }

    void bool(boolean b) {
        raw(b ? 1 : 0);
    }

    void bytes(byte[] b) {
        uint(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
    }

    /**
     * 0: null; 1: a new string of Latin-1 characters follows, one byte each; 2: a new string
     * follows as UTF-16 units (lone surrogates included, which UTF-8 cannot carry); k >= 3:
     * the (k-3)th string written before.
     */
    void str(String s) {
        if (s == null) {
            uint(0);
            return;
        }
        Integer seen = strings.get(s);
        if (seen != null) {
            uint(seen + 3);
            return;
        }
        strings.put(s, strings.size());
        boolean latin1 = true;
        for (int i = 0; i < s.length() && latin1; i++) latin1 = s.charAt(i) < 256;
        if (latin1) {
            uint(1);
            bytes(s.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            uint(2);
            uint(s.length());
            ensure(2 * s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                buf[n++] = (byte) (c >>> 8);
                buf[n++] = (byte) c;
            }
        }
    }

    /** Lines relative to the previous span's, as most nodes sit near the one before. */
    void span(Span s) {
        sint(s.line() - lastLine);
        lastLine = s.line();
        uint(s.col());
        uint(s.endLine() - s.line());
        uint(s.endCol());
    }

    void stmts(List<Stmt> l) {
        uint(l.size());
        for (Stmt s : l) stmt(s);
    }

    void exprs(List<Expr> l) {
        uint(l.size());
        for (Expr e : l) expr(e);
    }

    void strs(List<String> l) {
        uint(l.size());
        for (String s : l) str(s);
    }

    void comprehensions(List<Comprehension> l) {
        uint(l.size());
        for (Comprehension c : l) {
            expr(c.target());
            expr(c.iter());
            exprs(c.ifs());
            bool(c.isAsync());
        }
    }

    void keywords(List<Keyword> l) {
        uint(l.size());
        for (Keyword k : l) {
            span(k.at());
            str(k.arg());
            expr(k.value());
        }
    }

    void aliases(List<Alias> l) {
        uint(l.size());
        for (Alias a : l) {
            span(a.at());
            str(a.name());
            str(a.asname());
        }
    }

    void arg(Arg a) {
        if (a == null) {
            raw(0);
            return;
        }
        raw(1);
        span(a.at());
        str(a.name());
        expr(a.annotation());
    }

    void args(List<Arg> l) {
        uint(l.size());
        for (Arg a : l) arg(a);
    }

    void arguments(Arguments a) {
        args(a.posonly());
        args(a.args());
        arg(a.vararg());
        args(a.kwonly());
        exprs(a.kwDefaults());
        arg(a.kwarg());
        exprs(a.defaults());
    }

    void expr(Expr e) {
        if (e == null) {
            uint(NULL);
            return;
        }
        switch (e) {
            case Expr.Name x -> head(NAME, x.at()).str(x.id());
            case Expr.Constant x -> {
                head(CONSTANT, x.at()).raw(x.kind().ordinal());
                switch (x.kind()) {
                    case INT -> bytes(((BigInteger) x.value()).toByteArray());
                    case FLOAT, IMAGINARY -> fixed64(Double.doubleToRawLongBits((Double) x.value()));
                    case STR -> str((String) x.value());
                    case BYTES -> bytes((byte[]) x.value());
                    default -> { }
                }
            }
            case Expr.JoinedStr x -> head(JOINED_STR, x.at()).exprs(x.values());
            case Expr.FormattedValue x -> {
                head(FORMATTED, x.at()).expr(x.value());
                sint(x.conversion());
                expr(x.formatSpec());
            }
            case Expr.BinOp x -> {
                head(BIN_OP, x.at()).expr(x.left());
                raw(x.op().ordinal());
                expr(x.right());
            }
            case Expr.UnaryOp x -> {
                head(UNARY_OP, x.at()).raw(x.op().ordinal());
                expr(x.operand());
            }
            case Expr.BoolOp x -> {
                head(BOOL_OP, x.at()).bool(x.isAnd());
                exprs(x.values());
            }
            case Expr.Compare x -> {
                head(COMPARE, x.at()).expr(x.left());
                uint(x.ops().size());
                for (CompareOperator op : x.ops()) raw(op.ordinal());
                exprs(x.comparators());
            }
            case Expr.IfExp x -> {
                head(IF_EXP, x.at()).expr(x.test());
                expr(x.body());
                expr(x.orelse());
            }
            case Expr.NamedExpr x -> {
                head(NAMED, x.at()).expr(x.target());
                expr(x.value());
            }
            case Expr.Lambda x -> {
                head(LAMBDA, x.at()).arguments(x.args());
                expr(x.body());
            }
            case Expr.Call x -> {
                head(CALL, x.at()).expr(x.func());
                exprs(x.args());
                keywords(x.keywords());
            }
            case Expr.Attribute x -> {
                head(ATTRIBUTE, x.at()).expr(x.value());
                str(x.attr());
            }
            case Expr.Subscript x -> {
                head(SUBSCRIPT, x.at()).expr(x.value());
                expr(x.slice());
            }
            case Expr.Slice x -> {
                head(SLICE, x.at()).expr(x.lower());
                expr(x.upper());
                expr(x.step());
            }
            case Expr.Starred x -> head(STARRED, x.at()).expr(x.value());
            case Expr.Tuple x -> head(TUPLE, x.at()).exprs(x.elts());
            case Expr.ListExpr x -> head(LIST, x.at()).exprs(x.elts());
            case Expr.SetExpr x -> head(SET, x.at()).exprs(x.elts());
            case Expr.DictExpr x -> {
                head(DICT, x.at()).exprs(x.keys());
                exprs(x.values());
            }
            case Expr.ListComp x -> {
                head(LIST_COMP, x.at()).expr(x.elt());
                comprehensions(x.generators());
            }
            case Expr.SetComp x -> {
                head(SET_COMP, x.at()).expr(x.elt());
                comprehensions(x.generators());
            }
            case Expr.DictComp x -> {
                head(DICT_COMP, x.at()).expr(x.key());
                expr(x.value());
                comprehensions(x.generators());
            }
            case Expr.GeneratorExp x -> {
                head(GENERATOR, x.at()).expr(x.elt());
                comprehensions(x.generators());
            }
            case Expr.Await x -> head(AWAIT, x.at()).expr(x.value());
            case Expr.Yield x -> head(YIELD, x.at()).expr(x.value());
            case Expr.YieldFrom x -> head(YIELD_FROM, x.at()).expr(x.value());
        }
    }

    private AstWriter head(int tag, Span at) {
        uint(tag);
        span(at);
        return this;
    }

    void stmt(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt x -> head(EXPR_STMT, x.at()).expr(x.value());
            case Stmt.Assign x -> {
                head(ASSIGN, x.at()).exprs(x.targets());
                expr(x.value());
            }
            case Stmt.AugAssign x -> {
                head(AUG_ASSIGN, x.at()).expr(x.target());
                raw(x.op().ordinal());
                expr(x.value());
            }
            case Stmt.AnnAssign x -> {
                head(ANN_ASSIGN, x.at()).expr(x.target());
                expr(x.annotation());
                expr(x.value());
                bool(x.simple());
            }
            case Stmt.If x -> {
                head(IF, x.at()).expr(x.test());
                stmts(x.body());
                stmts(x.orelse());
            }
            case Stmt.While x -> {
                head(WHILE, x.at()).expr(x.test());
                stmts(x.body());
                stmts(x.orelse());
            }
            case Stmt.For x -> {
                head(FOR, x.at()).expr(x.target());
                expr(x.iter());
                stmts(x.body());
                stmts(x.orelse());
                bool(x.isAsync());
            }
            case Stmt.Break x -> head(BREAK, x.at());
            case Stmt.Continue x -> head(CONTINUE, x.at());
            case Stmt.Pass x -> head(PASS, x.at());
            case Stmt.Return x -> head(RETURN, x.at()).expr(x.value());
            case Stmt.FunctionDef x -> {
                head(FUNCTION_DEF, x.at()).str(x.name());
                arguments(x.args());
                stmts(x.body());
                exprs(x.decorators());
                expr(x.returns());
                bool(x.isAsync());
            }
            case Stmt.ClassDef x -> {
                head(CLASS_DEF, x.at()).str(x.name());
                exprs(x.bases());
                keywords(x.keywords());
                stmts(x.body());
                exprs(x.decorators());
            }
            case Stmt.Try x -> {
                head(TRY, x.at()).stmts(x.body());
                uint(x.handlers().size());
                for (ExceptHandler h : x.handlers()) {
                    span(h.at());
                    expr(h.type());
                    str(h.name());
                    stmts(h.body());
                }
                stmts(x.orelse());
                stmts(x.finalbody());
                bool(x.isStar());
            }
            case Stmt.Raise x -> {
                head(RAISE, x.at()).expr(x.exc());
                expr(x.cause());
            }
            case Stmt.With x -> {
                head(WITH, x.at()).uint(x.items().size());
                for (WithItem item : x.items()) {
                    expr(item.context());
                    expr(item.target());
                }
                stmts(x.body());
                bool(x.isAsync());
            }
            case Stmt.Import x -> head(IMPORT, x.at()).aliases(x.names());
            case Stmt.ImportFrom x -> {
                head(IMPORT_FROM, x.at()).str(x.module());
                aliases(x.names());
                uint(x.level());
            }
            case Stmt.Global x -> head(GLOBAL, x.at()).strs(x.names());
            case Stmt.Nonlocal x -> head(NONLOCAL, x.at()).strs(x.names());
            case Stmt.Delete x -> head(DELETE, x.at()).exprs(x.targets());
            case Stmt.Assert x -> {
                head(ASSERT, x.at()).expr(x.test());
                expr(x.msg());
            }
        }
    }
}
