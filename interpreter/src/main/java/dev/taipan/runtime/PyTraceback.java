package dev.taipan.runtime;

/** One entry of an exception's traceback: the code, the line and the failing expression's columns, linked outward-in like tb_next. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = new PyType("traceback", PyType.OBJECT, true, null).markFinal();

    public final Code code;
    public final int line;
    /** Columns of the failing expression on its lines, or -1 when unknown. */
    public final int col, endLine, endCol;
    public PyTraceback next;
    public int anchorKind, anchorCol, anchorLen;
    public final Frame frame;

    public PyTraceback(Code code, Frame frame, int line, int col, int endLine, int endCol, PyTraceback next) {
        this.code = code;
        this.frame = frame;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.next = next;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "tb_lineno" -> PyInt.of(line);
            case "tb_next" -> next == null ? PyNone.NONE : next;
            case "tb_frame" -> frame == null ? PyNone.NONE : frame.asPython();
            case "tb_lasti" -> PyInt.of(0);
            default -> super.lookupAttr(name);
        };
    }
}
