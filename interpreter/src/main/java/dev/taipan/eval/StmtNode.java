package dev.taipan.eval;

import dev.taipan.runtime.Frame;

/** An executable statement. exec returns how control leaves it: NORMAL, BREAK, CONTINUE or RETURN. */
abstract class StmtNode {
    static final int NORMAL = 0, BREAK = 1, CONTINUE = 2, RETURN = 3;

    final int line;
    final int col, endLine, endCol;

    StmtNode(dev.taipan.ast.Span at) {
        this.line = at.line();
        this.col = at.col();
        this.endLine = at.endLine();
        this.endCol = at.endCol();
    }

    abstract int exec(Frame f);
}
