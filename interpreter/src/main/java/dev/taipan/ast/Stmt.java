package dev.taipan.ast;

import java.util.List;

/** A statement node of the abstract syntax tree; immutable, built by the parser from ANTLR's tree. */
public sealed interface Stmt {
    Span at();

    record ExprStmt(Span at, Expr value) implements Stmt {}

    /** t1 = t2 = value: targets in source order. Targets are Name, Attribute, Subscript, Tuple, ListExpr, Starred. */
    record Assign(Span at, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(Span at, Expr target, Operator op, Expr value) implements Stmt {}

    /** target: annotation [= value]; simple is true for a plain unparenthesized Name target. */
    record AnnAssign(Span at, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}

    /** elif chains are nested Ifs in orelse, as in Python's ast. */
    record If(Span at, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record While(Span at, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record For(Span at, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync) implements Stmt {}

    record Break(Span at) implements Stmt {}

    record Continue(Span at) implements Stmt {}

    record Pass(Span at) implements Stmt {}

    /** return [value]; value may be null. */
    record Return(Span at, Expr value) implements Stmt {}

    /** def/async def; at spans the def line (decorators excluded), returns may be null. */
    record FunctionDef(Span at, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                       Expr returns, boolean isAsync) implements Stmt {}

    /** keywords holds metaclass= and other class keywords (arg == null for **kw). */
    record ClassDef(Span at, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators) implements Stmt {}

    /** try/except/else/finally; isStar for except*. */
    record Try(Span at, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               boolean isStar) implements Stmt {}

    /** raise [exc [from cause]] */
    record Raise(Span at, Expr exc, Expr cause) implements Stmt {}

    record With(Span at, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {}

    record Import(Span at, List<Alias> names) implements Stmt {}

    /** from [.. dots =level] module import names; module may be null (from . import x); a name "*" is a star import. */
    record ImportFrom(Span at, String module, List<Alias> names, int level) implements Stmt {}

    record Global(Span at, List<String> names) implements Stmt {}

    record Nonlocal(Span at, List<String> names) implements Stmt {}

    record Delete(Span at, List<Expr> targets) implements Stmt {}

    /** assert test [, msg]; msg may be null. */
    record Assert(Span at, Expr test, Expr msg) implements Stmt {}
}
