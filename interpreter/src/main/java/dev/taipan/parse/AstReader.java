package dev.taipan.parse;

import static dev.taipan.parse.AstCodec.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

/** Reads a tree that AstWriter wrote, in the same order. */
final class AstReader {
    private final byte[] buf;
    private int p;
    private final ArrayList<String> strings = new ArrayList<>();
    private int lastLine;

    AstReader(byte[] buf) {
        this.buf = buf;
    }

    int raw() {
        return buf[p++] & 0xff;
    }

    int fixed() {
        int v = 0;
        for (int i = 0; i < 4; i++) v = (v << 8) | raw();
        return v;
    }

    long fixed64() {
        long hi = fixed();
        return (hi << 32) | (fixed() & 0xffffffffL);
    }

    int uint() {
        int b = buf[p++];
        if (b >= 0) return b;
        int v = b & 0x7f;
        for (int shift = 7; ; shift += 7) {
            b = buf[p++];
            v |= (b & 0x7f) << shift;
            if (b >= 0) return v;
        }
    }

    int sint() {
        int v = uint();
        return (v >>> 1) ^ -(v & 1);
    }

    boolean bool() {
        return buf[p++] != 0;
    }

    byte[] bytes() {
        int len = uint();
        byte[] b = Arrays.copyOfRange(buf, p, p + len);
        p += len;
        return b;
    }

    String str() {
        int k = uint();
        if (k == 0) return null;
        if (k >= 3) return strings.get(k - 3);
        int len = uint();
        String s;
        if (k == 1) {
            s = new String(buf, p, len, StandardCharsets.ISO_8859_1);
            p += len;
        } else {
            char[] chars = new char[len];
            for (int i = 0; i < len; i++, p += 2) chars[i] = (char) ((buf[p] & 0xff) << 8 | (buf[p + 1] & 0xff));
            s = new String(chars);
        }
        strings.add(s);
        return s;
    }

    Span span() {
        int line = lastLine + sint();
        lastLine = line;
        int col = uint();
        int endLine = line + uint();
        return new Span(line, col, endLine, uint());
    }

    List<Stmt> stmts() {
        int size = uint();
        ArrayList<Stmt> l = new ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(stmt());
        return l;
    }

    List<Expr> exprs() {
        int size = uint();
        ArrayList<Expr> l = new ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(expr());
        return l;
    }

    List<String> strs() {
        int size = uint();
        ArrayList<String> l = new ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(str());
        return l;
    }

    List<Comprehension> comprehensions() {
        int size = uint();
        ArrayList<Comprehension> l = new ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(new Comprehension(expr(), expr(), exprs(), bool()));
        return l;
    }

    List<Keyword> keywords() {
        int size = uint();
        ArrayList<Keyword> l = new ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(new Keyword(span(), str(), expr()));
        return l;
    }

    List<Alias> aliases() {
        int size = uint();
        ArrayList<Alias> l = new ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(new Alias(span(), str(), str()));
        return l;
    }

    Arg arg() {
        return raw() == 0 ? null : new Arg(span(), str(), expr());
    }

    List<Arg> args() {
        int size = uint();
        ArrayList<Arg> l = new ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(arg());
        return l;
    }

    Arguments arguments() {
        return new Arguments(args(), args(), arg(), args(), exprs(), arg(), exprs());
    }

    Object constant(Expr.ConstKind kind) {
        return switch (kind) {
            case INT -> new BigInteger(bytes());
            case FLOAT, IMAGINARY -> Double.longBitsToDouble(fixed64());
            case STR -> str();
            case BYTES -> bytes();
            default -> null;
        };
    }

    Expr expr() {
        int tag = uint();
        if (tag == NULL) return null;
        Span at = span();
        return switch (tag) {
            case NAME -> new Expr.Name(at, str());
            case CONSTANT -> {
                Expr.ConstKind kind = KINDS[raw()];
                yield new Expr.Constant(at, kind, constant(kind));
            }
            case JOINED_STR -> new Expr.JoinedStr(at, exprs());
            case FORMATTED -> new Expr.FormattedValue(at, expr(), sint(), expr());
            case BIN_OP -> new Expr.BinOp(at, expr(), OPERATORS[raw()], expr());
            case UNARY_OP -> new Expr.UnaryOp(at, UNARY[raw()], expr());
            case BOOL_OP -> new Expr.BoolOp(at, bool(), exprs());
            case COMPARE -> {
                Expr left = expr();
                int size = uint();
                ArrayList<CompareOperator> ops = new ArrayList<>(size);
                for (int i = 0; i < size; i++) ops.add(COMPARE_OPS[raw()]);
                yield new Expr.Compare(at, left, ops, exprs());
            }
            case IF_EXP -> new Expr.IfExp(at, expr(), expr(), expr());
            case NAMED -> new Expr.NamedExpr(at, (Expr.Name) expr(), expr());
            case LAMBDA -> new Expr.Lambda(at, arguments(), expr());
            case CALL -> new Expr.Call(at, expr(), exprs(), keywords());
            case ATTRIBUTE -> new Expr.Attribute(at, expr(), str());
            case SUBSCRIPT -> new Expr.Subscript(at, expr(), expr());
            case SLICE -> new Expr.Slice(at, expr(), expr(), expr());
            case STARRED -> new Expr.Starred(at, expr());
            case TUPLE -> new Expr.Tuple(at, exprs());
            case LIST -> new Expr.ListExpr(at, exprs());
            case SET -> new Expr.SetExpr(at, exprs());
            case DICT -> new Expr.DictExpr(at, exprs(), exprs());
            case LIST_COMP -> new Expr.ListComp(at, expr(), comprehensions());
            case SET_COMP -> new Expr.SetComp(at, expr(), comprehensions());
            case DICT_COMP -> new Expr.DictComp(at, expr(), expr(), comprehensions());
            case GENERATOR -> new Expr.GeneratorExp(at, expr(), comprehensions());
            case AWAIT -> new Expr.Await(at, expr());
            case YIELD -> new Expr.Yield(at, expr());
            case YIELD_FROM -> new Expr.YieldFrom(at, expr());
            default -> throw new IllegalStateException("bad expression tag " + tag + " at byte " + p);
        };
    }

    Stmt stmt() {
        int tag = uint();
        Span at = span();
        return switch (tag) {
            case EXPR_STMT -> new Stmt.ExprStmt(at, expr());
            case ASSIGN -> new Stmt.Assign(at, exprs(), expr());
            case AUG_ASSIGN -> new Stmt.AugAssign(at, expr(), OPERATORS[raw()], expr());
            case ANN_ASSIGN -> new Stmt.AnnAssign(at, expr(), expr(), expr(), bool());
            case IF -> new Stmt.If(at, expr(), stmts(), stmts());
            case WHILE -> new Stmt.While(at, expr(), stmts(), stmts());
            case FOR -> new Stmt.For(at, expr(), expr(), stmts(), stmts(), bool());
            case BREAK -> new Stmt.Break(at);
            case CONTINUE -> new Stmt.Continue(at);
            case PASS -> new Stmt.Pass(at);
            case RETURN -> new Stmt.Return(at, expr());
            case FUNCTION_DEF -> new Stmt.FunctionDef(at, str(), arguments(), stmts(), exprs(), expr(), bool());
            case CLASS_DEF -> new Stmt.ClassDef(at, str(), exprs(), keywords(), stmts(), exprs());
            case TRY -> {
                List<Stmt> body = stmts();
                int size = uint();
                ArrayList<ExceptHandler> handlers = new ArrayList<>(size);
                for (int i = 0; i < size; i++) handlers.add(new ExceptHandler(span(), expr(), str(), stmts()));
                yield new Stmt.Try(at, body, handlers, stmts(), stmts(), bool());
            }
            case RAISE -> new Stmt.Raise(at, expr(), expr());
            case WITH -> {
                int size = uint();
                ArrayList<WithItem> items = new ArrayList<>(size);
                for (int i = 0; i < size; i++) items.add(new WithItem(expr(), expr()));
                yield new Stmt.With(at, items, stmts(), bool());
            }
            case IMPORT -> new Stmt.Import(at, aliases());
            case IMPORT_FROM -> new Stmt.ImportFrom(at, str(), aliases(), uint());
            case GLOBAL -> new Stmt.Global(at, strs());
            case NONLOCAL -> new Stmt.Nonlocal(at, strs());
            case DELETE -> new Stmt.Delete(at, exprs());
            case ASSERT -> new Stmt.Assert(at, expr(), expr());
            default -> throw new IllegalStateException("bad statement tag " + tag + " at byte " + p);
        };
    }
}
