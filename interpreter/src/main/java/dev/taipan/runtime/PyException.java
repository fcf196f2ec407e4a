package dev.taipan.runtime;

/**
 * The one Java exception that carries a raised Python exception through the interpreter.
 * Created without a Java stack trace: raising is cheap, and none ever reaches a user.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    /** The frame whose failing expression position is recorded below (set while unwinding inside it). */
    public Frame locFrame;
    public int line, col, endLine, endCol;
    /** Caret anchors of the failing expression: kind 0 none, 1 binary operator, 2 call or subscript. */
    public int anchorKind, anchorCol, anchorLen;

    /** The frame whose traceback entry has already been added (when caught and re-raised there). */
    public Frame pushedFrame;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** Records where in frame f the exception arose, unless an inner expression already did. */
    public PyException at(Frame f, int line, int col, int endLine, int endCol) {
        if (locFrame != f) {
            locFrame = f;
            this.line = line;
            this.col = col;
            this.endLine = endLine;
            this.endCol = endCol;
            this.anchorKind = 0;
        }
        return this;
    }

    /** Like at(), also recording where the operator (kind 1) or the call/subscript brackets (kind 2) start. */
    public PyException atAnchored(Frame f, int line, int col, int endLine, int endCol, int kind, int anchorCol, int anchorLen) {
        if (locFrame != f) {
            at(f, line, col, endLine, endCol);
            this.anchorKind = kind;
            this.anchorCol = anchorCol;
            this.anchorLen = anchorLen;
        }
        return this;
    }

    /** Adds frame f's traceback entry once, as the exception leaves or is caught in f. */
    public void pushEntry(Frame f) {
        if (pushedFrame == f) return;
        if (locFrame == f) {
            value.pushTraceback(f.code, f, line, col, endLine, endCol);
            value.traceback.anchorKind = anchorKind;
            value.traceback.anchorCol = anchorCol;
            value.traceback.anchorLen = anchorLen;
        } else {
            value.pushTraceback(f.code, f, f.line, -1, -1, -1);
        }
        pushedFrame = f;
    }

    public boolean matches(PyType t) {
        return value.type().isSubtypeOf(t);
    }

    @Override
    public String getMessage() {
        return value.type().name + ": " + value.str();
    }
}
