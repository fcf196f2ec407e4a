package dev.taipan.ast;

/** One `context [as target]` of a with statement; target may be null. */
public record WithItem(Expr context, Expr target) {}
