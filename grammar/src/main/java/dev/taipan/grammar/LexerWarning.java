package dev.taipan.grammar;

/** A SyntaxWarning found while tokenizing (e.g. "invalid decimal literal" before a keyword). */
public record LexerWarning(String message, int lineno, int offset) {}
