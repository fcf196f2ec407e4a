package dev.taipan.parse;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import dev.taipan.ast.Module;
import dev.taipan.ast.Operator;
import dev.taipan.ast.Span;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.UnaryOperator;
import dev.taipan.ast.WithItem;

/**
 * A compact binary form of a parsed module, Taipan's counterpart of a .pyc: the bundled library
 * is parsed at build time and its trees are read back at import, which costs a small fraction
 * of running the parser on a cold JVM. The form is tied to one build of Taipan: a header holds
 * the format version and a hash of the source, and a mismatch means "parse the source instead".
 */
public final class AstCodec {
    /** Bumped whenever a node type or the layout changes. */
    static final int VERSION = 1;
    private static final int MAGIC = 0x54415354; // "TAST"

    private AstCodec() {
    }

    /** The hash of a source text that the header records. */
    public static long sourceHash(String source) {
        long h = 1125899906842597L;
        for (int i = 0; i < source.length(); i++) {
            h = 31 * h + source.charAt(i);
        }
        return h ^ source.length();
    }

    /** The encoded form of module m, parsed from source. */
    public static byte[] encode(Module m, String source) {
        Writer w = new Writer();
        w.fixed(MAGIC);
        w.fixed(VERSION);
        w.fixed64(sourceHash(source));
        w.stmts(m.body());
        return w.bytes();
    }

    /**
     * The module that data encodes, or null when data was made for another version or another
     * source text; lines and filename are the ones a parse of source would give.
     */
    public static Module decode(byte[] data, String source, String filename) {
        Reader r = new Reader(data);
        if (data.length < 16 || r.fixed() != MAGIC || r.fixed() != VERSION || r.fixed64() != sourceHash(source)) {
            return null;
        }
        List<Stmt> body = r.stmts();
        return new Module(body, filename, PythonParser.linesOf(source));
    }

    // ---- tags ------------------------------------------------------------------------------

    private static final int NULL = 0;
    // expressions
    private static final int NAME = 1, CONSTANT = 2, JOINED_STR = 3, FORMATTED = 4, BIN_OP = 5, UNARY_OP = 6,
            BOOL_OP = 7, COMPARE = 8, IF_EXP = 9, NAMED = 10, LAMBDA = 11, CALL = 12, ATTRIBUTE = 13,
            SUBSCRIPT = 14, SLICE = 15, STARRED = 16, TUPLE = 17, LIST = 18, SET = 19, DICT = 20,
            LIST_COMP = 21, SET_COMP = 22, DICT_COMP = 23, GENERATOR = 24, AWAIT = 25, YIELD = 26,
            YIELD_FROM = 27;
    // statements
    private static final int EXPR_STMT = 40, ASSIGN = 41, AUG_ASSIGN = 42, ANN_ASSIGN = 43, IF = 44, WHILE = 45,
            FOR = 46, BREAK = 47, CONTINUE = 48, PASS = 49, RETURN = 50, FUNCTION_DEF = 51, CLASS_DEF = 52,
            TRY = 53, RAISE = 54, WITH = 55, IMPORT = 56, IMPORT_FROM = 57, GLOBAL = 58, NONLOCAL = 59,
            DELETE = 60, ASSERT = 61;

    private static final Operator[] OPERATORS = Operator.values();
    private static final UnaryOperator[] UNARY = UnaryOperator.values();
    private static final CompareOperator[] COMPARE_OPS = CompareOperator.values();
    private static final Expr.ConstKind[] KINDS = Expr.ConstKind.values();

    // ---- writing ---------------------------------------------------------------------------

    /** Writes nodes depth-first: a tag, the span, then the fields in declaration order. */
    private static final class Writer {
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

        private Writer head(int tag, Span at) {
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

    // ---- reading ---------------------------------------------------------------------------

    /** Reads what Writer wrote, in the same order. */
    private static final class Reader {
        private final byte[] buf;
        private int p;
        private final ArrayList<String> strings = new ArrayList<>();
        private int lastLine;

        Reader(byte[] buf) {
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
}
