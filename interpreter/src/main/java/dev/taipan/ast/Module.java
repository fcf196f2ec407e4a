package dev.taipan.ast;

import java.util.List;

/** A parsed source file (or -c string, or eval/exec input): its statements and the source lines for tracebacks. */
public record Module(List<Stmt> body, String filename, String[] lines) {}
