package dev.taipan.eval;

import dev.taipan.ast.Span;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyObject;

/** An executable expression: evaluates to a value in a frame. Carries its source span for tracebacks. */
abstract class ExprNode {
    final int line, col, endLine, endCol;

    ExprNode(Span at) {
        this.line = at.line();
        this.col = at.col();
        this.endLine = at.endLine();
        this.endCol = at.endCol();
    }

    abstract PyObject eval(Frame f);

    /** The truth value of this expression (conditions override it to skip making a bool). */
    boolean test(Frame f) {
        return dev.taipan.runtime.Ops.isTrue(eval(f));
    }

    /** Slot of a plain local read (for operand fast paths), or -1. */
    int localSlot() {
        return -1;
    }

    /** The value of a constant (for operand fast paths), or null. */
    PyObject constant() {
        return null;
    }

    /** Records this expression as the failing one in f (unless an inner one already is). */
    final PyException at(PyException e, Frame f) {
        return e.atAnchored(f, line, col, endLine, endCol, anchorKind(), anchorCol(), anchorLen());
    }

    /**
     * How tracebacks underline this expression (CPython derives it from the syntax): 0 all carets,
     * 1 a binary operator (carets on the operator only), 2 a call or subscript (carets from the bracket).
     */
    int anchorKind() {
        return 0;
    }

    /** Column where the anchored part is searched from (the end of the left operand, callee or subscripted value). */
    int anchorCol() {
        return 0;
    }

    int anchorLen() {
        return 0;
    }
}
