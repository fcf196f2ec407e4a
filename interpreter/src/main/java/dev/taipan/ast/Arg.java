package dev.taipan.ast;

/** One parameter: its name and optional annotation (null when absent). */
public record Arg(Span at, String name, Expr annotation) {}
