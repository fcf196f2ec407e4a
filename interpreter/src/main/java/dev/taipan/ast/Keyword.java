package dev.taipan.ast;

/** name=value in a call or class header; arg is null for **value. */
public record Keyword(Span at, String arg, Expr value) {}
