package dev.taipan.parse;

import java.util.List;

import dev.taipan.ast.CompareOperator;
import dev.taipan.ast.Expr;
import dev.taipan.ast.Module;
import dev.taipan.ast.Operator;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.UnaryOperator;

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
        AstWriter w = new AstWriter();
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
        return decode(data, source, filename, true);
    }

    /**
     * As {@link #decode(byte[], String, String)}; without verify the source hash is not checked (a
     * tree and its source that come from the same jar were made by the same build).
     */
    public static Module decode(byte[] data, String source, String filename, boolean verify) {
        AstReader r = new AstReader(data);
        if (data.length < 16 || r.fixed() != MAGIC || r.fixed() != VERSION) return null;
        long hash = r.fixed64();
        if (verify && hash != sourceHash(source)) return null;
        List<Stmt> body = r.stmts();
        return new Module(body, filename, PythonParser.linesOf(source));
    }

    // ---- tags ------------------------------------------------------------------------------

    static final int NULL = 0;
    // expressions
    static final int NAME = 1, CONSTANT = 2, JOINED_STR = 3, FORMATTED = 4, BIN_OP = 5, UNARY_OP = 6,
            BOOL_OP = 7, COMPARE = 8, IF_EXP = 9, NAMED = 10, LAMBDA = 11, CALL = 12, ATTRIBUTE = 13,
            SUBSCRIPT = 14, SLICE = 15, STARRED = 16, TUPLE = 17, LIST = 18, SET = 19, DICT = 20,
            LIST_COMP = 21, SET_COMP = 22, DICT_COMP = 23, GENERATOR = 24, AWAIT = 25, YIELD = 26,
            YIELD_FROM = 27;
    // statements
    static final int EXPR_STMT = 40, ASSIGN = 41, AUG_ASSIGN = 42, ANN_ASSIGN = 43, IF = 44, WHILE = 45,
            FOR = 46, BREAK = 47, CONTINUE = 48, PASS = 49, RETURN = 50, FUNCTION_DEF = 51, CLASS_DEF = 52,
            TRY = 53, RAISE = 54, WITH = 55, IMPORT = 56, IMPORT_FROM = 57, GLOBAL = 58, NONLOCAL = 59,
            DELETE = 60, ASSERT = 61;

    static final Operator[] OPERATORS = Operator.values();
    static final UnaryOperator[] UNARY = UnaryOperator.values();
    static final CompareOperator[] COMPARE_OPS = CompareOperator.values();
    static final Expr.ConstKind[] KINDS = Expr.ConstKind.values();
}
