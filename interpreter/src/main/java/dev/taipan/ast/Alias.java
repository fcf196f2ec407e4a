package dev.taipan.ast;

/** import name [as asname]: name may be dotted (a.b.c) or "*"; asname may be null. */
public record Alias(Span at, String name, String asname) {}
