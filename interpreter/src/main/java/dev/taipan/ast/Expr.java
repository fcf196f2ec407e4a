package dev.taipan.ast;

import java.util.List;

/** An expression node of the abstract syntax tree; immutable, built by the parser from ANTLR's tree. */
public sealed interface Expr {
    Span at();

    /** A variable reference (also an assignment or deletion target, by position). */
    record Name(Span at, String id) implements Expr {}

    /** Literal kinds a Constant can hold. */
    enum ConstKind { NONE, TRUE, FALSE, ELLIPSIS, INT, FLOAT, IMAGINARY, STR, BYTES }

    /**
     * A literal. value is: null for NONE/TRUE/FALSE/ELLIPSIS; java.math.BigInteger for INT;
     * Double for FLOAT and IMAGINARY (the imaginary part); String for STR (already
     * unescaped, adjacent literals already joined); byte[] for BYTES.
     */
    record Constant(Span at, ConstKind kind, Object value) implements Expr {}

    /** An f-string: the concatenation of its parts (Constant STR pieces and FormattedValues). */
    record JoinedStr(Span at, List<Expr> values) implements Expr {}

    /**
     * One {expr!c:spec} replacement field. conversion is -1 (none), 'r', 's' or 'a';
     * formatSpec is null or a JoinedStr. For f"{x=}" the parser emits a Constant "x=" before it
     * and sets conversion 'r' when there is no spec and no conversion (as CPython does).
     */
    record FormattedValue(Span at, Expr value, int conversion, Expr formatSpec) implements Expr {}

    record BinOp(Span at, Expr left, Operator op, Expr right) implements Expr {}

    record UnaryOp(Span at, UnaryOperator op, Expr operand) implements Expr {}

    /** and/or over two or more operands (a and b and c is one BoolOp). */
    record BoolOp(Span at, boolean isAnd, List<Expr> values) implements Expr {}

    /** a < b < c: ops.size() == comparators.size(). */
    record Compare(Span at, Expr left, List<CompareOperator> ops, List<Expr> comparators) implements Expr {}

    record IfExp(Span at, Expr test, Expr body, Expr orelse) implements Expr {}

    /** target := value */
    record NamedExpr(Span at, Name target, Expr value) implements Expr {}

    record Lambda(Span at, Arguments args, Expr body) implements Expr {}

    /** args may contain Starred (for *x); keywords with arg == null are **x. */
    record Call(Span at, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    record Attribute(Span at, Expr value, String attr) implements Expr {}

    /** value[slice]; slice is a Slice, a Tuple (possibly holding Slices) or any expression. */
    record Subscript(Span at, Expr value, Expr slice) implements Expr {}

    /** lower:upper:step, each may be null. Only appears as (part of) a Subscript's slice. */
    record Slice(Span at, Expr lower, Expr upper, Expr step) implements Expr {}

    /** *value, in displays, call arguments and assignment targets. */
    record Starred(Span at, Expr value) implements Expr {}

    record Tuple(Span at, List<Expr> elts) implements Expr {}

    record ListExpr(Span at, List<Expr> elts) implements Expr {}

    record SetExpr(Span at, List<Expr> elts) implements Expr {}

    /** keys.get(i) == null means values.get(i) is a **mapping unpacked into the dict. */
    record DictExpr(Span at, List<Expr> keys, List<Expr> values) implements Expr {}

    record ListComp(Span at, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Span at, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Span at, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Span at, Expr elt, List<Comprehension> generators) implements Expr {}

    record Await(Span at, Expr value) implements Expr {}

    /** yield value (value may be null). */
    record Yield(Span at, Expr value) implements Expr {}

    record YieldFrom(Span at, Expr value) implements Expr {}
}
