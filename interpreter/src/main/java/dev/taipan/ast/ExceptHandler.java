package dev.taipan.ast;

import java.util.List;

/** except [type [as name]]: body; type and name may be null. */
public record ExceptHandler(Span at, Expr type, String name, List<Stmt> body) {}
